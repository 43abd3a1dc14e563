// What a rep reads first: a one-sentence summary (who asks, for what), the distinct needs phrased as needs, and the
// next steps: the summary and needs in the lead's language (es, en or pt), the next steps as codes (rendered in the
// lead's language for the backward-compatible text).
import type { LeadLanguage } from '../enrichment/language';
import type { Explained, ExplainedParam } from '../explanations/codes';
import { explainLine, LINE_GROUPS, renderExplained } from '../explanations/explain';
import { EXPLANATION_MESSAGES } from '../explanations/messages';
import type { ClassificationOutcome } from '../policy/decide-outcome';
import type { LeadText } from './lead-text';
import type { NeedMatch } from './needs';
import type { LeadInput, LeadIntent } from './types';

/** The summary's length limit, in words (issue 14). */
export const MAX_SUMMARY_WORDS = 25;
const MAX_NEEDS = 3;
const MAX_FIELD = 60;
// How far before a service's words the verb that says what the lead wants with it may be ("mejorar nuestro respaldo").
const VERB_WINDOW = 6;

/** The verbs that say what a lead wants done, as they appear in normalised text, and how a need starts with them. */
const VERBS: Record<LeadLanguage, Record<string, string>> = {
  es: {
    mejorar: 'Mejorar', implementar: 'Implementar', migrar: 'Migrar', renovar: 'Renovar', actualizar: 'Actualizar', contratar: 'Contratar',
    cotizar: 'Cotizar', recuperar: 'Recuperar', automatizar: 'Automatizar', montar: 'Montar', instalar: 'Instalar', reemplazar: 'Reemplazar',
    cambiar: 'Cambiar', externalizar: 'Externalizar', tercerizar: 'Tercerizar', optimizar: 'Optimizar', proteger: 'Proteger', ampliar: 'Ampliar',
    modernizar: 'Modernizar', integrar: 'Integrar', digitalizar: 'Digitalizar', centralizar: 'Centralizar', evaluar: 'Evaluar', implantar: 'Implantar',
  },
  en: {
    improve: 'Improve', implement: 'Implement', migrate: 'Migrate', replace: 'Replace', upgrade: 'Upgrade', automate: 'Automate', recover: 'Recover',
    outsource: 'Outsource', optimize: 'Optimise', optimise: 'Optimise', protect: 'Protect', expand: 'Expand', modernize: 'Modernise', modernise: 'Modernise',
    integrate: 'Integrate', deploy: 'Deploy', centralize: 'Centralise', centralise: 'Centralise', evaluate: 'Evaluate', buy: 'Buy', renew: 'Renew',
  },
  pt: {
    melhorar: 'Melhorar', implementar: 'Implementar', migrar: 'Migrar', trocar: 'Trocar', substituir: 'Substituir', atualizar: 'Atualizar',
    contratar: 'Contratar', automatizar: 'Automatizar', recuperar: 'Recuperar', otimizar: 'Otimizar', proteger: 'Proteger', ampliar: 'Ampliar',
    modernizar: 'Modernizar', integrar: 'Integrar', terceirizar: 'Terceirizar', centralizar: 'Centralizar', avaliar: 'Avaliar', implantar: 'Implantar',
  },
};

interface Need {
  /** The verb as a need starts with it ("Mejorar"), when the lead said one. */
  verb: string | null;
  /** The seller's name of the service, as it reads mid-sentence ("respaldo de datos"). */
  service: string;
}

const FEMININE_ES = /(?:a|ión|dad|tud|umbre|is)$/i;
const FEMININE_PT = /(?:a|ção|dade|gem|ie)$/i;

/** "el respaldo de datos", "la nómina en la nube", "o armazenamento": an article for a need with a verb. */
function withArticle(service: string, language: LeadLanguage): string {
  const head = service.split(/\s+/)[0] ?? service;
  if (language === 'es') return `${FEMININE_ES.test(head) ? 'la' : 'el'} ${service}`;
  if (language === 'pt') return `${FEMININE_PT.test(head) ? 'a' : 'o'} ${service}`;
  return service;
}

