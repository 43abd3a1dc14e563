// Does the lead ask for what the seller offers? Matched by meaning, through the units each service is known by.
import type { LeadText } from './lead-text';
import type { SellerProfile } from './seller-profile';
import { acronymUnits, needUnitsOf, type NeedUnit } from './services';

export interface NeedMatch {
  /** Names of the seller's services the description asks for, best first. */
  matchedServices: string[];
  /** The lead's words that matched, per service name. */
  evidence: Map<string, string[]>;
  /** Where the matched services' words are, as positions in the description's meaningful words, in text order. */
  positions: number[];
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
  const units = needUnitsOf(text.stems, (word) => seller.serviceWords.has(word));
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
  return { matchedServices: order.map((i) => seller.services[i].name), evidence, positions };
}
