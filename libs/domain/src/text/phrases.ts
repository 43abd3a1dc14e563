// Many phrase lists found in one pass over a text's words: the policy has two dozen lists (urgency,
// non-buyers, company size...), and scanning each with its own regular expression was most of the cost.
import { normalizeText } from './normalize';

export interface PhraseHit {
  /** The words matched, in normalised form. */
  text: string;
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

/** The words of a text, scanned once for every list. */
export interface ScannedText<L extends string> {
  words: string[];
  /** Hits per list; lists with no hit are absent (read them with found()). */
  hits: Map<L, PhraseHit[]>;
}

// What found() returns for a list without hits.
const NONE: readonly PhraseHit[] = Object.freeze([]);

/** The hits of one list, empty when it has none. */
export function found<L extends string>(scan: Pick<ScannedText<L>, 'hits'>, list: L): readonly PhraseHit[] {
  return scan.hits.get(list) ?? NONE;
}

export class PhraseIndex<L extends string> {
  private readonly lists: L[];
  private readonly byFirstWord = new Map<string, Entry[]>();
  /** Entries whose first (and only) word is a prefix, by the char code of their first letter. */
  private readonly byPrefix: (Entry[] | undefined)[] = [];

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
        if (prefix && words.length === 1) {
          const letter = words[0].charCodeAt(0);
          this.byPrefix[letter] = [...(this.byPrefix[letter] ?? []), entry];
        }
        else this.byFirstWord.set(words[0], [...(this.byFirstWord.get(words[0]) ?? []), entry]);
      }
    });
    // Longest first: at one place, "no es urgente" wins over "urgente" of another list only by list; within a list the longest wins.
    for (const entries of this.byFirstWord.values()) entries.sort((a, b) => b.words.length - a.words.length);
  }

  /** Every list's phrases in the normalised text; within a list, matches do not overlap (leftmost, longest). */
  scan(normalized: string): ScannedText<L> {
    return this.scanWords(normalized ? normalized.split(' ') : []);
  }

  /** scan() for text already split into its words. */
  scanWords(words: string[]): ScannedText<L> {
    const hits = new Map<L, PhraseHit[]>();
    const nextFree = new Int32Array(this.lists.length);

    for (let i = 0; i < words.length; i++) {
      const candidates = this.byFirstWord.get(words[i]);
      if (candidates) for (const entry of candidates) this.tryAt(entry, words, i, nextFree, hits);
      const prefixed = this.byPrefix[words[i].charCodeAt(0)];
      if (prefixed) for (const entry of prefixed) if (words[i].startsWith(entry.words[0])) this.tryAt(entry, words, i, nextFree, hits);
    }
    return { words, hits };
  }

  private tryAt(entry: Entry, words: string[], i: number, nextFree: Int32Array, hits: Map<L, PhraseHit[]>): void {
    if (i < nextFree[entry.list]) return;
    const n = entry.words.length;
    if (i + n > words.length) return;
    for (let k = 1; k < n; k++) {
      const word = words[i + k];
      const wanted = entry.words[k];
      if (k === n - 1 && entry.prefix ? !word.startsWith(wanted) : word !== wanted) return;
    }
    const name = this.lists[entry.list];
    const hit = { text: n === 1 ? words[i] : words.slice(i, i + n).join(' '), firstWord: i, endWord: i + n };
    const list = hits.get(name);
    if (list) list.push(hit);
    else hits.set(name, [hit]);
    nextFree[entry.list] = i + n;
  }
}

/** The hits that share no word with any of the `excluded` spans. */
export function outside(hits: readonly PhraseHit[], excluded: readonly PhraseHit[]): readonly PhraseHit[] {
  if (!excluded.length) return hits;
  return hits.filter((h) => !excluded.some((x) => h.firstWord < x.endWord && x.firstWord < h.endWord));
}
