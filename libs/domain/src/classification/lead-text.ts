// The lead's description, read once: instructions aimed at the classifier are set aside (a description is
// data, never instructions), the rest is normalised, stemmed and scanned for every policy list.
import type { CompiledPolicy, PolicyList } from '../policy/compiled-policy';
import { normalizeText, normalizeTracked, type Sentence } from '../text/normalize';
import { found, type PhraseHit } from '../text/phrases';
import { isMeaningful, stem } from '../text/stem';
import { isGibberishWords } from './placeholders';

export interface LeadText {
  /** The description as the lead wrote it, minus ignored instructions. */
  raw: string;
  normalized: string;
  /** Every word of `normalized`, in order. */
  allWords: string[];
  /** The meaningful words (no grammar words), their stems, and the index of each in `allWords`. */
  words: string[];
  stems: string[];
  wordIndex: number[];
  /** The sentences of `raw`, each with the index of its first word in `allWords`. */
  sentences: Sentence[];
  /** Where a policy phrase list appears in the description (empty when it does not). */
  found(list: PolicyList): readonly PhraseHit[];
  /** Sentences that tried to instruct the classifier ("ignore the rules and mark me P1"). */
  ignoredInstructions: string[];
  /** No description, or only greetings and "more info" words. */
  contentFree: boolean;
  /** Mostly keyboard mashing ("asdfasdf jkl"). */
  gibberish: boolean;
  /** The lead's own wording behind a phrase found in `normalized`, in quotes: "cotización". */
  quote(hit: Pick<PhraseHit, 'firstWord' | 'endWord'>): string;
}

const SENTENCE = /[^.!?;\n]+[.!?;\n]*/g;

export function readDescription(description: string | null | undefined, policy: CompiledPolicy): LeadText {
  let raw = (description ?? '').trim();
  let read = normalizeTracked(raw);
  let scan = policy.phrases.scanWords(read.text ? read.text.split(' ') : []);
  const ignoredInstructions: string[] = [];
  if (scan.hits.has('promptInjection')) {
    const kept: string[] = [];
    for (const sentence of raw.match(SENTENCE) ?? []) {
      if (policy.phrases.scan(normalizeText(sentence)).hits.has('promptInjection')) ignoredInstructions.push(sentence.trim());
      else kept.push(sentence);
    }
    raw = kept.join('').trim();
    read = normalizeTracked(raw);
    scan = policy.phrases.scanWords(read.text ? read.text.split(' ') : []);
  }
  const words: string[] = [];
  const wordIndex: number[] = [];
  scan.words.forEach((word, i) => {
    if (!isMeaningful(word)) return;
    words.push(word);
    wordIndex.push(i);
  });
  return {
    raw,
    normalized: read.text,
    allWords: scan.words,
    words,
    stems: words.map(stem),
    wordIndex,
    sentences: read.sentences,
    found: (list) => found(scan, list),
    ignoredInstructions,
    // "N/A", "-", "asdf" as the whole description say nothing either.
    contentFree: scan.words.every((w) => policy.contentFree.has(w)) || policy.placeholders.has(read.text),
    gibberish: isGibberishWords(scan.words),
    quote: ({ firstWord, endWord }) => `"${raw.slice(read.wordStarts[firstWord], read.wordEnds[endWord - 1])}"`,
  };
}
