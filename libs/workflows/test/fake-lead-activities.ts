// In-memory stand-ins for the lead workflow's activities: each lead follows a script the test writes (what triage
// finds, who routing picks, what the model says), and every call is recorded for the test to read.
import type {
  AssignOwnerResult, ClassifyLeadResult, EscalationPlan, LeadActivities, LeadEventName, NurtureStepPlan, TriageResult, WebhookActivities,
} from '../src/activity-types';

export interface LeadScript {
  classification: ClassifyLeadResult;
  /** Reps routing hands out in turn (null: nobody available, the lead is queued). */
  owners?: Array<string | null>;
  /** SLA minutes from the moment of assignment; null for none. */
  slaMinutes?: number | null;
  duplicateOf?: string | null;
  /** What a re-classification answers (the same classification when absent). */
  reclassification?: ClassifyLeadResult;
  /** What re-scoring answers for each engagement kind (null: no change). */
  rescoreTo?: Partial<Record<string, ClassifyLeadResult>>;
  escalation?: EscalationPlan;
  nurture?: NurtureStepPlan[];
  /** Who the REASSIGN escalation step hands the lead to. */
  escalateTo?: string;
}

export interface ActivityCall {
  name: string;
  leadId: string;
  input: Record<string, unknown>;
  at: number;
}

export const SQL_P1: ClassifyLeadResult = { stage: 'SQL', priority: 'P1', slaMinutes: 15, classifier: 'rules' };
export const MQL_P3: ClassifyLeadResult = { stage: 'MQL', priority: 'P3', slaMinutes: 24 * 60, classifier: 'rules' };
export const NURTURE_P4: ClassifyLeadResult = { stage: 'NURTURE', priority: 'P4', slaMinutes: null, classifier: 'rules' };
export const DISQUALIFIED_P4: ClassifyLeadResult = { stage: 'DISQUALIFIED', priority: 'P4', slaMinutes: null, classifier: 'rules' };

/**
 * The fakes. `now` is the workflow clock (the time-skipping server's): SLA due times are computed from it, as the real
 * activities compute them from the database's clock.
 */
