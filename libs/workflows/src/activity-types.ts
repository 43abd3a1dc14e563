// What the workflow asks of the outside world; implemented by libs/activities (createActivities(deps)).
import type { EscalationStep } from '@leadops/domain';
import type { EngagementKind, LeadOutcomeKind } from './messages';

export interface ClassifyLeadResult {
  stage: 'SQL' | 'MQL' | 'NURTURE' | 'DISQUALIFIED' | 'REVIEW';
  priority: 'P1' | 'P2' | 'P3' | 'P4';
  slaMinutes: number | null;
  classifier: 'llm' | 'rules';
}

/**
 * Stages that go to a rep (with an SLA): the domain's lifecycle rule, re-exported for the workflow and activities. From
 * the lifecycle entry point, not the barrel: the barrel would bundle all of libs/domain (phone metadata included, 2.9 MB)
 * into every workflow's sandbox.
 */
export { stageNeedsOwner } from '@leadops/domain/lifecycle';

export interface AssignOwnerResult {
  ownerId: string | null;
  /** When the first-response SLA falls due (ISO), null when the lead has no SLA or waits in the queue. */
  slaDueAt: string | null;
  queued: boolean;
}

export interface EscalationPlan {
  steps: EscalationStep[];
  /** Divides every configured duration (demos and tests); 1 in production. */
  timeScale: number;
}

export interface NurtureStepPlan {
  index: number;
  templateKey: string;
  /** Milliseconds to wait before this step, already in business days when the sequence says so. */
  waitMs: number;
}

export interface EnrichResult {
  /** An older open lead of the same person, when this submission is a duplicate. */
  duplicateOf: string | null;
  matchedOn: 'email' | 'phone' | 'company+name' | null;
  description: string | null;
}

/** A new lead's first steps in one local activity: enrich and dedupe, then (unless a duplicate) classify and, when the stage
 *  calls for an owner, assign one and arm the SLA. Each part is idempotent by key, exactly as when called one by one. */
export interface TriageResult {
  enriched: EnrichResult;
  classification: ClassifyLeadResult | null;
  assignment: AssignOwnerResult | null;
  /** When the lead was stored (ISO): the worker's time-to-priority metric counts from here. Absent in older histories. */
  leadCreatedAt?: string;
}

export type LeadEventName = 'lead.classified' | 'lead.assigned' | 'lead.sla_breached' | 'lead.contacted' | 'lead.closed' | 'lead.erased';

export interface WebhookDeliveryInput {
  subscriptionId: string;
  event: LeadEventName;
  leadId: string;
  occurredAt: string;
  /** Same for every attempt of this event to this subscriber: the receiver can drop repeats. */
  deliveryKey: string;
}

export interface WebhookActivities {
  /** Subscriptions that want each of these events (one cheap look-up, so leads without subscribers pay almost nothing). */
  webhookSubscribers(input: { events: LeadEventName[] }): Promise<Partial<Record<LeadEventName, string[]>>>;
  /** One signed POST; throws on a non-2xx answer so Temporal retries it with backoff. Every attempt is logged. */
  deliverWebhook(input: WebhookDeliveryInput): Promise<void>;
}

export interface LeadActivities {
  /** Normalises phone and company domain, and looks for an open lead of the same person. */
  enrichAndDedupe(input: { leadId: string }): Promise<EnrichResult>;
  triageNewLead(input: { leadId: string; attemptKey: string }): Promise<TriageResult>;
  mergeDuplicate(input: { leadId: string; into: string; matchedOn: string }): Promise<void>;
  classifyLead(input: { leadId: string; attemptKey: string }): Promise<ClassifyLeadResult>;
  /** Routes by sales ops' rules, or to `toUserId` for a manual reassignment; arms a fresh SLA. */
  assignOwner(input: { leadId: string; attemptKey: string; excludeUserIds?: string[]; toUserId?: string | null; cause?: string }): Promise<AssignOwnerResult>;
  notifyAssignment(input: { leadId: string; ownerId: string; key: string }): Promise<void>;
  sendClassificationResult(input: { leadId: string; key: string }): Promise<void>;
  recordFirstContact(input: { leadId: string; byUserId: string; at: string }): Promise<void>;
  loadEscalationPlan(input: { leadId: string }): Promise<EscalationPlan>;
  escalate(input: { leadId: string; level: number; step: EscalationStep; key: string }): Promise<AssignOwnerResult | null>;
  /** The remaining steps from `fromStep`, their waits counted from `since` (ISO; default now). */
  planNurture(input: { leadId: string; fromStep: number; since?: string | null }): Promise<NurtureStepPlan[]>;
  sendNurtureStep(input: { leadId: string; step: NurtureStepPlan; key: string }): Promise<void>;
  recordEngagement(input: { leadId: string; kind: EngagementKind; detail?: string; at: string; key: string }): Promise<ClassifyLeadResult | null>;
  closeLead(input: { leadId: string; outcome: LeadOutcomeKind; reason: string | null; byUserId: string | null; key: string }): Promise<void>;
  recordTimeline(input: { leadId: string; type: string; message: string; key: string; data?: Record<string, unknown> }): Promise<void>;
}

export interface RetentionInput {
  /** Leads closed longer ago than this are anonymised (RETENTION_CLOSED_LEAD_DAYS). */
  closedLeadDays: number;
}

export interface RetentionActivities {
  /** Anonymises one batch of leads closed more than `closedLeadDays` ago; answers how many (fewer than the batch: done). */
  anonymiseClosedLeads(input: { closedLeadDays: number; batchSize: number }): Promise<number>;
}

export interface RerouteActivities {
  /**
   * The rep's open leads nobody has contacted yet, and why they must move ("re-routed: María is inactive"); no leads
   * and no cause when the rep is active and not away longer than `minOutOfOfficeHours` (any more).
   */
  leadsToReroute(input: { repId: string; minOutOfOfficeHours: number }): Promise<{ cause: string | null; leadIds: string[] }>;
  /** Reps who own open leads and are inactive or away longer than `minOutOfOfficeHours` right now (the sweep's list). */
  repsToReroute(input: { minOutOfOfficeHours: number }): Promise<string[]>;
}
