// A span of time ahead, read with its number: "en unos 10 días", "within 3 weeks", "daqui a cinco semanas", "faltan dos
// meses". The phrase lists name a few of these ("in two months"); authors write any number, so the span is read as a
// number of days and sorted into the urgency lists by how near it is (policy.md section 3): less than a week is a deadline
// (this week), six weeks or less near-term (this month, the coming weeks), less than twelve months a plan (evaluating).
import type { PhraseHit } from '../text/phrases';

/** The urgency list a span of time belongs to. */
export type SpanList = 'deadline' | 'nearTerm' | 'evaluating';

// Number words in es, en and pt (normalised: no accents). "Once" is left out: in English it is "one time". Maps, not
// object literals: a lead's word is looked up, and "constructor" or "tostring" must find nothing.
const NUMBERS = new Map<string, number>(Object.entries({
  un: 1, una: 1, uno: 1, a: 1, an: 1, one: 1, um: 1, uma: 1,
  dos: 2, two: 2, dois: 2, duas: 2, par: 2, couple: 2,
  tres: 3, three: 3, cuatro: 4, four: 4, quatro: 4, cinco: 5, five: 5, seis: 6, six: 6,
  siete: 7, seven: 7, sete: 7, ocho: 8, eight: 8, oito: 8, nueve: 9, nine: 9, nove: 9,
  diez: 10, ten: 10, dez: 10, doce: 12, twelve: 12, quince: 15, fifteen: 15, quinze: 15,
  veinte: 20, twenty: 20, vinte: 20, treinta: 30, thirty: 30, trinta: 30,
}));

// Days per unit. Hours are left out: "atención en menos de 4 horas", "no hay técnico en seis horas a la redonda" state
// a response time or a distance, almost never when the need is due.
const UNITS = new Map<string, number>(Object.entries({
  dia: 1, dias: 1, day: 1, days: 1,
  semana: 7, semanas: 7, week: 7, weeks: 7, wk: 7, wks: 7,
  quincena: 15, quincenas: 15,
  mes: 30, meses: 30, month: 30, months: 30,
  ano: 365, anos: 365, year: 365, years: 365,
}));

// Words allowed between the span word and the number ("en unos", "within about", "dentro de aproximadamente"), and
// between a number and its unit ("un par de semanas", "a couple of weeks", "dos o tres semanas", "10 dias uteis").
// Not "menos de", "less than", "até": a limit ("en menos de un mes", "em até 10 dias") asks what the seller can do, it
// does not say when the need is due.
const BEFORE_NUMBER = new Set(['unos', 'unas', 'uns', 'umas', 'about', 'around', 'roughly', 'approximately', 'some', 'aproximadamente', 'cerca', 'de', 'the', 'next', 'proximos', 'proximas', 'coming', 'los', 'las', 'os', 'as']);
const BEFORE_UNIT = new Set(['de', 'of', 'o', 'or', 'ou', 'a', 'to', 'more', 'mas', 'mais', 'y', 'and', 'e', 'medio', 'half', 'meio', 'meia', 'business', 'working', 'habiles', 'uteis', 'calendario', 'corridos']);
const MAX_GAP = 2;

const numberOf = (word: string): number | undefined => (/^\d{1,3}$/.test(word) ? Number(word) : NUMBERS.get(word));

/**
 * The list a span of `days` ahead belongs to, or undefined. Two months to a year is a plan (MEDIUM on its own), not the
 * quarter-or-year horizon that caps a request: "inspección en dos meses, así que les pido cotización" asks now. A span
 * of years is more often how long something lasts ("mentoria nos próximos 2 anos", "not recoated in eight years")
 * than when it is wanted, so it says nothing.
 */
export function spanList(days: number): SpanList | undefined {
  if (days < 7) return 'deadline';
  if (days <= 42) return 'nearTerm';
  // Twelve months ahead ("opens in roughly twelve months") is next year's business, as "in a year" is: nothing now.
  return days < 360 ? 'evaluating' : undefined;
}

/** Days in one time unit ("semanas" 7, "months" 30), or undefined for any other word. */
export function unitDays(word: string): number | undefined {
  return UNITS.get(word);
}

// The longest opener, in words ("a mas tardar en").
const OPENER_WORDS = 4;

const ARTICLES = new Set(['a', 'an', 'un', 'una', 'um', 'uma']);

/** Where an opener starts that ends just before `numberAt`, across a few approximating words; -1 when there is none. */
function openerBefore(words: readonly string[], numberAt: number, openers: ReadonlySet<string>): number {
  for (let end = numberAt - 1, gap = 0; end >= 0 && gap <= MAX_GAP; end--, gap++) {
    for (let length = 1; length <= OPENER_WORDS && end - length + 1 >= 0; length++) {
      if (openers.has(words.slice(end - length + 1, end + 1).join(' '))) return end - length + 1;
    }
    if (!BEFORE_NUMBER.has(words[end]!)) break;
  }
  return -1;
}

/**
 * The span of time ahead that ends at each time unit of `words` (`units`: their positions), read backwards: the unit,
 * its number (of two numbers the larger counts: "dos o tres semanas" is three weeks, "a couple of months" two, the
 * later the need the less pressing), then one of `openers` ("en", "within", "daqui a") just before it. Its words (from
 * the opener to the unit) and its list.
 */
export function spansAhead(words: readonly string[], units: readonly number[], openers: ReadonlySet<string>): { list: SpanList; hit: PhraseHit }[] {
  const spans: { list: SpanList; hit: PhraseHit }[] = [];
  for (const unitAt of units) {
    // Back over the words between number and unit ("de", "o"), then the number words themselves ("un par", "dos o tres").
    let at = unitAt - 1;
    for (let gap = 0; gap < MAX_GAP && at >= 0 && numberOf(words[at]!) === undefined && BEFORE_UNIT.has(words[at]!); gap++) at--;
    let n: number | undefined;
    let numberAt = at + 1;
    for (let gap = 0; gap <= MAX_GAP && at >= 0; gap++, at--) {
      const value = numberOf(words[at]!);
      if (value !== undefined) {
        n = Math.max(n ?? 0, value);
        numberAt = at;
      } else if (n === undefined || !BEFORE_UNIT.has(words[at]!)) break;
    }
    if (n === undefined) continue;
    // The opener ends just before the number, or a few approximating words before it ("en unos", "dentro de cerca de");
    // an article read as "one" may be the opener's own last word instead ("daqui a oito meses").
    let opener = openerBefore(words, numberAt, openers);
    if (opener < 0 && ARTICLES.has(words[numberAt]!) && numberAt + 1 < unitAt) opener = openerBefore(words, numberAt + 1, openers);
    if (opener < 0) continue;
    const list = spanList(n * unitDays(words[unitAt]!)!);
    if (list) spans.push({ list, hit: { text: words.slice(opener, unitAt + 1).join(' '), firstWord: opener, endWord: unitAt + 1 } });
  }
  return spans;
}