const HELP_WITH: Record<LeadLanguage, string> = { es: 'Apoyo en', en: 'Help with', pt: 'Apoio em' };

/** The need as a list item: "Mejorar el respaldo de datos", "Help with data backup". */
function needText(need: Need, language: LeadLanguage): string {
  return need.verb ? `${need.verb} ${withArticle(need.service, language)}` : `${HELP_WITH[language]} ${need.service}`;
}

/** The need inside the summary's sentence: "mejorar el respaldo…" (es), "to improve data backup" (en). */
function needClause(need: Need, language: LeadLanguage): string {
  const text = needText(need, language);
  const lowered = text.charAt(0).toLowerCase() + text.slice(1);
  return language === 'en' && need.verb ? `to ${lowered}` : language === 'pt' && !need.verb ? `de ${lowered}` : lowered;
}

/** Needs that share a verb share it in the sentence: "mejorar el respaldo de datos y el almacenamiento". */
function needsClause(needs: Need[], language: LeadLanguage, join: string): string {
  return needs
    .map((need, i) => {
      if (i === 0 || need.verb !== needs[i - 1]!.verb) return needClause(need, language);
      return need.verb ? withArticle(need.service, language) : need.service;
    })
    .join(join);
}

/** "Respaldo de datos" -> "respaldo de datos"; "CFDI y timbrado" stays. */
function midSentence(name: string): string {
  return /^\p{Lu}\p{Ll}/u.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

function verbBefore(text: LeadText, word: string | undefined, language: LeadLanguage): string | null {
  const verbs = VERBS[language];
  const words = text.allWords;
  const at = word ? words.indexOf(word) : -1;
  if (at >= 0) {
    for (let i = at - 1; i >= Math.max(0, at - VERB_WINDOW); i--) if (verbs[words[i]!]) return verbs[words[i]!]!;
  }
  return null;
}

// The summary and the needs read the same needs of the same lead: worked out once (the last call is remembered; the
// text and the match are new objects for every lead, so identity is the key). Callers do not change the answer.
let lastNeeds: { text: LeadText; needs: NeedMatch; language: LeadLanguage; result: Need[] } | null = null;

function needsOf(text: LeadText, needs: NeedMatch, language: LeadLanguage): Need[] {
  if (lastNeeds && lastNeeds.text === text && lastNeeds.needs === needs && lastNeeds.language === language) return lastNeeds.result;
  const result = needs.matchedServices.slice(0, MAX_NEEDS).map((service) => ({
    verb: verbBefore(text, needs.evidence.get(service)?.[0], language),
    service: midSentence(service.trim()),
  }));
  lastNeeds = { text, needs, language, result };
  return result;
}

/**
 * The distinct needs, phrased as needs in the lead's language: one per service asked for ("Mejorar el respaldo de
 * datos"), with the lead's verb when they said one. Nothing when the lead asks for none of the services.
 */
export function detectNeeds(text: LeadText, needs: NeedMatch, language: LeadLanguage = 'en'): string[] {
  const seen = new Set<string>();
  return needsOf(text, needs, language)
    .map((need) => needText(need, language))
    .filter((need) => !seen.has(need.toLowerCase()) && seen.add(need.toLowerCase()));
}

const SENTENCE: Record<LeadLanguage, {
  at: string; needs: string; join: string; noNeed: string; otherNeed: string; intent: Partial<Record<LeadIntent, string>>;
}> = {
  es: {
    at: 'en', needs: 'necesita', join: ' y ', noNeed: 'no describe ninguna necesidad', otherNeed: 'plantea una necesidad sin nombrar uno de nuestros servicios',
    intent: {
      STUDENT: 'escribe como estudiante, no como comprador', JOB_SEEKER: 'busca empleo, no compra', VENDOR_PITCH: 'ofrece sus servicios, no compra',
      PARTNER_OR_RESELLER: 'propone una alianza o reventa, no compra', COMPETITOR: 'es un competidor, no un comprador', PERSONAL: 'tiene un asunto personal, no de empresa',
      SPAM: 'envía spam o una prueba',
    },
  },
  en: {
    at: 'at', needs: 'needs', join: ' and ', noNeed: 'describes no need', otherNeed: 'raises a need without naming one of our services',
    intent: {
      STUDENT: 'writes as a student, not a buyer', JOB_SEEKER: 'is looking for a job, not buying', VENDOR_PITCH: 'is selling their services, not buying',
      PARTNER_OR_RESELLER: 'proposes a partnership or resale, not a purchase', COMPETITOR: 'is a competitor, not a buyer', PERSONAL: 'has a personal matter, not a business need',
      SPAM: 'sends spam or a test',
    },
  },
  pt: {
    at: 'na', needs: 'precisa', join: ' e ', noNeed: 'não descreve nenhuma necessidade', otherNeed: 'apresenta uma necessidade sem citar um dos nossos serviços',
    intent: {
      STUDENT: 'escreve como estudante, não como comprador', JOB_SEEKER: 'procura emprego, não compra', VENDOR_PITCH: 'oferece seus serviços, não compra',
      PARTNER_OR_RESELLER: 'propõe uma parceria ou revenda, não uma compra', COMPETITOR: 'é um concorrente, não um comprador', PERSONAL: 'tem um assunto pessoal, não da empresa',
      SPAM: 'envia spam ou um teste',
    },
  },
};

const words = (s: string) => s.split(/\s+/).filter(Boolean);

// What \s matches, so countWords(s) === words(s).length. Printable ASCII, nearly every character of a summary, is
// settled by the first test instead of running through the whole list.
const isSpace = (c: number) =>
  c > 32 && c < 160
    ? false
    : c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** How many words, without splitting: `s.split(/\s+/).filter(Boolean).length`. */
export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
/** Whether collapsing whitespace and trimming would change s: any \s but a single space between two words. */
function untidy(s: string): boolean {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c) && (c !== 32 || i === 0 || i === last || s.charCodeAt(i - 1) === 32)) return true;
  }
  return false;
}
const short = (s: string | null | undefined) => {
  // Most names and titles are tidy already: no regular expression for them.
  const t = !s ? '' : untidy(s) ? s.replace(/\s+/g, ' ').trim() : s;
  return t.length > MAX_FIELD ? `${t.slice(0, MAX_FIELD - 1).trimEnd()}…` : t;
};

