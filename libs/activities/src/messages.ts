// Texts of the e-mails the pipeline sends: to reps and managers in their own language (users.language), the scoring to
// the lead's notify address in the lead's language (issue 14). Reasons and next steps come as codes and are rendered
// with the domain's catalogue; the lead's own words stay as they wrote them.
import {
  EXPLANATION_MESSAGES, explanationLanguage, explainReason, explainSignal, renderExplained, type ClassificationResult, type Explained,
  type ExplanationLanguage,
} from '@leadops/domain';
import type { LeadEntity } from '@leadops/persistence';

export function leadLink(consoleUrl: string, leadId: string): string {
  return `${consoleUrl.replace(/\/$/, '')}/#/leads/${leadId}/show`;
}

const TEXTS = {
  en: {
    newLead: 'New lead', hello: 'Hello', assigned: 'A lead was assigned to you:', due: 'First response due:',
    breachOwnerSubject: (name: string) => `SLA breached: ${name} is waiting for your first contact`,
    breachManagerSubject: (name: string, owner: string) => `SLA breach in your team: ${name} (${owner})`,
    owner: 'Owner', dueShort: 'Due',
    classifiedSubject: 'Lead classified', stage: 'Stage', priority: 'Priority', contact: 'Contact', decisionPower: 'decision power', email: 'email',
    fit: 'Fit', urgency: 'Urgency', opportunity: 'Opportunity', dealSize: 'deal size', complexity: 'complexity', dataQuality: 'Data quality', missing: 'missing',
    recommendedOwner: 'Recommended owner', summary: 'Summary', needs: 'Detected needs', services: 'Matched services', nextSteps: 'Next steps', classifier: 'Classifier', policy: 'policy', profile: 'profile',
  },
  es: {
    newLead: 'Nuevo lead', hello: 'Hola', assigned: 'Se te asignó un lead:', due: 'Responder antes de:',
    breachOwnerSubject: (name: string) => `SLA incumplido: ${name} espera tu primer contacto`,
    breachManagerSubject: (name: string, owner: string) => `SLA incumplido en tu equipo: ${name} (${owner})`,
    owner: 'Responsable', dueShort: 'Vencía',
    classifiedSubject: 'Lead clasificado', stage: 'Etapa', priority: 'Prioridad', contact: 'Contacto', decisionPower: 'poder de decisión', email: 'correo',
    fit: 'Ajuste', urgency: 'Urgencia', opportunity: 'Oportunidad', dealSize: 'tamaño del negocio', complexity: 'complejidad', dataQuality: 'Calidad de datos', missing: 'faltan',
    recommendedOwner: 'Responsable recomendado', summary: 'Resumen', needs: 'Necesidades detectadas', services: 'Servicios que coinciden', nextSteps: 'Próximos pasos', classifier: 'Clasificador', policy: 'política', profile: 'perfil',
  },
  pt: {
    newLead: 'Novo lead', hello: 'Olá', assigned: 'Um lead foi atribuído a você:', due: 'Responder até:',
    breachOwnerSubject: (name: string) => `SLA violado: ${name} aguarda seu primeiro contato`,
    breachManagerSubject: (name: string, owner: string) => `SLA violado na sua equipe: ${name} (${owner})`,
    owner: 'Responsável', dueShort: 'Prazo',
    classifiedSubject: 'Lead classificado', stage: 'Etapa', priority: 'Prioridade', contact: 'Contato', decisionPower: 'poder de decisão', email: 'e-mail',
    fit: 'Fit', urgency: 'Urgência', opportunity: 'Oportunidade', dealSize: 'tamanho do negócio', complexity: 'complexidade', dataQuality: 'Qualidade dos dados', missing: 'faltam',
    recommendedOwner: 'Responsável recomendado', summary: 'Resumo', needs: 'Necessidades detectadas', services: 'Serviços correspondentes', nextSteps: 'Próximos passos', classifier: 'Classificador', policy: 'política', profile: 'perfil',
  },
} as const;

