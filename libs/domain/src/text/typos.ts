// Tolerance for typed-in-a-hurry words ("Gerente de Sitemas", "Direcor"): a word one or two edits away
// from a known word is read as that word.

/** Optimal string alignment distance (a swap of two neighbours counts as one edit), or max + 1 when larger. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1);
    row[0] = i;
    rows.push(row);
  }
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length][b.length];
}

const MIN_LENGTH = 5;
const CACHE_LIMIT = 5000;

export class TypoCorrector {
  private readonly known: Set<string>;
  private readonly byFirstLetter = new Map<string, string[]>();
  private readonly cache = new Map<string, string>();

  constructor(vocabulary: Iterable<string>) {
    this.known = new Set(vocabulary);
    for (const word of this.known) {
      const list = this.byFirstLetter.get(word[0]) ?? [];
      list.push(word);
      this.byFirstLetter.set(word[0], list);
    }
  }

  /** The known word closest to `word` (one edit, two for long words), or `word` itself. */
  correct(word: string): string {
    if (word.length < MIN_LENGTH || this.known.has(word) || /\d/.test(word)) return word;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const max = word.length >= 9 ? 2 : 1;
    let best = word;
    let bestDistance = max + 1;
    // Typos rarely hit the first letter; keeping it also keeps the search small.
    for (const candidate of this.byFirstLetter.get(word[0]) ?? []) {
      if (candidate.length < MIN_LENGTH - 1) continue;
      const d = editDistance(word, candidate, max);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, best);
    return best;
  }
}
