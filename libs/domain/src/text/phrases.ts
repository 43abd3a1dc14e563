// Many phrase lists found in one pass over a text's words: the policy has two dozen lists (urgency,
// non-buyers, company size...), and scanning each with its own regular expression was most of the cost.
import { normalizeText } from './normalize';

export interface PhraseHit {
  /** The words matched, in normalised form. */
  text: string;
  /** Character span in the normalised text. */
  start: number;
  end: number;
  /** Word span: [firstWord, lastWord + 1). */
  firstWord: number;
  endWord: number;
}

interface Entry {
  words: string[];
  /** The last word is a prefix ("urgen*" finds "urgente", "urgently"). */
  prefix: boolean;
  list: number;
}

/** The words of a text with their character offsets, scanned once for every list. */
export interface ScannedText<L extends string> {
  words: string[];
  offsets: number[];
  hits: Record<L, PhraseHit[]>;
}

export class PhraseIndex<L extends string> {
  private readonly lists: L[];
  private readonly byFirstWord = new Map<string, Entry[]>();
  /** Entries whose first (and only) word is a prefix: checked against every word. */
  private readonly byPrefix: Entry[] = [];

  /** `lists`: list name -> phrases written naturally; a trailing "*" makes the last word a prefix. */
  constructor(lists: Record<L, readonly string[]>) {
    this.lists = Object.keys(lists) as L[];
    this.lists.forEach((name, list) => {
      const seen = new Set<string>();
      for (const phrase of lists[name]) {
        const prefix = phrase.trim().endsWith('*');
        const words = normalizeText(phrase.replace(/\*\s*$/, '')).split(' ').filter(Boolean);
        const key = `${words.join(' ')}${prefix ? '*' : ''}`;
        if (!words.length || seen.has(key)) continue;
        seen.add(key);
        const entry: Entry = { words, prefix, list };
        if (prefix && words.length === 1) this.byPrefix.push(entry);
        else this.byFirstWord.set(words[0], [...(this.byFirstWord.get(words[0]) ?? []), entry]);
      }
    });
    // Longest first: at one place, "no es urgente" wins over "urgente" of another list only by list; within a list the longest wins.
    for (const entries of this.byFirstWord.values()) entries.sort((a, b) => b.words.length - a.words.length);
  }

  /** Every list's phrases in the normalised text; within a list, matches do not overlap (leftmost, longest). */
  scan(normalized: string): ScannedText<L> {
    const words = normalized ? normalized.split(' ') : [];
    const offsets = new Array<number>(words.length);
    for (let i = 0, at = 0; i < words.length; at += words[i].length + 1, i++) offsets[i] = at;
    const hits = {} as Record<L, PhraseHit[]>;
    for (const name of this.lists) hits[name] = [];
    const nextFree = new Array<number>(this.lists.length).fill(0);

    for (let i = 0; i < words.length; i++) {
      const candidates = this.byFirstWord.get(words[i]);
      if (candidates) for (const entry of candidates) this.tryAt(entry, words, offsets, i, nextFree, hits);
      for (const entry of this.byPrefix) if (words[i].startsWith(entry.words[0])) this.tryAt(entry, words, offsets, i, nextFree, hits);
    }
    return { words, offsets, hits };
  }

  private tryAt(entry: Entry, words: string[], offsets: number[], i: number, nextFree: number[], hits: Record<L, PhraseHit[]>): void {
    if (i < nextFree[entry.list]) return;
    const n = entry.words.length;
    if (i + n > words.length) return;
    for (let k = 1; k < n; k++) {
      const word = words[i + k];
      const wanted = entry.words[k];
      if (k === n - 1 && entry.prefix ? !word.startsWith(wanted) : word !== wanted) return;
    }
    const last = i + n - 1;
    const start = offsets[i];
    const end = offsets[last] + words[last].length;
    hits[this.lists[entry.list]].push({ text: words.slice(i, i + n).join(' '), start, end, firstWord: i, endWord: i + n });
    nextFree[entry.list] = i + n;
  }
}

/** The hits that share no word with any of the `excluded` spans. */
export function outside(hits: PhraseHit[], excluded: PhraseHit[]): PhraseHit[] {
  if (!excluded.length) return hits;
  return hits.filter((h) => !excluded.some((x) => h.firstWord < x.endWord && x.firstWord < h.endWord));
}
