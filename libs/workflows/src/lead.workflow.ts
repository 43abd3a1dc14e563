// One workflow per lead, from arrival to outcome. Deterministic: every I/O step is an activity.
import {
  ParentClosePolicy, condition, continueAsNew, getExternalWorkflowHandle, proxyLocalActivities, setHandler, startChild, workflowInfo,
} from '@temporalio/workflow';
import { stageNeedsOwner, type AssignOwnerResult, type ClassifyLeadResult, type EscalationPlan, type LeadActivities, type LeadEventName, type WebhookActivities } from './activity-types';
import { webhookDeliveryWorkflow } from './webhook-delivery.workflow';
import {
  closeLeadSignal,
  engagementSignal,
  leadStateQuery,
  markContactedSignal,
  reassignSignal,
  reclassifySignal,
  type CloseLeadSignal,
  type ContactedSignal,
  type EngagementSignal,
  type LeadOutcomeKind,
  type LeadWorkflowState,
  type ReassignSignal,
  leadWorkflowId,
} from './messages';

const RETRY = { initialInterval: '200 ms', backoffCoefficient: 2, maximumInterval: '30 seconds' } as const;

// Every lead activity is a few SQL statements or one e-mail, so all run as local activities: a lead's arrival (dedupe,
// classify, assign, owner e-mail, classification e-mail) is one workflow task and one server round trip instead of one
// per step, which is what lets a single Temporal server carry dozens of leads a second. Each is idempotent by key, as a
// crash re-runs whatever had no marker yet. The model's deadline is capped at 10 s, so 15 s covers classification too;
// longer outages (SMTP down) back off on workflow timers, as Temporal does for local activities past a minute.
const acts = proxyLocalActivities<LeadActivities>({
  startToCloseTimeout: '15 seconds',
  retry: RETRY,
});

const { webhookSubscribers } = proxyLocalActivities<WebhookActivities>({ startToCloseTimeout: '5 seconds' });

/** How long a queued lead waits before routing is tried again (scaled like every other duration). */
const QUEUE_RETRY_MS = 5 * 60_000;

export interface LeadWorkflowInput {
  leadId: string;
  /** State carried over by continue-as-new; absent on the first run. */
  carried?: LeadWorkflowState;
  /** Divides queue retry waits (demos and tests); SLA and nurture times are scaled by the activities. */
  timeScale?: number;
}

