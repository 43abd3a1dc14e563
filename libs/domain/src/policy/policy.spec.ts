import { DEFAULT_POLICY } from './policy';

/** Every word list of a keyword tree, with its path (e.g. nonBuyer.jobSeeker.en). */
function wordLists(node: unknown, path: string): Array<[string, string[]]> {
  if (Array.isArray(node)) return [[path, node as string[]]];
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([key, value]) => wordLists(value, path ? `${path}.${key}` : key));
  return [];
}

describe('DEFAULT_POLICY word lists', () => {
  // The API refuses a draft whose lists repeat an entry, and the console sends the lists back as it read them.
  it.each(wordLists(DEFAULT_POLICY.keywords, ''))('%s lists each entry once', (_path, words) => {
    const seen = new Set<string>();
    const twice = words.filter((w) => seen.size === seen.add(w.toLowerCase()).size);
    expect(twice).toEqual([]);
  });
});
