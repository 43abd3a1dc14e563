// Does the lead ask for what the seller offers? Matched by meaning, through the units each service is known by.
import type { LeadText } from './lead-text';
import type { SellerProfile } from './seller-profile';
import { acronymUnits, equivalentStem, isKindOfWorkUnit, needUnitsOf, type NeedUnit } from './services';

export interface NeedMatch {
  /** Names of the seller's services the description asks for, best first. */
  matchedServices: string[];
  /** The lead's words that matched, per service name. */
  evidence: Map<string, string[]>;
  /** Where the matched services' words are, as positions in the description's meaningful words, in text order. */
  positions: number[];
  /**
   * Whether the services matched only through the kind of work ("mantenimiento", "reparação", "installation"), none
   * through what it is done to or for.
   */
  kindOfWorkOnly: boolean;
}

// Spanish and Portuguese diminutives, as the stemmer leaves them: "tostadorcita" (tostadorcit), "estanquito"
// (estanquit), "bombinha" (bombinh). Longest first.
const DIMINUTIVE_TAILS = ['cit', 'zinh', 'it', 'inh'];
const MIN_DIMINUTIVE_BASE = 4;

/** Whether the seller is known by a stem, as itself or through its glossary equivalent ("centrífuga" as "centrifugador"). */
function knows(known: ReadonlySet<string>, stem: string): boolean {
  return known.has(stem) || known.has(equivalentStem(stem));
}

/**
 * The stem of the word a diminutive makes smaller, when the seller is known by it and not by the diminutive itself ("una
 * tostadorcita de 1 kg" asks for roaster service, "un estanquito con peces koi" for a pond): null otherwise. The base
 * loses the vowel the stemmer takes from the plain word ("tanquecito" -> "tanque" -> "tanqu").
 */
function diminished(stem: string, known: ReadonlySet<string>): string | null {
  for (const tail of DIMINUTIVE_TAILS) {
    if (!stem.endsWith(tail) || stem.length - tail.length < MIN_DIMINUTIVE_BASE) continue;
    const base = stem.slice(0, -tail.length);
    if (knows(known, base)) return base;
    const last = base.charCodeAt(base.length - 1);
    // a e o
    if ((last === 97 || last === 101 || last === 111) && knows(known, base.slice(0, -1))) return base.slice(0, -1);
    return null;
  }
  return null;
}

// English adjectives made from a noun with "-al" ("centrifugal" pumps, "industrial"), where Spanish and Portuguese use the
// noun ("centrífugas", "industria"): the stemmer keeps the "-al", so the two meet only here, on a base long enough to be
// one word ("canal" is no "can"). Not the other way: a noun does not read as an adjective of the seller's ("por persona"
// is no "personal", a "munícipe" nothing "municipal").
const ADJECTIVE_TAIL = 'al';
const MIN_ADJECTIVE_BASE = 6;

/** The seller's stem for the noun of the lead's English "-al" adjective ("centrifug" for "centrifugal"): null otherwise. */
function nounOfAdjective(stem: string, known: ReadonlySet<string>): string | null {
  if (!stem.endsWith(ADJECTIVE_TAIL) || stem.length - ADJECTIVE_TAIL.length < MIN_ADJECTIVE_BASE) return null;
  const noun = stem.slice(0, -ADJECTIVE_TAIL.length);
  return knows(known, noun) ? noun : null;
}

/**
 * The description's stems with each diminutive of a word the seller is known by read as that word, and each English
 * "-al" adjective of it too: the same array when none.
 */
function withVariantsRead(stems: readonly string[], known: ReadonlySet<string>): readonly string[] {
  let read: string[] | undefined;
  for (let i = 0; i < stems.length; i++) {
    const s = stems[i]!;
    if (knows(known, s)) continue;
    const base = diminished(s, known) ?? nounOfAdjective(s, known);
    if (base) (read ??= stems.slice())[i] = base;
  }
  return read ?? stems;
}

/**
 * A unit shared by several services counts for the one(s) where it weighs most ("nómina" is the head of
 * "Nómina en la nube" and a detail of "Outsourcing de nómina"); a service needs a total weight of 2.
 */
export function matchServices(text: LeadText, seller: SellerProfile): NeedMatch {
  const count = seller.services.length;
  const scores: number[] = [];
  for (let i = 0; i < count; i++) scores.push(0);
  // A service's evidence words, made when it gets its first (most services get none).
  const words: (string[] | undefined)[] = [];
  // Where each unit stands (a unit may be repeated), and which units each service counted.
  const where = new Map<NeedUnit, number[]>();
  const counted: (NeedUnit[] | undefined)[] = [];
  // Only the words some service is known by can match; the rest of the lead's words are skipped early.
  const units = needUnitsOf(withVariantsRead(text.stems, seller.serviceWords), (word) => seller.serviceWords.has(word));
  for (const unit of acronymUnits(text.raw)) units.push({ unit, at: -1, concept: true });
  for (const { unit, at } of units) {
    const targets = seller.unitIndex.get(unit);
    if (!targets) continue;
    // A unit counts once, however often the lead repeats it.
    const seenAt = where.get(unit);
    if (seenAt) {
      if (at >= 0) seenAt.push(at);
      continue;
    }
    where.set(unit, at >= 0 ? [at] : []);
    let best = 0;
    for (const t of targets) best = Math.max(best, t.weight);
    for (const t of targets) {
      if (t.weight !== best) continue;
      scores[t.service] += t.weight;
      (words[t.service] ??= []).push(at >= 0 ? text.words[at] : unit.slice(2));
      (counted[t.service] ??= []).push(unit);
    }
  }
  // The services scoring 2 or more, best first, then in the seller's order (an insertion sort: a lead asks for few).
  const order: number[] = [];
  for (let i = 0; i < count; i++) {
    if (scores[i] < 2) continue;
    let k = order.length;
    while (k > 0 && scores[order[k - 1]!] < scores[i]) k--;
    order.splice(k, 0, i);
  }
  const evidence = new Map<string, string[]>();
  const positions: number[] = [];
  for (const i of order) {
    evidence.set(seller.services[i].name, words[i]!);
    for (const unit of counted[i]!) positions.push(...where.get(unit)!);
  }
  if (order.length > 1) positions.sort((a, b) => a - b);
  const kindOfWorkOnly = order.length > 0 && order.every((i) => counted[i]!.every(isKindOfWorkUnit));
  return { matchedServices: order.map((i) => seller.services[i].name), evidence, positions, kindOfWorkOnly };
}