export async function leadWorkflow(input: LeadWorkflowInput): Promise<LeadOutcomeKind | null> {
  const { leadId } = input;
  const timeScale = input.timeScale ?? 1;
  const state: LeadWorkflowState = input.carried ?? {
    leadId, step: 'CLASSIFYING', stage: null, priority: null, ownerId: null, slaDueAt: null,
    slaState: 'NONE', escalationLevel: 0, nurtureStep: null, outcome: null,
  };
  // A run continued-as-new after first contact starts out contacted.
  let contacted: ContactedSignal | null = state.step === 'WORKING' ? { byUserId: '', at: '' } : null;
  let closing: CloseLeadSignal | null = null;
  let reassignRequest: ReassignSignal | null = null;
  let reclassifyRequested = false;
  const engagements: EngagementSignal[] = [];
  let seq = 0; // makes every activity key of this run unique and replay-stable
  const key = (what: string) => `${workflowInfo().workflowId}:${workflowInfo().runId}:${what}:${++seq}`;

  setHandler(leadStateQuery, () => state);
  setHandler(markContactedSignal, (s) => {
    if (!contacted && state.step !== 'CLOSED') contacted = s;
  });
  setHandler(closeLeadSignal, (s) => {
    if (!closing) closing = s;
  });
  setHandler(engagementSignal, (s) => {
    engagements.push(s);
  });
  setHandler(reassignSignal, (s) => {
    reassignRequest = s;
  });
  setHandler(reclassifySignal, () => {
    reclassifyRequested = true;
  });

  const interrupted = () => contacted !== null || closing !== null || reassignRequest !== null || reclassifyRequested || engagements.length > 0;

  const applyClassification = (c: ClassifyLeadResult) => {
    state.stage = c.stage;
    state.priority = c.priority;
  };
  const applyAssignment = (a: AssignOwnerResult) => {
    state.ownerId = a.ownerId;
    state.slaDueAt = a.slaDueAt;
    state.slaState = a.slaDueAt ? 'RUNNING' : state.slaState === 'BREACHED' ? 'BREACHED' : 'NONE';
    state.step = a.queued ? 'QUEUED' : 'AWAITING_FIRST_CONTACT';
  };

  async function assign(excludeUserIds: string[] = [], toUserId?: string | null): Promise<void> {
    state.step = 'ROUTING';
    applyAssignment(await acts.assignOwner({ leadId, attemptKey: key('assign'), excludeUserIds, toUserId: toUserId ?? null }));
    await announceOwner();
  }

  /** The owner's e-mail and the webhook event, side by side: neither waits for the other. */
  async function announceOwner(...alsoEmit: LeadEventName[]): Promise<void> {
    const events: LeadEventName[] = [...alsoEmit];
    const mails: Promise<void>[] = [];
    if (state.ownerId) {
      mails.push(acts.notifyAssignment({ leadId, ownerId: state.ownerId, key: key('notify-owner') }));
      events.push('lead.assigned');
    }
    await Promise.all([...mails, emit(...events)]);
  }

  /** Tells outgoing-webhook subscribers; each delivery is a child workflow that outlives this one if it must. */
  async function emit(...events: LeadEventName[]): Promise<void> {
    if (events.length === 0) return;
    const subscribers = await webhookSubscribers({ events });
    for (const event of events) {
      const n = ++seq;
      for (const subscriptionId of subscribers[event] ?? []) {
        const deliveryKey = `${event}:${leadId}:${n}:${subscriptionId}`;
        await startChild(webhookDeliveryWorkflow, {
          workflowId: `webhook-${leadId}-${n}-${subscriptionId}`,
          args: [{ subscriptionId, event, leadId, occurredAt: new Date().toISOString(), deliveryKey }],
          parentClosePolicy: ParentClosePolicy.ABANDON,
        });
      }
    }
  }

  /** A resubmission is an engagement of the existing lead; false when that lead's workflow has just ended. */
  async function tellExistingLead(existingLeadId: string, description: string | null): Promise<boolean> {
    try {
      await getExternalWorkflowHandle(leadWorkflowId(existingLeadId)).signal(engagementSignal, {
        kind: 'FORM_RESUBMISSION', at: new Date().toISOString(), detail: description ?? undefined,
      });
      return true;
    } catch {
      return false;
    }
  }

  /** Engagement signals re-score the lead through the same policy; returns true when the stage changed. */
  async function handleEngagements(): Promise<boolean> {
    let changed = false;
    while (engagements.length > 0) {
      const e = engagements.shift()!;
      const rescored = await acts.recordEngagement({ leadId, kind: e.kind, detail: e.detail, at: e.at, key: key('engagement') });
      if (rescored && rescored.stage !== state.stage) changed = true;
      if (rescored) applyClassification(rescored);
      if (e.kind === 'REPLY' || e.kind === 'UNSUBSCRIBE') state.nurtureStep = -1; // a reply or unsubscribe stops nurture for good
    }
    return changed;
  }

  /** Waits for first contact with the SLA armed; on breach runs the escalation chain step by step. */
  async function watchFirstResponse(): Promise<void> {
    if (state.ownerId === null) {
      // Fallback queue: try routing again from time to time until someone is available.
      while (state.ownerId === null && !interrupted()) {
        if (await condition(interrupted, QUEUE_RETRY_MS / timeScale)) return;
        await assign();
      }
      return;
    }
    if (!state.slaDueAt) {
      await condition(interrupted);
      return;
    }
    let plan: EscalationPlan | null = null; // read at the breach, so a chain changed meanwhile applies
    // Picks the chain up where it was: an engagement or any other signal must not restart it (nor re-send reminders).
    let nextStep = state.escalationLevel;
    while (!interrupted()) {
      if (state.slaState === 'RUNNING') {
        const dueIn = Date.parse(state.slaDueAt!) - Date.now();
        if (await condition(interrupted, Math.max(dueIn, 1))) return;
        state.slaState = 'BREACHED';
        state.escalatedAt = new Date().toISOString();
        await acts.escalate({ leadId, level: state.escalationLevel, step: { action: 'MARK_BREACHED', afterMinutes: 0 }, key: key('breach') });
        await emit('lead.sla_breached');
      }
      plan ??= await acts.loadEscalationPlan({ leadId });
      if (nextStep >= plan.steps.length) {
        await condition(interrupted);
        return;
      }
      state.step = 'ESCALATING';
      const step = plan.steps[nextStep]!;
      const since = state.escalatedAt ? Date.parse(state.escalatedAt) : Date.now();
      const waitMs = since + (step.afterMinutes * 60_000) / plan.timeScale - Date.now();
      if (waitMs > 0 && (await condition(interrupted, waitMs))) return;
      nextStep++;
      state.escalationLevel = nextStep;
      state.escalatedAt = new Date().toISOString();
      const reassigned = await acts.escalate({ leadId, level: nextStep, step, key: key(`escalate-${step.action}`) });
      if (reassigned && reassigned.ownerId) {
        applyAssignment(reassigned); // a fresh SLA for the new owner: wait on it before the next step
        await announceOwner();
      }
    }
  }

  async function nurture(): Promise<void> {
    state.step = 'NURTURING';
    if (state.nurtureStep === -1) {
      await condition(interrupted);
      return;
    }
    // Waits count from the start or the last step sent, so a click or a reply-less signal does not push the next e-mail back.
    state.nurtureSince ??= new Date().toISOString();
    const steps = await acts.planNurture({ leadId, fromStep: state.nurtureStep ?? 0, since: state.nurtureSince });
    let due = Date.parse(state.nurtureSince);
    for (const step of steps) {
      due += step.waitMs;
      if (await condition(interrupted, Math.max(due - Date.now(), 1))) return;
      await acts.sendNurtureStep({ leadId, step, key: key(`nurture-${step.index}`) });
      state.nurtureStep = step.index + 1;
      state.nurtureSince = new Date().toISOString();
      due = Date.now();
    }
    await condition(interrupted);
  }

  if (state.stage === null) {
    // Arrival: dedupe, classify and assign in one local activity, so priority and SLA are stored within milliseconds.
    state.step = 'CLASSIFYING';
    const triage = await acts.triageNewLead({ leadId, attemptKey: key('triage') });
    const { duplicateOf, description, matchedOn } = triage.enriched;
    if (duplicateOf && (await tellExistingLead(duplicateOf, description))) {
      await acts.mergeDuplicate({ leadId, into: duplicateOf, matchedOn: matchedOn ?? 'email' });
      state.step = 'CLOSED';
      return null;
    }
    if (triage.classification) {
      applyClassification(triage.classification);
      if (triage.assignment) applyAssignment(triage.assignment);
      await Promise.all([announceOwner('lead.classified'), acts.sendClassificationResult({ leadId, key: key('classification-result') })]);
    } else {
      // A duplicate whose original closed a moment ago stands on its own: classify and route it like any new lead.
      applyClassification(await acts.classifyLead({ leadId, attemptKey: key('classify') }));
      await emit('lead.classified');
      if (stageNeedsOwner(state.stage)) await assign();
      await acts.sendClassificationResult({ leadId, key: key('classification-result') });
    }
  }

  while (closing === null) {
    if (engagements.length > 0) {
      const stageChanged = await handleEngagements();
      if (stageChanged && state.stage === 'SQL' && !contacted && state.ownerId === null) await assign();
      continue;
    }
    if (reclassifyRequested) {
      reclassifyRequested = false;
      applyClassification(await acts.classifyLead({ leadId, attemptKey: key('reclassify') }));
      if (!contacted && state.ownerId === null && stageNeedsOwner(state.stage)) await assign();
      continue;
    }
    if (reassignRequest !== null) {
      const r: ReassignSignal = reassignRequest;
      reassignRequest = null;
      await assign(state.ownerId && !r.toUserId ? [state.ownerId] : [], r.toUserId);
      continue;
    }
    if (contacted !== null && state.step !== 'WORKING' && state.slaState !== 'MET') {
      const c: ContactedSignal = contacted;
      await acts.recordFirstContact({ leadId, byUserId: c.byUserId, at: c.at });
      if (state.slaState === 'RUNNING') state.slaState = 'MET';
      state.step = 'WORKING';
      await emit('lead.contacted');
      continue;
    }
    // Every signal received so far has been handled above: only now may the run hand over to a fresh one, or a signal
    // that came in the same workflow task would be lost. Keeps histories short for leads that live for weeks.
    if (workflowInfo().continueAsNewSuggested) {
      await continueAsNew<typeof leadWorkflow>({ leadId, carried: state, timeScale });
    }
    if (contacted !== null) {
      state.step = 'WORKING';
      await condition(() => closing !== null || reassignRequest !== null || reclassifyRequested || engagements.length > 0 || workflowInfo().continueAsNewSuggested);
      continue;
    }
    if (state.stage === 'DISQUALIFIED') {
      closing = { outcome: 'DISQUALIFIED', reason: 'classified as DISQUALIFIED', byUserId: null };
      break;
    }
    if (state.stage === 'NURTURE') {
      await nurture();
      continue;
    }
    if (state.ownerId === null && state.step !== 'QUEUED') await assign();
    await watchFirstResponse();
  }

  const c: CloseLeadSignal = closing!;
  await acts.closeLead({ leadId, outcome: c.outcome, reason: c.reason, byUserId: c.byUserId, key: key('close') });
  state.outcome = c.outcome;
  state.step = 'CLOSED';
  await emit('lead.closed');
  return c.outcome;
}
