// A seller's services read for matching by meaning: each service is known by thesaurus concepts and specific
// words taken from its own text, weighted by how central they are to it ("Respaldo" heads "Respaldo de datos").
import { ConceptIndex } from '../text/concepts';
import { normalizeText } from '../text/normalize';
import { isMeaningful, stem, stemWords } from '../text/stem';
import glossary from './data/service-glossary.json';
import thesaurus from './data/service-concepts.json';

const SERVICE_CONCEPTS = new ConceptIndex(thesaurus.concepts);
const MODIFIER_CONCEPTS = new Set(thesaurus.modifierConcepts);
const GENERIC_STEMS = new Set(thesaurus.genericWords.map((w) => stem(normalizeText(w))));
const ACRONYMS = new Map(Object.entries(thesaurus.acronyms as Record<string, string>));
// Head words that say what is done, not to what ("Verificación de antecedentes", "Renta de grúas"): like a modifier
// concept, they leave the object after them to identify the service.
const ACTIVITY_STEMS = new Set(thesaurus.activityWords.map((w) => stem(normalizeText(w))));

/**
 * One word for the same thing in Spanish, Portuguese and English ("montacargas", "empilhadeira", "forklift"): each
 * glossary group's stems meet at its first word's stem, for the lead's words and the seller's alike, so an English lead
 * finds a service written in Spanish. Unlike a thesaurus concept it covers nothing: the word still matches as itself.
 */
const EQUIVALENT_STEM = new Map<string, string>();
/** Each glossary word (normalised) and the other words of its group: "vineyard" -> "vinedo", "vinhedo". */
const EQUIVALENT_WORDS = new Map<string, readonly string[]>();
for (const group of glossary.groups as string[][]) {
  const words = group.map((w) => normalizeText(w));
  const stems = words.map((w) => stem(w)).filter(isSpecificWord);
  for (const s of stems.slice(1)) if (s !== stems[0] && !EQUIVALENT_STEM.has(s)) EQUIVALENT_STEM.set(s, stems[0]!);
  for (const w of words) if (!EQUIVALENT_WORDS.has(w)) EQUIVALENT_WORDS.set(w, words.filter((other) => other !== w));
}
/** The other languages' words for a one-word name ("vineyard" -> "vinedo", "vinhedo"), none when the glossary has none. */
export function equivalentWords(normalizedWord: string): readonly string[] {
  return EQUIVALENT_WORDS.get(normalizedWord) ?? [];
}

/** The stem a word meets its other-language equivalents at (itself when the glossary has none). */
export function equivalentStem(stem: string): string {
  return EQUIVALENT_STEM.get(stem) ?? stem;
}
const CAPITALISED = /\b[A-Z][A-Za-z]{1,4}\b/g;

// Unit names made once per concept and per stem: a unit built anew for every lead is a new string that the seller's
// unit index hashes again, where a kept one carries its hash (stems come from the word cache, so they are kept too).
const CONCEPT_UNITS = new Map<string, NeedUnit>();
const WORD_UNITS = new Map<string, NeedUnit>();
const WORD_UNITS_LIMIT = 50_000;

function conceptUnit(concept: string): NeedUnit {
  let unit = CONCEPT_UNITS.get(concept);
  if (unit === undefined) CONCEPT_UNITS.set(concept, (unit = `c:${concept}`));
  return unit;
}

function wordUnit(stem: string): NeedUnit {
  let unit = WORD_UNITS.get(stem);
  if (unit === undefined) {
    if (WORD_UNITS.size >= WORD_UNITS_LIMIT) WORD_UNITS.clear();
    WORD_UNITS.set(stem, (unit = `w:${stem}`));
  }
  return unit;
}

/** A unit that says what is done, not to what ("c:maintenance", "w:verificacion"): it never identifies a service alone. */
export function isActivityUnit(unit: NeedUnit): boolean {
  return unit.startsWith('c:') ? MODIFIER_CONCEPTS.has(unit.slice(2)) : ACTIVITY_STEMS.has(unit.slice(2));
}

