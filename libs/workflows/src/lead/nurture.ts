// The nurture sequence of a lead not ready for sales: one e-mail per step, until a reply, an unsubscribe or the end.
import { condition } from '@temporalio/workflow';
import { leadActivities as activities } from './lead-activities';
import type { LeadProcess } from './lead-process';

/** Sends the remaining steps on their schedule; returns when something needs the process's attention. */
export async function nurture(lead: LeadProcess): Promise<void> {
  const { state } = lead;
  const needsAttention = () => lead.needsAttention();
  state.step = 'NURTURING';
  if (state.nurtureStep === -1) {
    await condition(needsAttention);
    return;
  }
  // Waits count from the start or the last step sent, so a click or a reply-less signal does not push the next e-mail back.
  state.nurtureSince ??= new Date().toISOString();
  const steps = await activities.planNurture({ leadId: state.leadId, fromStep: state.nurtureStep ?? 0, since: state.nurtureSince });
  let due = Date.parse(state.nurtureSince);
  for (const step of steps) {
    due += step.waitMs;
    if (await condition(needsAttention, Math.max(due - Date.now(), 1))) return;
    await activities.sendNurtureStep({ leadId: state.leadId, step, key: lead.key(`nurture-${step.index}`) });
    state.nurtureStep = step.index + 1;
    state.nurtureSince = new Date().toISOString();
    due = Date.now();
  }
  await condition(needsAttention);
}