export function fakeLeadActivities(now: () => Promise<number>) {
  const scripts = new Map<string, LeadScript>();
  const calls: ActivityCall[] = [];
  const routed = new Map<string, number>();
  /** Each lead's latest classification: its SLA minutes arm the clock when routing hands it out. */
  const current = new Map<string, ClassifyLeadResult>();
  const classified = (leadId: string, classification: ClassifyLeadResult) => {
    current.set(leadId, classification);
    return classification;
  };
  const subscribers = new Map<LeadEventName, string[]>();
  const record = async (name: string, leadId: string, input: object) => {
    calls.push({ name, leadId, input: input as Record<string, unknown>, at: await now() });
  };
  const scriptOf = (leadId: string) => {
    const script = scripts.get(leadId);
    if (!script) throw new Error(`no script for lead ${leadId}`);
    return script;
  };
  const assignment = async (leadId: string, ownerId: string | null, slaMinutes: number | null | undefined): Promise<AssignOwnerResult> => ({
    ownerId,
    slaDueAt: ownerId && slaMinutes ? new Date((await now()) + slaMinutes * 60_000).toISOString() : null,
    queued: ownerId === null,
  });
  const slaMinutesOf = (leadId: string) => scriptOf(leadId).slaMinutes ?? (current.get(leadId) ?? scriptOf(leadId).classification).slaMinutes;
  const route = async (leadId: string, toUserId?: string | null): Promise<AssignOwnerResult> => {
    const script = scriptOf(leadId);
    if (toUserId) return assignment(leadId, toUserId, slaMinutesOf(leadId));
    const turn = routed.get(leadId) ?? 0;
    routed.set(leadId, turn + 1);
    const owners = script.owners ?? [];
    const ownerId = owners.length ? (owners[Math.min(turn, owners.length - 1)] ?? null) : null;
    return assignment(leadId, ownerId, slaMinutesOf(leadId));
  };

  const lead: LeadActivities = {
    async enrichAndDedupe({ leadId }) {
      await record('enrichAndDedupe', leadId, {});
      return { duplicateOf: scriptOf(leadId).duplicateOf ?? null, matchedOn: scriptOf(leadId).duplicateOf ? 'email' : null, description: null };
    },
    async triageNewLead(input): Promise<TriageResult> {
      await record('triageNewLead', input.leadId, input);
      const script = scriptOf(input.leadId);
      const enriched = { duplicateOf: script.duplicateOf ?? null, matchedOn: script.duplicateOf ? ('email' as const) : null, description: 'resubmitted' };
      if (script.duplicateOf) return { enriched, classification: null, assignment: null };
      classified(input.leadId, script.classification);
      const needsOwner = ['SQL', 'MQL', 'REVIEW'].includes(script.classification.stage);
      return { enriched, classification: script.classification, assignment: needsOwner ? await route(input.leadId) : null };
    },
    async mergeDuplicate(input) {
      await record('mergeDuplicate', input.leadId, input);
    },
    async classifyLead(input) {
      await record('classifyLead', input.leadId, input);
      const script = scriptOf(input.leadId);
      return classified(input.leadId, input.attemptKey.includes(':reclassify:') ? (script.reclassification ?? script.classification) : script.classification);
    },
    async assignOwner(input) {
      await record('assignOwner', input.leadId, input);
      return route(input.leadId, input.toUserId);
    },
    async notifyAssignment(input) {
      await record('notifyAssignment', input.leadId, input);
    },
    async sendClassificationResult(input) {
      await record('sendClassificationResult', input.leadId, input);
    },
    async recordFirstContact(input) {
      await record('recordFirstContact', input.leadId, input);
    },
    async loadEscalationPlan(input) {
      await record('loadEscalationPlan', input.leadId, input);
      return scriptOf(input.leadId).escalation ?? { steps: [], timeScale: 1 };
    },
    async escalate(input) {
      await record(`escalate:${input.step.action}`, input.leadId, input);
      if (input.step.action !== 'REASSIGN') return null;
      const script = scriptOf(input.leadId);
      return script.escalateTo ? assignment(input.leadId, script.escalateTo, slaMinutesOf(input.leadId)) : null;
    },
    async planNurture(input) {
      await record('planNurture', input.leadId, input);
      return (scriptOf(input.leadId).nurture ?? []).filter((step) => step.index >= input.fromStep);
    },
    async sendNurtureStep(input) {
      await record('sendNurtureStep', input.leadId, input);
    },
    async recordEngagement(input) {
      await record(`recordEngagement:${input.kind}`, input.leadId, input);
      const rescored = scriptOf(input.leadId).rescoreTo?.[input.kind];
      return rescored ? classified(input.leadId, rescored) : null;
    },
    async closeLead(input) {
      await record('closeLead', input.leadId, input);
    },
    async recordTimeline(input) {
      await record('recordTimeline', input.leadId, input);
    },
  };

  const webhooks: WebhookActivities = {
    async webhookSubscribers({ events }) {
      return Object.fromEntries(events.map((event) => [event, subscribers.get(event) ?? []]));
    },
    async deliverWebhook(input) {
      await record(`deliverWebhook:${input.event}`, input.leadId, input);
    },
  };

  return {
    activities: { ...lead, ...webhooks },
    script: (leadId: string, script: LeadScript) => scripts.set(leadId, script),
    subscribe: (event: LeadEventName, subscriptionId: string) => subscribers.set(event, [...(subscribers.get(event) ?? []), subscriptionId]),
    /** The calls made for one lead, by activity name (escalations as `escalate:<ACTION>`, engagements as `recordEngagement:<KIND>`). */
    callsOf: (leadId: string, name?: string) => calls.filter((c) => c.leadId === leadId && (!name || c.name === name)),
  };
}
