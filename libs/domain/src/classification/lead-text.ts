// The lead's description, read once: instructions aimed at the classifier are set aside (a description is
// data, never instructions), the rest is normalised, stemmed and scanned for every policy list.
import { languageMarkers, type LeadLanguage } from '../enrichment/language';
import { compilePolicy, type CompiledPolicy, type PolicyList } from '../policy/compiled-policy';
import { DEFAULT_POLICY, type ClassificationPolicy } from '../policy/policy';
import { normalizeText, normalizeTracked, type Sentence } from '../text/normalize';
import { found, type PhraseHit, type WordEntries } from '../text/phrases';
import { wordFacts, type WordFacts } from './lexicon';
import { spansAhead, unitDays } from './time-spans';

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
  /** For each word of `allWords`, the languages it is a marker of (languageMarkers), for detectLanguage. */
  languageMarkers: readonly (readonly LeadLanguage[] | undefined)[];
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
  /** Whether a word (an index in `allWords`) ends its clause: punctuation or the end of the text follows it. */
  closesClause(word: number): boolean;
  /** Whether a colon follows a word: what comes after it spells out what the word named ("dos caminos: comprar … o …"). */
  colonAfter(word: number): boolean;
  /** Whether a word is inside a parenthesised aside ("reformar nossa calandra antiga (mais de 15 anos) ou comprar"). */
  inParentheses(word: number): boolean;
  /** The lead's own wording behind a phrase found in `normalized`, in quotes: "cotización". */
  quote(hit: Pick<PhraseHit, 'firstWord' | 'endWord'>): string;
}

/** Which sentence of the text a word (an index in `allWords`) is in. */
export function sentenceOf(text: Pick<LeadText, 'sentences'>, word: number): number {
  let k = 0;
  while (k + 1 < text.sentences.length && text.sentences[k + 1].fromWord <= word) k++;
  return k;
}

/**
 * Whether one of `spans` ends at most `window` words before `hit` starts, in `hit`'s sentence: the word that colours what
 * follows it ("si se llega a dañar", "material técnico comparando", "o que a gente faz hoje").
 */
export function saidJustBefore(text: Pick<LeadText, 'sentences'>, spans: readonly PhraseHit[], hit: PhraseHit, window: number): boolean {
  return spans.some((s) => s.endWord <= hit.firstWord && hit.firstWord - s.endWord <= window && sentenceOf(text, s.firstWord) === sentenceOf(text, hit.firstWord));
}

const SENTENCE = /[^.!?;\n]+[.!?;\n]*/g;
// What ends a clause after a word: . , ; : ! ? ) and line breaks (and the ellipsis and dashes people type).
const CLAUSE_END = new Set('.,;:!?)\n\u2026\u2013\u2014-');

/** The words inside parentheses, from the raw text and where each word starts in it. */
function wordsInParentheses(raw: string, wordStarts: readonly number[]): ReadonlySet<number> {
  const inside = new Set<number>();
  if (!raw.includes('(')) return inside;
  let depth = 0;
  let at = 0;
  for (let w = 0; w < wordStarts.length; w++) {
    for (; at < wordStarts[w]!; at++) {
      if (raw[at] === '(') depth++;
      else if (raw[at] === ')' && depth > 0) depth--;
    }
    if (depth > 0) inside.add(w);
  }
  return inside;
}

/** Whether the text from `at` on starts with a clause end (spaces and tabs skipped) or is over. */
function clauseEndsAt(raw: string, at: number): boolean {
  while (at < raw.length && (raw[at] === ' ' || raw[at] === '\t' || raw[at] === '\r')) at++;
  return at >= raw.length || CLAUSE_END.has(raw[at]);
}

/** Whether the text from `at` on starts with a colon, spaces and tabs skipped. */
function colonAt(raw: string, at: number): boolean {
  while (at < raw.length && (raw[at] === ' ' || raw[at] === '\t')) at++;
  return raw[at] === ':';
}

/** What a description's reading needs to know about one distinct word, under one policy. */
interface WordRecord {
  /** The word as first seen: later copies of it are replaced by this one, whose hash is already known. */
  word: string;
  phrases: WordEntries;
  facts: WordFacts;
  contentFree: boolean;
  languages: readonly LeadLanguage[] | undefined;
  /** A unit of time ("semanas", "months"): where a span of time ahead may end. */
  timeUnit: boolean;
}

interface PolicyWords {
  records: Map<string, WordRecord>;
  /** The longest placeholder: a longer text is not one, and is not hashed to find out. */
  longestPlaceholder: number;
}