/** To the rep the lead was given to, in the rep's language (en, es, pt-BR). */
export function assignmentEmail(lead: LeadEntity, ownerName: string, consoleUrl: string, language?: string | null) {
  const t = TEXTS[explanationLanguage(language)];
  const due = lead.slaDueAt ? `\n${t.due} ${lead.slaDueAt.toISOString()}` : '';
  return {
    subject: `[${lead.priority ?? '-'} ${lead.stage ?? ''}] ${t.newLead}: ${lead.fullName}${lead.companyName ? ` — ${lead.companyName}` : ''}`,
    text: `${t.hello} ${ownerName},\n\n${t.assigned}\n\n${lead.fullName} <${lead.email}>\n${lead.jobPosition ?? ''} ${lead.companyName ?? ''}\n${lead.description ?? ''}${due}\n\n${leadLink(consoleUrl, lead.id)}\n`,
  };
}

/** Lines as codes: the stored ones, or read from the English text of a result stored before codes. */
function codes(stored: Explained[] | undefined, lines: string[], read: (line: string) => Explained): Explained[] {
  return stored && stored.length === lines.length ? stored : lines.map(read);
}

/** The scoring, to the lead's notify address, in the lead's language. */
export function classificationResultEmail(lead: LeadEntity, c: ClassificationResult, consoleUrl: string, language: ExplanationLanguage = explanationLanguage(c.language ?? 'es')) {
  const t = TEXTS[language];
  const say = (lines: Explained[]) => lines.map((line) => renderExplained(line, EXPLANATION_MESSAGES[language]));
  const reasons = say(codes(c.fit.reasonCodes, c.fit.reasons, explainReason));
  const signals = say(codes(c.urgency.signalCodes, c.urgency.signals, explainSignal));
  const steps = c.nextStepCodes?.length ? say(c.nextStepCodes) : c.nextSteps;
  const lines = [
    `Lead: ${lead.fullName} <${lead.email}> ${lead.companyName ?? ''}`,
    `${t.stage}: ${c.stage}   ${t.priority}: ${c.priority}   SLA: ${c.slaMinutes === null ? '—' : `${c.slaMinutes} min`}`,
    `${t.contact}: ${c.contactProfile.seniorityLevel} / ${c.contactProfile.roleType} / ${t.decisionPower} ${c.contactProfile.decisionPower} / ${t.email} ${c.contactProfile.emailType}`,
    `${t.fit}: ${c.fit.grade} (${c.fit.score}) — ${reasons.join('; ')}`,
    `${t.urgency}: ${c.urgency.level} (${c.urgency.score}) — ${signals.join('; ')}`,
    `${t.opportunity}: ${t.dealSize} ${c.opportunity.dealSize}, ${t.complexity} ${c.opportunity.complexity}`,
    `${t.dataQuality}: ${c.dataQuality.label} (${c.dataQuality.score})${c.dataQuality.missing.length ? ` — ${t.missing} ${c.dataQuality.missing.join(', ')}` : ''}`,
    `${t.recommendedOwner}: ${c.recommendedOwner}`,
    `${t.summary}: ${c.summary}`,
    c.detectedNeeds.length ? `${t.needs}: ${c.detectedNeeds.join('; ')}` : '',
    c.matchedServices.length ? `${t.services}: ${c.matchedServices.join('; ')}` : '',
    steps.length ? `${t.nextSteps}:\n- ${steps.join('\n- ')}` : '',
    `${t.classifier}: ${c.classifier}, ${t.policy} ${c.policyVersion}, ${t.profile} v${c.profileVersion ?? '-'}`,
    '',
    leadLink(consoleUrl, lead.id),
  ];
  return { subject: `${t.classifiedSubject} ${c.stage} ${c.priority}: ${lead.fullName}`, text: lines.filter((l) => l !== '').join('\n') + '\n' };
}

/** To the owner (a reminder) or a manager (a breach in the team), in the recipient's language. */
export function breachEmail(lead: LeadEntity, audience: 'owner' | 'manager', ownerName: string, consoleUrl: string, language?: string | null) {
  const t = TEXTS[explanationLanguage(language)];
  const subject = audience === 'owner' ? t.breachOwnerSubject(lead.fullName) : t.breachManagerSubject(lead.fullName, ownerName);
  return {
    subject,
    text: `${lead.priority ?? ''} ${lead.stage ?? ''} — ${lead.fullName} ${lead.companyName ?? ''}\n${t.owner}: ${ownerName}\n${t.dueShort}: ${lead.slaDueAt?.toISOString() ?? '-'}\n\n${leadLink(consoleUrl, lead.id)}\n`,
  };
}

export function renderTemplate(text: string, vars: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? '');
}
