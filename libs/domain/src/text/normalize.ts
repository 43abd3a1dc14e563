// One way to read free text everywhere: lower case, no accents, words separated by single spaces.
// Rules and keyword lists are written against this form, so "Cotización", "COTIZACION" and "cotizacion" are the same word.

const SPACE = 32;
// Latin, Latin-1 and Latin Extended fold through a table (the hot path); other characters through a cache.
const TABLE_SIZE = 0x250;
const FOLD_TABLE = new Uint8Array(TABLE_SIZE);
const foldCache = new Map<number, string>();

function foldSlow(code: number): string {
  let folded = foldCache.get(code);
  if (folded === undefined) {
    folded = String.fromCharCode(code).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    if (!/^[a-z0-9]+$/.test(folded)) folded = '';
    foldCache.set(code, folded);
  }
  return folded;
}

for (let code = 0; code < TABLE_SIZE; code++) {
  const folded = foldSlow(code);
  // 0 = not a word character; multi-letter folds ("ß" -> "ss") go through foldSlow.
  FOLD_TABLE[code] = folded.length === 1 ? folded.charCodeAt(0) : 0;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function foldedCode(raw: string, i: number): number {
  const code = raw.charCodeAt(i);
  if (code < TABLE_SIZE) return FOLD_TABLE[code];
  const folded = foldSlow(code);
  return folded.length === 1 ? folded.charCodeAt(0) : 0;
}

function isJoiner(code: number): boolean {
  return code === 45 /* - */ || code === 39 /* ' */ || code === 0x2019; /* ’ */
}

export interface NormalizedText {
  text: string;
  /** For each character of `text`, the index of the character of the original it came from. */
  origin: number[];
}

function normalize(raw: string, origin: number[] | null): string {
  const codes: number[] = [];
  let lastWasSpace = true;
  for (let i = 0; i < raw.length; i++) {
    let code = raw.charCodeAt(i);
    let folded = code < TABLE_SIZE ? FOLD_TABLE[code] : 0;
    if (folded === 0 && code >= TABLE_SIZE) {
      const many = foldSlow(code);
      if (many.length) {
        for (let k = 0; k < many.length; k++) {
          codes.push(many.charCodeAt(k));
          origin?.push(i);
        }
        lastWasSpace = false;
        continue;
      }
    }
    if (folded !== 0) {
      codes.push(folded);
      origin?.push(i);
      lastWasSpace = false;
      continue;
    }
    // "e-commerce", "o'connell", "NOM-035": one word; "50-2000" stays two numbers.
    if (isJoiner(code) && !lastWasSpace && i + 1 < raw.length) {
      const next = foldedCode(raw, i + 1);
      if (next !== 0 && !(isDigitCode(codes[codes.length - 1]) && isDigitCode(next))) continue;
    }
    // "2,000" / "1.100": one number.
    code = code === 44 || code === 46 ? code : 0;
    if (
      code &&
      isDigitCode(raw.charCodeAt(i - 1)) &&
      isDigitCode(raw.charCodeAt(i + 1)) &&
      isDigitCode(raw.charCodeAt(i + 2)) &&
      isDigitCode(raw.charCodeAt(i + 3)) &&
      !isDigitCode(raw.charCodeAt(i + 4))
    ) {
      continue;
    }
    if (!lastWasSpace) {
      codes.push(SPACE);
      origin?.push(i);
      lastWasSpace = true;
    }
  }
  if (lastWasSpace && codes.length) {
    codes.pop();
    origin?.pop();
  }
  return fromCodes(codes);
}

const CHUNK = 8192;

function fromCodes(codes: number[]): string {
  if (codes.length <= CHUNK) return String.fromCharCode.apply(null, codes);
  let out = '';
  for (let i = 0; i < codes.length; i += CHUNK) out += String.fromCharCode.apply(null, codes.slice(i, i + CHUNK));
  return out;
}

/**
 * Normalises text for matching: "¡Necesitamos  cotización!" -> "necesitamos cotizacion".
 * Joins words split by a hyphen or apostrophe ("e-commerce" -> "ecommerce", "NOM-035" -> "nom035")
 * and thousands separators ("2,000" -> "2000").
 */
export function normalizeText(raw: string | null | undefined): string {
  return raw ? normalize(raw, null) : '';
}

/** normalizeText plus the position map, to quote the lead's own words back in reasons. */
export function normalizeWithOrigin(raw: string): NormalizedText {
  const origin: number[] = [];
  return { text: normalize(raw, origin), origin };
}

/** The words of normalised text. */
export function tokenize(normalized: string): string[] {
  return normalized ? normalized.split(' ') : [];
}
