// Texts of the e-mails the pipeline sends (owner, manager, lead's notify address), in English and Spanish.
import type { ClassificationResult } from '@leadops/domain';
import type { LeadEntity } from '@leadops/persistence';

export function leadLink(consoleUrl: string, leadId: string): string {
  return `${consoleUrl.replace(/\/$/, '')}/#/leads/${leadId}/show`;
}

export function assignmentEmail(lead: LeadEntity, ownerName: string, consoleUrl: string) {
  const due = lead.slaDueAt ? `\nFirst response due / Responder antes de: ${lead.slaDueAt.toISOString()}` : '';
  return {
    subject: `[${lead.priority ?? '-'} ${lead.stage ?? ''}] New lead: ${lead.fullName}${lead.companyName ? ` — ${lead.companyName}` : ''}`,
    text: `Hola ${ownerName},\n\nSe te asignó un lead / A lead was assigned to you:\n\n${lead.fullName} <${lead.email}>\n${lead.jobPosition ?? ''} ${lead.companyName ?? ''}\n${lead.description ?? ''}${due}\n\n${leadLink(consoleUrl, lead.id)}\n`,
  };
}

export function classificationResultEmail(lead: LeadEntity, c: ClassificationResult, consoleUrl: string) {
  const lines = [
    `Lead: ${lead.fullName} <${lead.email}> ${lead.companyName ?? ''}`,
    `Stage: ${c.stage}   Priority: ${c.priority}   SLA: ${c.slaMinutes === null ? '—' : `${c.slaMinutes} min`}`,
    `Contact: ${c.contactProfile.seniorityLevel} / ${c.contactProfile.roleType} / decision power ${c.contactProfile.decisionPower} / email ${c.contactProfile.emailType}`,
    `Fit: ${c.fit.grade} (${c.fit.score}) — ${c.fit.reasons.join('; ')}`,
    `Urgency: ${c.urgency.level} (${c.urgency.score}) — ${c.urgency.signals.join('; ')}`,
    `Opportunity: deal size ${c.opportunity.dealSize}, complexity ${c.opportunity.complexity}`,
    `Data quality: ${c.dataQuality.label} (${c.dataQuality.score})${c.dataQuality.missing.length ? ` — missing ${c.dataQuality.missing.join(', ')}` : ''}`,
    `Recommended owner: ${c.recommendedOwner}`,
    `Summary: ${c.summary}`,
    c.matchedServices.length ? `Matched services: ${c.matchedServices.join('; ')}` : '',
    c.nextSteps.length ? `Next steps:\n- ${c.nextSteps.join('\n- ')}` : '',
    `Classifier: ${c.classifier}, policy ${c.policyVersion}, profile v${c.profileVersion ?? '-'}`,
    '',
    leadLink(consoleUrl, lead.id),
  ];
  return { subject: `Lead classified ${c.stage} ${c.priority}: ${lead.fullName}`, text: lines.filter((l) => l !== '').join('\n') + '\n' };
}

export function breachEmail(lead: LeadEntity, audience: 'owner' | 'manager', ownerName: string, consoleUrl: string) {
  const subject =
    audience === 'owner'
      ? `SLA breached: ${lead.fullName} is waiting for your first contact`
      : `SLA breach in your team: ${lead.fullName} (${ownerName})`;
  return {
    subject,
    text: `${lead.priority ?? ''} ${lead.stage ?? ''} — ${lead.fullName} ${lead.companyName ?? ''}\nOwner: ${ownerName}\nDue: ${lead.slaDueAt?.toISOString() ?? '-'}\n\n${leadLink(consoleUrl, lead.id)}\n`,
  };
}

export function renderTemplate(text: string, vars: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? '');
}