// The modifier concepts that are a kind of work and nothing else. Training, monitoring, analytics or protection say
// what a service delivers, and "tablero" (an electrical panel, also a dashboard) reads as analytics: not among them.
const KIND_OF_WORK_CONCEPTS = new Set(['c:maintenance', 'c:implementation', 'c:support', 'c:consulting']);

/** A unit that names only a kind of work: an activity word ("reparación", "installation") or one of the concepts above. */
export function isKindOfWorkUnit(unit: NeedUnit): boolean {
  return unit.startsWith('c:') ? KIND_OF_WORK_CONCEPTS.has(unit) : isActivityUnit(unit);
}

/** Concepts named by an acronym written in capitals ("SAN", "ERP"), which lower case would confuse ("San Luis"). */
export function acronymUnits(raw: string): NeedUnit[] {
  const units: NeedUnit[] = [];
  for (const word of raw.match(CAPITALISED) ?? []) {
    const concept = ACRONYMS.get(word);
    if (concept) units.push(conceptUnit(concept));
  }
  return units;
}

/** A unit of meaning a service is recognised by: a thesaurus concept ("c:backup") or a specific word ("w:cfdi"). */
export type NeedUnit = string;

export interface SellerService {
  /** The service's name as the seller wrote it ("Respaldo de datos"). */
  name: string;
  /** How strongly each unit points to this service: 2 identifies it alone, 1 needs a second unit. */
  units: Map<NeedUnit, number>;
}

const PREPOSITIONS = new Set('de del en para con por sin a al of for in on with by to without da do das dos em no na com sem pelo pela'.split(' '));
// Separators between the parts of a service name: "Expediente digital y portal del empleado", "(REPSE, NOM-035)",
// "Limpieza & mantenimiento"; not the ampersand inside an acronym ("S&OP", "P&L"), which normalizes to one word.
const NAME_PARTS = /[,;/()+]|&(?![A-Z])|(?<![A-Z])&|\s(?:[yYeEoOuU]|[aA][nN][dD]|[oO][rR])\s/;
// Codes a service names itself by: CFDI, IMSS, NOM-035, ISO27001 (specific enough to identify it).
const JARGON = /\b(?:[A-Z][A-Z0-9]{2,}|[A-Z]{2,}-?\d+)\b/g;

function splitService(text: string): { name: string; detail: string } {
  const colon = text.indexOf(':');
  if (colon > 0 && colon < 100) return { name: text.slice(0, colon).trim(), detail: text.slice(colon + 1) };
  const stop = text.search(/[.;](?:\s|$)/);
  return stop > 0 ? { name: text.slice(0, stop).trim(), detail: text.slice(stop + 1) } : { name: text.trim(), detail: '' };
}

function addUnit(units: Map<NeedUnit, number>, unit: NeedUnit, weight: number): void {
  units.set(unit, Math.max(units.get(unit) ?? 0, weight));
}

export function isSpecificWord(s: string): boolean {
  return s.length >= 3 && !GENERIC_STEMS.has(s) && !/^\d+$/.test(s);
}

/** Units of one piece of text: concepts, plus the specific words no concept covers (those `keepWord` accepts). */
export function needUnitsOf(stems: readonly string[], keepWord: (stem: string) => boolean = isSpecificWord, sellerWording = false): { unit: NeedUnit; at: number; concept: boolean }[] {
  const found: { unit: NeedUnit; at: number; concept: boolean }[] = [];
  const covered = new Array<boolean>(stems.length).fill(false);
  for (const hit of SERVICE_CONCEPTS.find(stems, sellerWording)) {
    for (const concept of hit.concepts) found.push({ unit: conceptUnit(concept), at: hit.start, concept: true });
    for (let i = hit.start; i < hit.end; i++) covered[i] = true;
  }
  for (let i = 0; i < stems.length; i++) {
    if (covered[i]) continue;
    const s = equivalentStem(stems[i]!);
    if (keepWord(s)) found.push({ unit: wordUnit(s), at: i, concept: false });
  }
  return found;
}