// A Map lookup costs about as much as the rest of a word's reading: each distinct word is looked up once per
// description instead of once each for the phrase lists, the lexicon and the content-free words.
const RECORDS_LIMIT = 50_000;
const policyWords = new WeakMap<CompiledPolicy, PolicyWords>();

function policyWordsOf(policy: CompiledPolicy): PolicyWords {
  let known = policyWords.get(policy);
  if (!known) {
    let longestPlaceholder = 0;
    for (const placeholder of policy.placeholders) longestPlaceholder = Math.max(longestPlaceholder, placeholder.length);
    policyWords.set(policy, (known = { records: new Map(), longestPlaceholder }));
  }
  return known;
}

/** The words of normalised text, each replaced by its kept copy, and their records. */
function readWords(normalized: string, policy: CompiledPolicy, known: PolicyWords): { words: string[]; records: WordRecord[]; phrases: WordEntries[] } {
  const words = normalized ? normalized.split(' ') : [];
  const records: WordRecord[] = [];
  const phrases: WordEntries[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    let record = known.records.get(word);
    if (record === undefined) {
      record = { word, phrases: policy.phrases.wordOf(word), facts: wordFacts(word), contentFree: policy.contentFree.has(word), languages: languageMarkers(word), timeUnit: unitDays(word) !== undefined };
      if (known.records.size >= RECORDS_LIMIT) known.records.clear();
      known.records.set(word, record);
    } else words[i] = record.word;
    records.push(record);
    phrases.push(record.phrases);
  }
  return { words, records, phrases };
}

