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

const PREFIX_CACHE_LIMIT = 50_000;

/** The phrases that start with one word, split so a scan only tries those that can match. */
interface FirstWordEntries {
  /** Phrases of two or more words, by their second word (the last word exact). */
  bySecond: Map<string, Entry[]>;
  /** Two-word phrases whose second word is a prefix ("esta sexta*"). */
  prefixSecond: Entry[];
  /** One-word phrases. */
  single: Entry[];
}

/** What can start at one word of a text (read with PhraseIndex.wordOf, opaque to callers). */
export interface WordEntries {
  entries: FirstWordEntries | undefined;
  prefixed: Entry[] | undefined;
}
const NOTHING: WordEntries = Object.freeze({ entries: undefined, prefixed: undefined });

export class PhraseIndex<L extends string> {
  private readonly lists: L[];
  private readonly byFirstWord = new Map<string, FirstWordEntries>();
  /** Entries whose first (and only) word is a prefix, by the char code of their first letter. */
  private readonly byPrefix: (Entry[] | undefined)[] = [];
  private readonly wordCache = new Map<string, WordEntries>();
  /**
   * Per list, the first word a new hit may start at: one array kept for every scan and zeroed at its start, since
   * allocating a typed array costs more (~0.7 µs) than the rest of a short description's scan. No scan calls out
   * while it runs, so scans never share it.
   */
  private readonly nextFree: Int32Array;

  /** `lists`: list name -> phrases written naturally; a trailing "*" makes the last word a prefix. */
  constructor(lists: Record<L, readonly string[]>) {
    this.lists = Object.keys(lists) as L[];
    this.nextFree = new Int32Array(this.lists.length);
    this.lists.forEach((name, list) => {
      const seen = new Set<string>();
      for (const phrase of lists[name]) {
        const prefix = phrase.trim().endsWith('*');
        const words = normalizeText(phrase.replace(/\*\s*$/, '')).split(' ').filter(Boolean);
        const key = `${words.join(' ')}${prefix ? '*' : ''}`;
        if (!words.length || seen.has(key)) continue;
        seen.add(key);
        this.add({ words, prefix, list });
      }
    });
    // Within a bucket, longest first: at one place a list keeps its longest phrase.
    for (const entries of this.byFirstWord.values()) for (const bucket of entries.bySecond.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  }

  private add(entry: Entry): void {
    const [first, second] = entry.words;
    if (entry.prefix && entry.words.length === 1) {
      const letter = first.charCodeAt(0);
      this.byPrefix[letter] = [...(this.byPrefix[letter] ?? []), entry];
      return;
    }
    let entries = this.byFirstWord.get(first);
    if (!entries) this.byFirstWord.set(first, (entries = { bySecond: new Map(), prefixSecond: [], single: [] }));
    if (entry.words.length === 1) entries.single.push(entry);
    else if (entry.words.length === 2 && entry.prefix) entries.prefixSecond.push(entry);
    else entries.bySecond.set(second, [...(entries.bySecond.get(second) ?? []), entry]);
  }

  /** Every list's phrases in the normalised text; within a list, matches do not overlap (leftmost, longest). */
  scan(normalized: string): ScannedText<L> {
    return this.scanWords(normalized ? normalized.split(' ') : []);
  }

  /**
   * scan() for text already split into its words; `known`, when given, holds wordOf(words[i]) for each word (a caller
   * that keeps its own record per distinct word saves a lookup per word).
   */
  scanWords(words: string[], known?: readonly WordEntries[]): ScannedText<L> {
    const hits = new Map<L, PhraseHit[]>();
    const nextFree = this.nextFree.fill(0);
    for (let i = 0; i < words.length; i++) {
      const at = known ? known[i]! : this.wordOf(words[i]);
      if (at === NOTHING) continue;
      const entries = at.entries;
      if (entries) {
        // Most first words start no longer phrase: no lookup (and no hashing of the next word) for them.
        const longer = i + 1 < words.length && entries.bySecond.size ? entries.bySecond.get(words[i + 1]) : undefined;
        if (longer) for (const entry of longer) this.tryAt(entry, words, i, nextFree, hits);
        for (const entry of entries.prefixSecond) this.tryAt(entry, words, i, nextFree, hits);
        for (const entry of entries.single) this.tryAt(entry, words, i, nextFree, hits);
      }
      const prefixed = at.prefixed;
      if (prefixed) for (const entry of prefixed) this.tryAt(entry, words, i, nextFree, hits);
    }
    return { words, hits };
  }

  /**
   * The one-word prefix phrases ("urgen*") a word starts with, in list order, or undefined: read once per distinct
   * word (words repeat across leads) instead of trying every prefix under the word's first letter each time.
   */
  private prefixesOf(word: string): Entry[] | undefined {
    const candidates = this.byPrefix[word.charCodeAt(0)];
    const matching = candidates?.filter((entry) => word.startsWith(entry.words[0]));
    return matching?.length ? matching : undefined;
  }

  /**
   * Everything that can start at a word (phrases beginning with it, one-word prefixes it starts with), worked out
   * once per distinct word: a scan does one map lookup per word instead of two, and most words start nothing.
   */
  wordOf(word: string): WordEntries {
    let at = this.wordCache.get(word);
    if (at === undefined) {
      const entries = this.byFirstWord.get(word);
      const prefixed = this.prefixesOf(word);
      at = entries || prefixed ? { entries, prefixed } : NOTHING;
      if (this.wordCache.size >= PREFIX_CACHE_LIMIT) this.wordCache.clear();
      this.wordCache.set(word, at);
    }
    return at;
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
