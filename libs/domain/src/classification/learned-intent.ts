// Who writes, read a second way: a naive-Bayes word model learned from the labelled leads (eval/generalisation), for the
// leads the phrase lists read as buyers. The lists name a vendor by the words authors used before ("les ofrecemos"); a
// new author's vendor says it in new words ("hacemos SEO y garantizamos primera página"), and the words around it
// ("ofrecemos", "sin costo", "agendar una llamada") still read as a pitch. Measured leaving each labelled set out of the
// training in turn (eval/generalisation/README.md), it finds most non-buyers the lists miss and very few buyers.
// The data (counts per word and kind) is written by `npm run -s train-intent`; this file only reads it.
import type { PhraseHit } from '../text/phrases';
import learned from './data/learned-intent.json';
import type { LeadText } from './lead-text';

/** The non-buyer kinds the model names, in the reading's terms (NonBuyerReading). */
export const LEARNED_KINDS = ['student', 'jobSeeker', 'vendor', 'competitor', 'partner', 'privatePerson', 'spam'] as const;
export type LearnedKind = (typeof LEARNED_KINDS)[number];

/** What the training wrote: per feature, [buyer count, then one count per LEARNED_KINDS entry]. */
export interface LearnedIntentData {
  _comment?: string;
  /** Log-odds (non-buyer against buyer) a lead must reach to be read as a non-buyer. */
  threshold: number;
  /** Documents per class: buyer, then LEARNED_KINDS. */
  documents: number[];
  features: Record<string, number[]>;
  /**
   * Word counts per class and the vocabulary over every feature, when `features` holds only some of them: a
   * cross-validation fold reads the model only for its held-out leads' features, and the smoothing still counts all.
   */
  totals?: { words: number[]; vocabulary: number };
}

export interface LearnedNonBuyer {
  kind: LearnedKind;
  /** Log-odds non-buyer against buyer. */
  score: number;
  /** The lead's words that weighed most, as spans of its text (for quoting). */
  hits: PhraseHit[];
}

/** The features of a description: its meaningful stems, and each pair of neighbouring stems. */
export function learnedFeatures(stems: readonly string[]): string[] {
  const features: string[] = [];
  for (let i = 0; i < stems.length; i++) {
    features.push(stems[i]!);
    if (i + 1 < stems.length) features.push(`${stems[i]} ${stems[i + 1]}`);
  }
  return features;
}

interface Weight {
  /** Log-likelihood ratio non-buyer/buyer. */
  ratio: number;
  /** Log-probability under each kind. */
  kinds: number[];
}

interface Model {
  threshold: number;
  prior: number;
  kindPriors: number[];
  /** Per stem, and per pair of neighbouring stems (first stem, then second): no string is built to look a pair up. */
  stems: Map<string, Weight>;
  pairs: Map<string, Map<string, Weight>>;
}

/** Laplace-smoothed naive Bayes over the counts: one ratio for non-buyer against buyer, one log-probability per kind. */
export function buildModel(data: LearnedIntentData): Model {
  const classes = data.documents.length;
  const words = data.totals ? data.totals.words : new Array<number>(classes).fill(0);
  if (!data.totals) for (const counts of Object.values(data.features)) for (let c = 0; c < classes; c++) words[c]! += counts[c] ?? 0;
  const vocabulary = data.totals ? data.totals.vocabulary : Object.keys(data.features).length;
  const nonBuyerWords = words.slice(1).reduce((a, b) => a + b, 0);
  const nonBuyerDocs = data.documents.slice(1).reduce((a, b) => a + b, 0);
  const stems = new Map<string, Weight>();
  const pairs = new Map<string, Map<string, Weight>>();
  for (const [feature, counts] of Object.entries(data.features)) {
    const nonBuyer = counts.slice(1).reduce((a, b) => a + b, 0);
    const ratio = Math.log((nonBuyer + 1) / (nonBuyerWords + vocabulary)) - Math.log((counts[0]! + 1) / (words[0]! + vocabulary));
    const kinds = LEARNED_KINDS.map((_, k) => Math.log(((counts[k + 1] ?? 0) + 1) / (words[k + 1]! + vocabulary)));
    const space = feature.indexOf(' ');
    if (space < 0) stems.set(feature, { ratio, kinds });
    else {
      const first = feature.slice(0, space);
      let next = pairs.get(first);
      if (!next) pairs.set(first, (next = new Map()));
      next.set(feature.slice(space + 1), { ratio, kinds });
    }
  }
  return {
    threshold: data.threshold,
    prior: Math.log(nonBuyerDocs / data.documents[0]!),
    kindPriors: LEARNED_KINDS.map((_, k) => Math.log((data.documents[k + 1]! + 1) / (nonBuyerDocs + LEARNED_KINDS.length))),
    stems,
    pairs,
  };
}

// Built once per data object: the file's model, or one a trainer passes (a cross-validation fold).
const models = new WeakMap<LearnedIntentData, Model>();
function modelOf(data: LearnedIntentData): Model {
  let m = models.get(data);
  if (!m) models.set(data, (m = buildModel(data)));
  return m;
}

const EVIDENCE = 3;

/**
 * The kind of non-buyer a description reads as, when the learned words say so beyond the threshold; undefined for a
 * buyer (most leads) and for a text too short to judge.
 */
export function readLearnedNonBuyer(text: Pick<LeadText, 'stems' | 'wordIndex'>, ownStems: ReadonlySet<string>, data?: LearnedIntentData): LearnedNonBuyer | undefined {
  const { stems } = text;
  if (stems.length < 3) return undefined;
  const m = modelOf(data ?? (learned as LearnedIntentData));
  // Each weight that counts, in the text's order: the stem's, then its pair's with the next stem. The seller's own
  // words are the buyer's words for what it sells: they say nothing of who writes.
  const weights = (visit: (w: Weight, at: number, pair: boolean) => void) => {
    for (let i = 0; i < stems.length; i++) {
      const s = stems[i]!;
      if (ownStems.has(s)) continue;
      const w = m.stems.get(s);
      if (w) visit(w, i, false);
      if (i + 1 < stems.length) {
        const next = m.pairs.get(s);
        const n = stems[i + 1]!;
        const p = next && !ownStems.has(n) ? next.get(n) : undefined;
        if (p) visit(p, i, true);
      }
    }
  };
  // Most leads are buyers: the ratio alone first, the kinds and the evidence only past the threshold.
  let score = m.prior;
  weights((w) => (score += w.ratio));
  if (score < m.threshold) return undefined;
  const kindScores = m.kindPriors.slice();
  const weighed: { at: number; pair: boolean; ratio: number }[] = [];
  weights((w, at, pair) => {
    for (let k = 0; k < kindScores.length; k++) kindScores[k]! += w.kinds[k]!;
    if (w.ratio > 0) weighed.push({ at, pair, ratio: w.ratio });
  });
  let best = 0;
  for (let k = 1; k < kindScores.length; k++) if (kindScores[k]! > kindScores[best]!) best = k;
  const hits = weighed
    .sort((a, b) => b.ratio - a.ratio || a.at - b.at)
    .slice(0, EVIDENCE)
    .map(({ at, pair }) => {
      const firstWord = text.wordIndex[at]!;
      const endWord = (pair ? text.wordIndex[at + 1]! : firstWord) + 1;
      return { text: pair ? `${stems[at]} ${stems[at + 1]}` : stems[at]!, firstWord, endWord };
    });
  return { kind: LEARNED_KINDS[best]!, score, hits };
}
