// One workflow per lead, from arrival to outcome: the process itself is LeadProcess (lead/lead-process.ts), with the
// first-response watch and escalation (lead/first-response.ts) and nurture (lead/nurture.ts) in files of their own.
import { LeadProcess, type LeadWorkflowInput } from './lead/lead-process';
import type { LeadOutcomeKind } from './messages';

export type { LeadWorkflowInput } from './lead/lead-process';

export async function leadWorkflow(input: LeadWorkflowInput): Promise<LeadOutcomeKind | null> {
  const lead = new LeadProcess(input);
  lead.registerHandlers();
  return lead.run();
}
