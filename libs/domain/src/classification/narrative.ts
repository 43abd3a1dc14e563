// What a rep reads first: a one-line summary, the needs in the lead's own words, and the next steps,
// in the lead's language (es, en or pt).
import type { LeadLanguage } from '../enrichment/language';
import type { ClassificationOutcome } from '../policy/decide-outcome';
import type { LeadText } from './lead-text';
import type { NeedMatch } from './needs';
import type { LeadInput } from './types';

const MAX_SENTENCE = 180;
const MAX_NEEDS = 3;

const WORDS = {
  es: { at: 'en', noNeed: 'sin descripción de la necesidad', offer: 'nuestra oferta', minutes: 'minutos', soon: 'en cuanto se pueda' },
  en: { at: 'at', noNeed: 'no need described', offer: 'our offering', minutes: 'minutes', soon: 'as soon as possible' },
  pt: { at: 'na', noNeed: 'sem descrição da necessidade', offer: 'nossa oferta', minutes: 'minutos', soon: 'assim que possível' },
} as const;

/** The SLA as a rep says it: "5 minutos", "24 h". */
function slaText(o: ClassificationOutcome, language: LeadLanguage): string {
  const m = o.slaMinutes;
  if (m === null) return WORDS[language].soon;
  return m >= 120 && m % 60 === 0 ? `${m / 60} h` : `${m} ${WORDS[language].minutes}`;
}

type StepWriter = (o: ClassificationOutcome, services: string, firstReason: string, sla: string) => string[];

const NEXT_STEPS: Record<LeadLanguage, Record<ClassificationOutcome['stage'], StepWriter>> = {
  es: {
    SQL: (o, s, _r, sla) => [`${o.recommendedOwner}: contactar en menos de ${sla}`, `Confirmar alcance, presupuesto y fecha para: ${s}`, 'Agendar una reunión con quien decide la compra'],
    MQL: (o, s, _r, sla) => [`${o.recommendedOwner}: calificar en menos de ${sla} quién decide la compra y con qué presupuesto`, `Compartir casos y material sobre: ${s}`],
    REVIEW: (o) => [`${o.recommendedOwner}: pedir al lead que describa su necesidad`, 'Completar los datos faltantes antes de pasarlo a ventas'],
    NURTURE: (_o, s) => [`Inscribir en la secuencia de nurturing sobre: ${s}`, 'Volver a calificar cuando muestre un plan o una fecha'],
    DISQUALIFIED: (_o, _s, r) => [`No contactar: ${r}`],
  },
  en: {
    SQL: (o, s, _r, sla) => [`${o.recommendedOwner}: reach out within ${sla}`, `Confirm scope, budget and timing for: ${s}`, 'Book a meeting with the buying decision maker'],
    MQL: (o, s, _r, sla) => [`${o.recommendedOwner}: qualify within ${sla} who decides and with what budget`, `Share case studies and material on: ${s}`],
    REVIEW: (o) => [`${o.recommendedOwner}: ask the lead to describe the need`, 'Complete the missing data before handing it to sales'],
    NURTURE: (_o, s) => [`Enrol in the nurture sequence on: ${s}`, 'Re-qualify when a plan or a date appears'],
    DISQUALIFIED: (_o, _s, r) => [`Do not contact: ${r}`],
  },
  pt: {
    SQL: (o, s, _r, sla) => [`${o.recommendedOwner}: contatar em menos de ${sla}`, `Confirmar escopo, orçamento e prazo para: ${s}`, 'Agendar reunião com quem decide a compra'],
    MQL: (o, s, _r, sla) => [`${o.recommendedOwner}: qualificar em menos de ${sla} quem decide e com qual orçamento`, `Compartilhar casos e material sobre: ${s}`],
    REVIEW: (o) => [`${o.recommendedOwner}: pedir ao lead que descreva a necessidade`, 'Completar os dados que faltam antes de passar para vendas'],
    NURTURE: (_o, s) => [`Inscrever na sequência de nutrição sobre: ${s}`, 'Requalificar quando houver um plano ou uma data'],
    DISQUALIFIED: (_o, _s, r) => [`Não contatar: ${r}`],
  },
};

function clip(sentence: string): string {
  let s = sentence.trim();
  if (/\s\s|[\n\t]/.test(s)) s = s.replace(/\s+/g, ' ');
  return s.length > MAX_SENTENCE ? `${s.slice(0, MAX_SENTENCE - 1).trimEnd()}…` : s;
}

/** "Priya Raman, CISO at Hudson Trust Bank: We detected a ransomware attempt last night." */
export function summarize(lead: LeadInput, text: LeadText, language: LeadLanguage): string {
  const w = WORDS[language];
  const role = [lead.jobPosition?.trim(), lead.companyName?.trim()].filter(Boolean).join(` ${w.at} `);
  const who = role ? `${lead.fullName}, ${role}` : lead.fullName;
  const first = text.sentences[0]?.text;
  return `${who}: ${first && !text.contentFree ? clip(first) : w.noNeed}`;
}

/** The lead's sentences that ask for one of the services, in their order. */
export function detectNeeds(text: LeadText, needs: NeedMatch): string[] {
  const picked = new Set<number>();
  for (const at of needs.positions) {
    const word = text.wordIndex[at];
    let k = 0;
    while (k + 1 < text.sentences.length && text.sentences[k + 1].fromWord <= word) k++;
    picked.add(k);
  }
  return [...picked]
    .sort((a, b) => a - b)
    .slice(0, MAX_NEEDS)
    .map((k) => clip(text.sentences[k].text));
}

export function nextStepsFor(outcome: ClassificationOutcome, matchedServices: string[], language: LeadLanguage): string[] {
  const services = matchedServices.length ? matchedServices.join(', ') : WORDS[language].offer;
  const firstReason = outcome.explanation[0]?.replace(/^DISQUALIFIED \(rule 1\): /, '') ?? '';
  return NEXT_STEPS[language][outcome.stage](outcome, services, firstReason, slaText(outcome, language));
}
