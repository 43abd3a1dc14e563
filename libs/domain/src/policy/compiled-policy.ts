// The policy's word lists compiled once per policy object into one phrase index, so a lead's description
// is scanned once for every list (urgency, non-buyers, company size, prompt injection).
import { normalizeText } from '../text/normalize';
import { PhraseIndex } from '../text/phrases';
import type { ClassificationPolicy, KeywordList, PolicyKeywords } from './policy';

// The span openers are looked up backwards from a time unit (time-spans.ts), not scanned for: "en", "in" and "em" are
// among the commonest words, and a scan would record every one.
type UrgencyList = Exclude<keyof PolicyKeywords['urgency'], 'spanAhead'>;
type NonBuyerList = keyof PolicyKeywords['nonBuyer'];
type CompanyList = Exclude<keyof PolicyKeywords['company'], 'severalWords'>;
/** The lists a job title is read for. */
export type TitleList = keyof PolicyKeywords['titles'];

/** The name of every phrase list the description is scanned for. */
export type PolicyList = UrgencyList | NonBuyerList | CompanyList | 'promptInjection';

export interface CompiledPolicy {
  phrases: PhraseIndex<PolicyList>;
  /** The job-title lists, apart: a description that says "student" is read by the description's own lists. */
  titles: PhraseIndex<TitleList>;
  /** Words (and short phrases) that cancel what follows them: "no", "sin", "avoid", "antes de que". */
  negators: Set<string>;
  /** Words a negator reaches across to an urgency word ("no hay una necesidad inmediata"). */
  negationBridge: Set<string>;
  /** The phrases that open a span of time ahead ("en", "dentro de", "daqui a"), normalised. */
  spanOpeners: Set<string>;
  /** Words before a site noun that mean more than one: "varias", "nuestras", "todas las". */
  severalWords: Set<string>;
  placeholders: Set<string>;
  contentFree: Set<string>;
}

// Spanish puts a pronoun inside a reflexive verb ("se cayó" → "se nos cayó", "se me borró"): each "se …" phrase is
// also read with it, so the lists name the verb once.
const CLITICS = ['nos', 'me', 'les', 'le'];
const withClitics = (phrases: string[]): string[] =>
  phrases.flatMap((phrase) => (phrase.startsWith('se ') ? [phrase, ...CLITICS.map((c) => `se ${c} ${phrase.slice(3)}`)] : [phrase]));
// Portuguese weekdays are written "sexta", "sexta feira" and "sexta-feira" (which normalises to "sextafeira"): each
// phrase ending in a weekday is also read with the other two, so the lists name the day once.
const FEIRA_DAYS = new Set(['segunda', 'terca', 'quarta', 'quinta', 'sexta']);
const withFeira = (phrases: string[]): string[] =>
  phrases.flatMap((phrase) => {
    const last = phrase.slice(phrase.lastIndexOf(' ') + 1);
    return FEIRA_DAYS.has(last) ? [phrase, `${phrase} feira`, `${phrase}feira`] : [phrase];
  });
const allLanguages = (list: KeywordList): string[] => [...withClitics(list.es), ...list.en, ...withFeira(list.pt)];
const normalizedSet = (words: string[]) => new Set(words.map((w) => normalizeText(w)));

// "Soy monotributista", "sou MEI", "I'm a freelancer": a writer who names themselves a sole trader in the description
// runs a micro business, as the same words in the job-title field say (one list, titles.soleTrader, for both).
const FIRST_PERSON: KeywordList = { es: ['soy', 'soy un', 'soy una'], en: ['i am a', 'im a', 'i am', 'im'], pt: ['sou', 'sou um', 'sou uma'] };
const selfNamed = (titles: KeywordList): string[] =>
  (['es', 'en', 'pt'] as const).flatMap((lang) => FIRST_PERSON[lang].flatMap((lead) => titles[lang].map((title) => `${lead} ${title}`)));

const compiled = new WeakMap<ClassificationPolicy, CompiledPolicy>();

export function compilePolicy(policy: ClassificationPolicy): CompiledPolicy {
  const cached = compiled.get(policy);
  if (cached) return cached;
  const k = policy.keywords;
  const lists = {} as Record<PolicyList, string[]>;
  for (const [name, list] of Object.entries(k.urgency)) if (name !== 'spanAhead') lists[name as UrgencyList] = allLanguages(list);
  for (const [name, list] of Object.entries(k.nonBuyer)) lists[name as NonBuyerList] = allLanguages(list);
  for (const [name, list] of Object.entries(k.company)) if (name !== 'severalWords') lists[name as CompanyList] = allLanguages(list);
  lists.micro.push(...selfNamed(k.titles.soleTrader));
  lists.promptInjection = allLanguages(k.promptInjection);
  const result: CompiledPolicy = {
    phrases: new PhraseIndex(lists),
    titles: new PhraseIndex({ student: allLanguages(k.titles.student), soleTrader: allLanguages(k.titles.soleTrader) }),
    negators: normalizedSet(allLanguages(k.negators)),
    negationBridge: normalizedSet(allLanguages(k.negationBridge)),
    spanOpeners: normalizedSet(allLanguages(k.urgency.spanAhead)),
    severalWords: normalizedSet(allLanguages(k.company.severalWords)),
    placeholders: normalizedSet(k.placeholders),
    contentFree: normalizedSet(allLanguages(k.contentFree)),
  };
  compiled.set(policy, result);
  return result;
}