/** At most `max` words, with "…" when cut. */
export function clipWords(sentence: string, max = MAX_SUMMARY_WORDS): string {
  const all = words(sentence);
  return all.length <= max ? all.join(' ') : `${all.slice(0, max).join(' ').replace(/[,.;:]$/, '')}…`;
}

/**
 * One sentence of at most 25 words: who asks and what they need, in the lead's language, not a copy of the
 * description: "Josh Biden, CTO en Open Energy LLC, necesita mejorar el respaldo de datos."
 */
export function summarize(lead: LeadInput, text: LeadText, language: LeadLanguage, needs?: NeedMatch, intent?: LeadIntent): string {
  const w = SENTENCE[language];
  // Read only when the sentence tells the needs (not for a job seeker or a vendor).
  let found: Need[] | undefined;
  const what = (n: number) => {
    if (intent && intent !== 'BUYER' && intent !== 'UNCLEAR' && w.intent[intent]) return w.intent[intent]!;
    found ??= needs ? needsOf(text, needs, language) : [];
    if (found.length) return `${w.needs} ${needsClause(found.slice(0, n), language, w.join)}`;
    return text.contentFree ? w.noNeed : w.otherNeed;
  };
  const name = short(lead.fullName) || '—';
  const job = short(lead.jobPosition);
  const company = short(lead.companyName);
  // Longest first; each next one drops a detail until the sentence fits.
  const candidates = [
    [job && company ? `${job} ${w.at} ${company}` : job || company, MAX_NEEDS],
    [job || company, MAX_NEEDS],
    [job || company, 1],
    ['', 1],
  ] as const;
  for (const [role, n] of candidates) {
    const sentence = `${role ? `${name}, ${role},` : name} ${what(n)}.`;
    if (countWords(sentence) <= MAX_SUMMARY_WORDS) return sentence;
  }
  return clipWords(`${name} ${what(1)}.`);
}

