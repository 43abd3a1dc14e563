// The first-response clock of an owned lead, and the escalation chain when it runs out.
import { condition } from '@temporalio/workflow';
import type { EscalationPlan } from '../activity-types';
import { leadActivities as activities } from './lead-activities';
import type { LeadProcess } from './lead-process';

/** How long a queued lead waits before routing is tried again (scaled like every other duration). */
const QUEUE_RETRY_MS = 5 * 60_000;

/**
 * Waits for the rep's first contact with the SLA armed; on breach runs the escalation chain step by step. Returns as
 * soon as anything needs the process's attention (a contact, a close, a reassignment, an engagement...).
 */
export async function watchFirstResponse(lead: LeadProcess): Promise<void> {
  const { state } = lead;
  const needsAttention = () => lead.needsAttention();
  if (state.ownerId === null) {
    // Fallback queue: try routing again from time to time until someone is available.
    while (state.ownerId === null && !needsAttention()) {
      if (await condition(needsAttention, QUEUE_RETRY_MS / lead.timeScale)) return;
      await lead.assign();
    }
    return;
  }
  if (!state.slaDueAt) {
    await condition(needsAttention);
    return;
  }
  let plan: EscalationPlan | null = null; // read at the breach, so a chain changed meanwhile applies
  // Picks the chain up where it was: an engagement or any other message must not restart it (nor re-send reminders).
  let nextStep = state.escalationLevel;
  while (!needsAttention()) {
    if (state.slaState === 'RUNNING') {
      const dueIn = Date.parse(state.slaDueAt!) - Date.now();
      if (await condition(needsAttention, Math.max(dueIn, 1))) return;
      state.slaState = 'BREACHED';
      state.escalatedAt = new Date().toISOString();
      await activities.escalate({ leadId: state.leadId, level: state.escalationLevel, step: { action: 'MARK_BREACHED', afterMinutes: 0 }, key: lead.key('breach') });
      await lead.emit('lead.sla_breached');
    }
    plan ??= await activities.loadEscalationPlan({ leadId: state.leadId });
    if (nextStep >= plan.steps.length) {
      await condition(needsAttention);
      return;
    }
    state.step = 'ESCALATING';
    const step = plan.steps[nextStep]!;
    const since = state.escalatedAt ? Date.parse(state.escalatedAt) : Date.now();
    const waitMs = since + (step.afterMinutes * 60_000) / plan.timeScale - Date.now();
    if (waitMs > 0 && (await condition(needsAttention, waitMs))) return;
    nextStep++;
    state.escalationLevel = nextStep;
    state.escalatedAt = new Date().toISOString();
    const reassigned = await activities.escalate({ leadId: state.leadId, level: nextStep, step, key: lead.key(`escalate-${step.action}`) });
    if (reassigned && reassigned.ownerId) {
      lead.applyAssignment(reassigned); // a fresh SLA for the new owner: wait on it before the next step
      await lead.announceOwner();
    }
  }
}