// A bracketed aside ("<<assistant instructions: …>> We need a quote…", "[[system: …]]", "[Instrucción para el modelo: …]",
// an HTML comment) ends where it closes, even with no full stop: the instruction is dropped, the lead's own sentence
// after it is kept. An aside without an instruction in it is kept as it was. An aside never holds its own opener, so a
// text of thousands of unclosed openers ("<!--<!--<!--…") is read once, not once per opener.
const BRACKETED = /(<<(?:(?!<<)[\s\S])*?>>|\[\[(?:(?!\[\[)[\s\S])*?\]\]|\{\{(?:(?!\{\{)[\s\S])*?\}\}|<!--(?:(?!<!--)[\s\S])*?-->|#{2,}[^#]*#{2,}|\[[^[\]]*\])/;

// A chat-role tag around an injected instruction ("[system] … [/system]", "[INST]", "<<SYS>>" is caught above): it goes
// with the instruction, since alone it is no words of the lead's.
const ROLE_TAG = /^\s*\[\/?\s*(?:system|sys|assistant|user|inst|instruction|instrucción|instruccion|sistema)\s*\]\s*$/i;

// A field of the classifier's own output written as a line of the description ("Assistant: Classification complete.",
// "reason: VIP account.", "Prioridad: P1"): beside an instruction it is the same forgery, not the lead's words.
const FORGED_FIELD = /^\s*(?:assistant|system|sistema|asistente|assistente|stage|etapa|priority|prioridad|prioridade|reason|motivo|raz[oó]n|urgency|urgencia|urg[eê]ncia|intent|classification|clasificaci[oó]n|classifica[cç][aã]o|score|label)\s*:/i;

/** The sentences of a description, with bracketed asides as pieces of their own: what an instruction is looked for in. */
function instructionPieces(raw: string): string[] {
  return raw.split(BRACKETED).flatMap((piece) => (BRACKETED.test(piece) ? [piece] : (piece.match(SENTENCE) ?? [])));
}

/**
 * Spans of time ahead with their number ("dentro de 10 días", "in 3 weeks"), found back from their time units, join the
 * urgency list their length puts them in, as if the list named them; where a list already names one ("in two months"),
 * the list's reading stands.
 */
function addSpansAhead(words: readonly string[], units: readonly number[], openers: ReadonlySet<string>, hits: Map<PolicyList, PhraseHit[]>): void {
  const spans = spansAhead(words, units, openers);
  if (!spans.length) return;
  const named = (['deadline', 'nearTerm', 'evaluating', 'horizon', 'noTimeline', 'past'] as const).flatMap((list) => hits.get(list) ?? []);
  for (const { list, hit } of spans) {
    if (named.some((n) => n.firstWord < hit.endWord && hit.firstWord < n.endWord)) continue;
    const into = hits.get(list);
    if (!into) hits.set(list, [hit]);
    else {
      // Kept in text order, as a scan leaves them.
      let k = into.length;
      while (k > 0 && into[k - 1]!.firstWord > hit.firstWord) k--;
      into.splice(k, 0, hit);
    }
  }
}

/**
 * A phrase is read within one sentence: "o processo está fechado. Desde então queremos rever o protocolo" names no
 * closure going on since ("fechado desde"), nor "…nada. ¿Urgente?" a calm "nada urgente". Drops, in place, the hits of
 * several words that a sentence start cuts; a full stop with no space between it and the next word is inside a word
 * ("bit.ly", "www.planta.com.mx") and cuts nothing.
 */
function dropHitsAcrossSentences(hits: Map<PolicyList, PhraseHit[]>, sentences: readonly Sentence[], raw: string, wordStarts: readonly number[], wordEnds: readonly number[]): void {
  if (sentences.length < 2) return;
  const cut = (hit: PhraseHit) => {
    for (let k = 1; k < sentences.length; k++) {
      const start = sentences[k]!.fromWord;
      if (start <= hit.firstWord) continue;
      if (start >= hit.endWord) return false;
      if (/\s/.test(raw.slice(wordEnds[start - 1]!, wordStarts[start]!))) return true;
    }
    return false;
  };
  for (const [list, listHits] of hits) if (listHits.some(cut)) hits.set(list, listHits.filter((hit) => !cut(hit)));
}

export function readDescription(description: string | null | undefined, policy: CompiledPolicy): LeadText {
  const known = policyWordsOf(policy);
  let raw = (description ?? '').trim();
  let read = normalizeTracked(raw);
  let split = readWords(read.text, policy, known);
  let scan = policy.phrases.scanWords(split.words, split.phrases);
  const ignoredInstructions: string[] = [];
  if (scan.hits.has('promptInjection')) {
    const kept: string[] = [];
    for (const sentence of instructionPieces(raw)) {
      if (ROLE_TAG.test(sentence) || FORGED_FIELD.test(sentence) || policy.phrases.scan(normalizeText(sentence)).hits.has('promptInjection')) ignoredInstructions.push(sentence.trim());
      else kept.push(sentence);
    }
    raw = kept.join('').trim();
    read = normalizeTracked(raw);
    split = readWords(read.text, policy, known);
    scan = policy.phrases.scanWords(split.words, split.phrases);
  }
  // From each word's record: meaningful or not, its stem, keyboard mashing or not, content-free or not.
  const all = scan.words;
  const records = split.records;
  const words: string[] = [];
  const stems: string[] = [];
  const wordIndex: number[] = [];
  const markers: (readonly LeadLanguage[] | undefined)[] = [];
  let long = 0;
  let real = 0;
  let contentFree = true;
  let units: number[] | undefined;
  for (let i = 0; i < all.length; i++) {
    const word = all[i];
    const record = records[i]!;
    const facts = record.facts;
    markers.push(record.languages);
    if (facts.meaningful) {
      words.push(word);
      stems.push(facts.stem);
      wordIndex.push(i);
    }
    if (word.length >= 3) {
      long++;
      if (!facts.mash) real++;
    }
    if (!record.contentFree) contentFree = false;
    if (record.timeUnit) (units ??= []).push(i);
  }
  dropHitsAcrossSentences(scan.hits, read.sentences, raw, read.wordStarts, read.wordEnds);
  if (units) addSpansAhead(all, units, policy.spanOpeners, scan.hits);
  // Worked out only for the texts a rule asks about.
  let parenthesised: ReadonlySet<number> | undefined;
  return {
    raw,
    normalized: read.text,
    allWords: all,
    languageMarkers: markers,
    words,
    stems,
    wordIndex,
    sentences: read.sentences,
    found: (list) => found(scan, list),
    ignoredInstructions,
    // "N/A", "-", "asdf" as the whole description say nothing either.
    contentFree: contentFree || (read.text.length <= known.longestPlaceholder && policy.placeholders.has(read.text)),
    // Most words are keyboard mashing (isGibberishWords, from the counts above).
    gibberish: long > 0 && real * 2 <= long,
    closesClause: (word) => clauseEndsAt(raw, read.wordEnds[word]),
    colonAfter: (word) => colonAt(raw, read.wordEnds[word]!),
    inParentheses: (word) => (parenthesised ??= wordsInParentheses(raw, read.wordStarts)).has(word),
    quote: ({ firstWord, endWord }) => `"${raw.slice(read.wordStarts[firstWord], read.wordEnds[endWord - 1])}"`,
  };
}

/** The meaningful stems of a description under a policy, as the classifier reads them (for the learned-intent trainer). */
export function descriptionStems(description: string | null | undefined, policy: ClassificationPolicy = DEFAULT_POLICY): string[] {
  return readDescription(description, compilePolicy(policy)).stems;
}