const slaParam = (minutes: number | null): Explained => {
  if (minutes === null) return { code: 'SLA_SOON' };
  return minutes >= 120 && minutes % 60 === 0 ? { code: 'SLA_HOURS', params: { hours: minutes / 60 } } : { code: 'SLA_MINUTES', params: { minutes } };
};

/** The policy's standard next steps for the stage, as codes. */
export function nextStepCodesFor(outcome: ClassificationOutcome, matchedServices: string[]): Explained[] {
  const services: ExplainedParam = matchedServices.length ? matchedServices.join(', ') : { code: 'OUR_OFFERING' };
  const owner = outcome.recommendedOwner;
  const sla = slaParam(outcome.slaMinutes);
  switch (outcome.stage) {
    case 'SQL':
      return [{ code: 'STEP_SQL_CONTACT', params: { owner, sla } }, { code: 'STEP_SQL_CONFIRM', params: { services } }, { code: 'STEP_SQL_MEETING' }];
    case 'MQL':
      return [{ code: 'STEP_MQL_QUALIFY', params: { owner, sla } }, { code: 'STEP_MQL_SHARE', params: { services } }];
    case 'REVIEW':
      return [{ code: 'STEP_REVIEW_ASK', params: { owner } }, { code: 'STEP_REVIEW_COMPLETE' }];
    case 'NURTURE':
      return [{ code: 'STEP_NURTURE_ENROL', params: { services } }, { code: 'STEP_NURTURE_REQUALIFY' }];
    default: {
      const first = outcome.explanation[0]?.replace(/^DISQUALIFIED \(rule 1\): /, '') ?? '';
      return [{ code: 'STEP_DO_NOT_CONTACT', params: { reason: explainLine(first, LINE_GROUPS.disqualifier) } }];
    }
  }
}

// The next steps depend on few things (stage, owner, SLA, services, language, and a disqualified lead's first reason)
// that repeat lead after lead: each combination is rendered once. The first reason is in the key only where the steps
// read it (DISQUALIFIED): elsewhere it is a new string for most leads and hashing it cost more than the rendering saved.
// The key is a path of small maps (language, stage, owner, SLA, then each service, then the reason) rather than one
// string: its parts are kept strings whose hashes are known, where a joined key was a new long string to hash.
interface StepsNode {
  next: Map<unknown, StepsNode>;
  /** The steps of the path that ends here. */
  steps?: string[];
  /** DISQUALIFIED: the steps by first reason, for the path that ends here. */
  byReason?: Map<string, string[]>;
}
let STEPS: StepsNode = { next: new Map() };
let stepsKept = 0;
const STEPS_LIMIT = 10_000;

function stepsChild(node: StepsNode, key: unknown): StepsNode {
  let child = node.next.get(key);
  if (!child) node.next.set(key, (child = { next: new Map() }));
  return child;
}

/** The next steps as text in the lead's language. */
export function nextStepsFor(outcome: ClassificationOutcome, matchedServices: string[], language: LeadLanguage): string[] {
  let node = stepsChild(stepsChild(stepsChild(stepsChild(STEPS, language), outcome.stage), outcome.recommendedOwner), outcome.slaMinutes);
  // A service count first, so ["a"] and ["a", "b"] are different paths.
  node = stepsChild(node, matchedServices.length);
  for (const service of matchedServices) node = stepsChild(node, service);
  let steps: string[] | undefined;
  let byReason: Map<string, string[]> | undefined;
  let reason = '';
  if (outcome.stage === 'DISQUALIFIED') {
    reason = outcome.explanation[0] ?? '';
    byReason = node.byReason ??= new Map();
    steps = byReason.get(reason);
  } else steps = node.steps;
  if (!steps) {
    steps = nextStepCodesFor(outcome, matchedServices).map((step) => renderExplained(step, EXPLANATION_MESSAGES[language]));
    if (stepsKept >= STEPS_LIMIT) {
      STEPS = { next: new Map() };
      stepsKept = 0;
    }
    stepsKept++;
    if (byReason) byReason.set(reason, steps);
    else node.steps = steps;
  }
  return steps.slice();
}
