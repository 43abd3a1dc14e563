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

const isCapital = (code: number) => code >= 65 && code <= 90;

/** A character inside a word that joins its two halves; "S&OP", "P&L", "R&D": an ampersand between capitals, as a service writes it. */
function isJoiner(raw: string, i: number): boolean {
  const code = raw.charCodeAt(i);
  if (code === 38 /* & */) return isCapital(raw.charCodeAt(i - 1)) && isCapital(raw.charCodeAt(i + 1));
  return code === 45 /* - */ || code === 39 /* ' */ || code === 0x2019; /* ’ */
}

/** A sentence of the original text and the index of its first word in the normalised text. */
export interface Sentence {
  text: string;
  fromWord: number;
}

/** Normalised text that remembers where its words and sentences come from in the original. */
export interface TrackedText {
  text: string;
  sentences: Sentence[];
  /** For each word of `text`, where it starts and ends (exclusive) in the original. */
  wordStarts: number[];
  wordEnds: number[];
}


// Output is ASCII (a-z, 0-9, space), so it is written as bytes and decoded in one native call. The buffer
// only grows (to twice the longest text seen), so the loop below writes without bounds checks.
let buffer = new Uint8Array(4096);
const decoder = typeof TextDecoder === 'undefined' ? null : new TextDecoder('latin1');

function grow(needed: number): Uint8Array {
  if (needed > buffer.length) {
    const grown = new Uint8Array(Math.max(needed, buffer.length * 2));
    grown.set(buffer);
    buffer = grown;
  }
  return buffer;
}

// Below this length a plain fromCharCode beats the decoder's per-call overhead.
const SHORT = 16;

function decode(out: Uint8Array, length: number): string {
  if (length <= SHORT) {
    let s = '';
    for (let i = 0; i < length; i++) s += String.fromCharCode(out[i]);
    return s;
  }
  if (decoder) return decoder.decode(out.subarray(0, length));
  let s = '';
  for (let i = 0; i < length; i += 8192) s += String.fromCharCode.apply(null, Array.from(out.subarray(i, Math.min(length, i + 8192))));
  return s;
}

function isThousandsSeparator(raw: string, i: number): boolean {
  const code = raw.charCodeAt(i);
  return (
    (code === 44 || code === 46) &&
    isDigitCode(raw.charCodeAt(i - 1)) &&
    isDigitCode(raw.charCodeAt(i + 1)) &&
    isDigitCode(raw.charCodeAt(i + 2)) &&
    isDigitCode(raw.charCodeAt(i + 3)) &&
    !isDigitCode(raw.charCodeAt(i + 4))
  );
}

// Text without tracking (the short fields: names, titles, industries): one tight loop over the characters.
function normalizePlain(raw: string): string {
  const length = raw.length;
  // A character folds to one letter except in foldSlow's rare multi-letter cases, which check for room.
  let out = grow(length + 8);
  let n = 0;
  let lastWasSpace = true;
  for (let i = 0; i < length; i++) {
    const code = raw.charCodeAt(i);
    let folded = code < TABLE_SIZE ? FOLD_TABLE[code] : 0;
    if (folded !== 0) {
      out[n++] = folded;
      lastWasSpace = false;
      continue;
    }
    if (code >= TABLE_SIZE) {
      const many = foldSlow(code);
      if (many.length === 1) folded = many.charCodeAt(0);
      if (folded !== 0) {
        out[n++] = folded;
        lastWasSpace = false;
        continue;
      }
      if (many.length > 1) {
        out = grow(n + many.length + (length - i) + 8);
        for (let k = 0; k < many.length; k++) out[n++] = many.charCodeAt(k);
        lastWasSpace = false;
        continue;
      }
    }
    // "e-commerce", "o'connell", "NOM-035", "S&OP": one word; "50-2000" stays two numbers.
    if (isJoiner(raw, i) && !lastWasSpace && i + 1 < length) {
      const next = foldedCode(raw, i + 1);
      if (next !== 0 && !(isDigitCode(out[n - 1]) && isDigitCode(next))) continue;
    }
    // "2,000" / "1.100": one number.
    if ((code === 44 || code === 46) && isThousandsSeparator(raw, i)) continue;
    if (!lastWasSpace) {
      out[n++] = SPACE;
      lastWasSpace = true;
    }
  }
  if (lastWasSpace && n > 0) n--;
  return decode(out, n);
}

function normalize(raw: string, track: TrackedText): string {
  const length = raw.length;
  let out = grow(length + 8);
  let n = 0;
  let lastWasSpace = true;
  let lastWordChar = -1;
  let sentenceStart = 0;
  let sentenceFromWord = 0;
  const { sentences, wordStarts, wordEnds } = track;
  for (let i = 0; i < length; i++) {
    const code = raw.charCodeAt(i);
    // Sentence ends: . ! ? and line breaks (a "." inside a number is not one).
    if ((code === 46 || code === 33 || code === 63 || code === 10) && !(isDigitCode(raw.charCodeAt(i - 1)) && isDigitCode(raw.charCodeAt(i + 1)))) {
      const text = raw.slice(sentenceStart, i + 1).trim();
      if (text) sentences.push({ text, fromWord: sentenceFromWord });
      sentenceStart = i + 1;
      sentenceFromWord = wordStarts.length;
    }
    let folded = code < TABLE_SIZE ? FOLD_TABLE[code] : 0;
    let many = '';
    if (folded === 0 && code >= TABLE_SIZE) {
      many = foldSlow(code);
      if (many.length === 1) folded = many.charCodeAt(0);
    }
    if (folded !== 0 || many.length > 1) {
      if (lastWasSpace) wordStarts.push(i);
      if (folded !== 0) out[n++] = folded;
      else {
        out = grow(n + many.length + (length - i) + 8);
        for (let k = 0; k < many.length; k++) out[n++] = many.charCodeAt(k);
      }
      lastWasSpace = false;
      lastWordChar = i;
      continue;
    }
    if (isJoiner(raw, i) && !lastWasSpace && i + 1 < length) {
      const next = foldedCode(raw, i + 1);
      if (next !== 0 && !(isDigitCode(out[n - 1]) && isDigitCode(next))) continue;
    }
    if ((code === 44 || code === 46) && isThousandsSeparator(raw, i)) continue;
    if (!lastWasSpace) {
      wordEnds.push(lastWordChar + 1);
      out[n++] = SPACE;
      lastWasSpace = true;
    }
  }
  if (lastWasSpace && n > 0) n--;
  else if (!lastWasSpace) wordEnds.push(lastWordChar + 1);
  const text = raw.slice(sentenceStart).trim();
  if (text) sentences.push({ text, fromWord: sentenceFromWord });
  return decode(out, n);
}

/**
 * Normalises text for matching: "¡Necesitamos  cotización!" -> "necesitamos cotizacion".
 * Joins words split by a hyphen or apostrophe ("e-commerce" -> "ecommerce", "NOM-035" -> "nom035")
 * and thousands separators ("2,000" -> "2000").
 */
export function normalizeText(raw: string | null | undefined): string {
  return raw ? normalizePlain(raw) : '';
}

/** normalizeText in the same pass as the sentences and word positions, to quote the lead's own words. */
export function normalizeTracked(raw: string): TrackedText {
  const track: TrackedText = { text: '', sentences: [], wordStarts: [], wordEnds: [] };
  track.text = normalize(raw, track);
  return track;
}

/** The words of normalised text. */
export function tokenize(normalized: string): string[] {
  return normalized ? normalized.split(' ') : [];
}