/** The units of a service's name: its head words weigh 2 ("Respaldo" in "Respaldo de datos"), the rest 1. */
function nameUnits(name: string, units: Map<NeedUnit, number>): void {
  for (const part of name.split(NAME_PARTS)) {
    const words = normalizeText(part).split(' ').filter(Boolean);
    const joiner = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
    const headStemCount = stemWords((joiner > 0 ? words.slice(0, joiner) : words).join(' ')).length;
    const found = needUnitsOf(stemWords(words.join(' ')), isSpecificWord, true);
    const head = found.filter((u) => u.at < headStemCount);
    const modifier = (u: { unit: NeedUnit; concept: boolean }) => (u.concept ? MODIFIER_CONCEPTS : ACTIVITY_STEMS).has(u.unit.slice(2));
    const headHasCore = head.some((u) => !modifier(u));
    for (const u of found) {
      const isModifier = modifier(u);
      // A head that is only an activity or a generic word ("Mantenimiento de refrigeración", "Gestión de viajes
      // corporativos") leaves the object after it to say what the service is about, so the object identifies it too.
      const strong = u.at < headStemCount ? !isModifier || !headHasCore : !headHasCore && !isModifier;
      addUnit(units, u.unit, strong ? 2 : 1);
    }
  }
}

export function serviceOf(text: string): SellerService {
  const { name, detail } = splitService(text);
  const units = new Map<NeedUnit, number>();
  nameUnits(name, units);
  for (const u of needUnitsOf(stemWords(normalizeText(detail)))) addUnit(units, u.unit, 1);
  for (const code of text.match(JARGON) ?? []) {
    // A known acronym stands for its concept ("SAN" is storage, not the word "san" of "San Luis").
    const concept = ACRONYMS.get(code);
    if (concept) {
      addUnit(units, `c:${concept}`, 2);
      units.delete(`w:${stem(normalizeText(code))}`);
    } else for (const u of needUnitsOf(stemWords(normalizeText(code)))) addUnit(units, u.unit, 2);
  }
  compoundParts(text, units);
  return { name: name.replace(/[.\s]+$/, ''), units };
}

// Two words joined by a hyphen, each of at least four letters ("Exchange-filter programme", "pulse-air"): "e-commerce"
// and "NOM-035" are one word, and stay so.
const COMPOUND = /\p{L}{4,}(?:-\p{L}{4,})+/gu;

/**
 * Each part of a hyphenated compound of the seller's ("Exchange-filter programme") is known as the compound is: a lead
 * writes the parts apart ("cambio de filtros") as often as joined, and the compound alone (normalised to one word,
 * "exchangefilter") meets neither.
 */
function compoundParts(text: string, units: Map<NeedUnit, number>): void {
  if (!text.includes('-')) return;
  for (const compound of text.match(COMPOUND) ?? []) {
    const joined = units.get(`w:${stem(normalizeText(compound))}`);
    if (joined === undefined) continue;
    // "Para-raios" is one thing (a lightning rod), not rays; and a part that is a concept or only a kind of work
    // ("Formação-ação": training) says what is done, which the compound as a whole does not identify.
    const parts = normalizeText(compound.replace(/-/g, ' ')).split(' ');
    // "Access-control hardware": parts that together name a concept ("access control") name it as the compound does.
    const partUnits = needUnitsOf(stemWords(parts.join(' ')));
    for (const u of partUnits) if (u.concept && !parts.some((part) => needUnitsOf(stemWords(part)).some((p) => p.unit === u.unit))) addUnit(units, u.unit, joined);
    if (!parts.every(isMeaningful)) continue;
    for (const u of partUnits) if (!u.concept && !isActivityUnit(u.unit)) addUnit(units, u.unit, joined);
  }
}

