// The glossary of word equivalents (es / pt / en) is data that people extend: a word that sits in two groups, or a
// generic word, would join meanings that differ, so both are refused here.
import { normalizeText } from '../text/normalize';
import { stem } from '../text/stem';
import glossary from './data/service-glossary.json';
import thesaurus from './data/service-concepts.json';

const stemOf = (word: string) => stem(normalizeText(word));

it('no word stands in two groups', () => {
  const groupOf = new Map<string, number>();
  const twice: string[] = [];
  (glossary.groups as string[][]).forEach((group, i) => {
    for (const word of new Set(group.map(stemOf))) {
      const seen = groupOf.get(word);
      if (seen !== undefined && seen !== i) twice.push(`${word}: ${(glossary.groups as string[][])[seen].join('/')} and ${group.join('/')}`);
      groupOf.set(word, i);
    }
  });
  expect(twice).toEqual([]);
});

it('no group holds a generic word, and every group joins at least two different words', () => {
  const generic = new Set(thesaurus.genericWords.map(stemOf));
  const bad = (glossary.groups as string[][]).filter((group) => group.some((w) => generic.has(stemOf(w))) || new Set(group.map(stemOf)).size < 2 || group.some((w) => /[\s-]/.test(w.trim())));
  expect(bad).toEqual([]);
});
