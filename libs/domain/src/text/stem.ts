import { memoize } from './memo';

// A light stemmer shared by Spanish, English and Portuguese, so "respaldos", "respaldar" and "respaldo" meet,
// and so do "nóminas"/"nómina", "integración"/"integration" or "expansión"/"expansão". It only needs to be consistent,
// not linguistic.

// Longest first; after the plural, one more suffix is removed at most.
const SUFFIXES = [
  'aciones', 'iciones', 'uciones', 'siones', 'ations', 'acoes', 'acion', 'icion', 'ucion', 'ation', 'acao',
  'mente', 'ments', 'ings', 'ados', 'adas', 'idos', 'idas', 'ment', 'soes', 'sion', 'ing', 'ado', 'ada', 'ido', 'ida', 'sao',
  'ar', 'er', 'ir', 'ed', 'o', 'a', 'e',
];

const MIN_STEM = 3;
// "-sión" / "-são" meet only on a longer stem: "expansión"/"expansão" do, "pensión" is not "pen".
const COGNATE_SUFFIXES = new Set(['siones', 'soes', 'sion', 'sao']);
const MIN_COGNATE_STEM = 4;

/** The word without its plural: "solares" -> "solar", "companies" -> "company", "backups" -> "backup". */
function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('es') && word.length - 2 >= 4) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && word.length - 1 >= MIN_STEM) return word.slice(0, -1);
  return word;
}

function stemOf(word: string): string {
  if (word.length <= MIN_STEM || /\d/.test(word)) return word;
  const base = singular(word);
  for (const suffix of SUFFIXES) {
    if (base.endsWith(suffix) && base.length - suffix.length >= (COGNATE_SUFFIXES.has(suffix) ? MIN_COGNATE_STEM : MIN_STEM)) return base.slice(0, -suffix.length);
  }
  return base;
}

/** The stem of a normalised word (cached: the same words come back lead after lead). */
export const stem = memoize(stemOf, 50_000);

// Grammar words of the three languages: they carry no meaning for matching needs or industries.
export const STOPWORDS = new Set(
  (
    'de del la las el los lo y e o u a al en con para por sin un una unos unas su sus mi mis tu tus nuestro nuestra nuestros nuestras ' +
    'que se le les nos me te es son ser esta este estos estas ese esa como mas muy ya tambien pero si ' +
    'the of and or to for in on at by with without a an our your their my we you they its is are be this that these those as from ' +
    'da do das dos em no na nos nas um uma uns umas com ao aos pelo pela nosso nossa nossos nossas seu sua seus suas ' +
    'eu ele ela voce voces vos isso isto mais muito ate'
  ).split(' '),
);

/** A word that carries meaning: not a grammar word, not a single letter. */
export function isMeaningful(word: string): boolean {
  return word.length >= 2 && !STOPWORDS.has(word);
}

/** The meaningful words of normalised text (or of its words), in order. */
export function meaningfulWords(normalized: string | readonly string[]): string[] {
  const all = typeof normalized === 'string' ? (normalized ? normalized.split(' ') : []) : normalized;
  return all.filter(isMeaningful);
}

/** The meaningful words of normalised text, stemmed, in order. */
export function stemWords(normalized: string): string[] {
  return meaningfulWords(normalized).map(stem);
}
