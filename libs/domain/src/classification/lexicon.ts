// What the rules need to know about a single normalised word, worked out once per word: descriptions and
// names reuse a small vocabulary, so one lookup replaces a stop-word check, a stem and a keyboard-mash test.
import { isMeaningful, stem } from '../text/stem';
import { isKeyboardMash } from './placeholders';

export interface WordFacts {
  /** Not a grammar word or a single letter. */
  meaningful: boolean;
  /** The stem of a meaningful word ('' otherwise). */
  stem: string;
  /** Keyboard mashing ("asdf", "jkl", "aaaa"). */
  mash: boolean;
}

const LIMIT = 50_000;
const facts = new Map<string, WordFacts>();

export function wordFacts(word: string): WordFacts {
  let known = facts.get(word);
  if (known === undefined) {
    const meaningful = isMeaningful(word);
    known = { meaningful, stem: meaningful ? stem(word) : '', mash: isKeyboardMash(word) };
    if (facts.size >= LIMIT) facts.clear();
    facts.set(word, known);
  }
  return known;
}
