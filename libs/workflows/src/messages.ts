// Signals, queries and updates of the lead workflow: defined once here, used by the workflow and by the API.
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { LeadOutcome, SlaState } from '@leadops/domain/lifecycle';

/** How a closed lead ended: the domain's lifecycle value. */
export type LeadOutcomeKind = LeadOutcome;
export type EngagementKind = 'REPLY' | 'CLICK' | 'FORM_RESUBMISSION' | 'MEETING_BOOKED' | 'UNSUBSCRIBE';

export type LeadStep = 'CLASSIFYING' | 'ROUTING' | 'QUEUED' | 'AWAITING_FIRST_CONTACT' | 'ESCALATING' | 'WORKING' | 'NURTURING' | 'CLOSED';

export interface LeadWorkflowState {
  leadId: string;
  step: LeadStep;
  stage: string | null;
  priority: string | null;
  ownerId: string | null;
  slaDueAt: string | null;
  slaState: SlaState;
  escalationLevel: number;
  /** When the last escalation step (or the breach) happened: the next step's wait counts from here (ISO). */
  escalatedAt?: string | null;
  nurtureStep: number | null;
  /** When nurture started or last sent a step: the next step's wait counts from here, not from the last signal (ISO). */
  nurtureSince?: string | null;
  outcome: LeadOutcomeKind | null;
}

export interface ContactedSignal {
  byUserId: string;
  at: string;
}
export interface CloseLeadSignal {
  outcome: LeadOutcomeKind;
  reason: string | null;
  byUserId: string | null;
}
export interface EngagementSignal {
  kind: EngagementKind;
  at: string;
  detail?: string;
}
export interface ReassignSignal {
  toUserId: string | null;
  byUserId: string;
  /** Why routing runs again, said on the lead's timeline and kept with the routing decision ("re-routed: María is inactive"). */
  cause?: string;
  /**
   * A re-route of a rep's leads (deactivated, away): applies only while this rep still owns the lead and nobody has
   * contacted it yet. A contacted lead stays with the rep; one handed on meanwhile stays where it went.
   */
  ifUncontactedOwnerIs?: string;
}

/** Re-routes a rep's open, uncontacted leads, each through its own lead workflow (reassignSignal), when the rep is
 *  deactivated or away longer than REROUTE_OUT_OF_OFFICE_HOURS. The rep's state is read again when it runs. */
export interface RerouteRepLeadsInput {
  repId: string;
  /** Who changed the rep (sales ops), for the record; REROUTE_SWEEP_ACTOR when the sweep found them. */
  byUserId: string;
  minOutOfOfficeHours: number;
}

export const REROUTE_REP_LEADS_WORKFLOW_TYPE = 'rerouteRepLeadsWorkflow';

/**
 * The periodic sweep (a Temporal Schedule kept by the worker): re-routes the leads of every rep who is inactive or away
 * now, whether or not a change started it. It catches an absence entered days ahead once it begins, and a change the
 * API stored but could not follow with a re-route (Temporal down, or the API killed in between).
 */
export interface RerouteSweepInput {
  minOutOfOfficeHours: number;
}
export const REROUTE_SWEEP_WORKFLOW_TYPE = 'rerouteSweepWorkflow';
/** The sweep's own user id on the re-route signals: nobody asked, the schedule did. */
export const REROUTE_SWEEP_ACTOR = '';
/** One re-route per rep at a time: a second change while it runs finds the same leads, so it joins the running one. */
export const rerouteRepLeadsWorkflowId = (repId: string) => `reroute-rep-${repId}`;

/** A rep's or ops' action on the lead, sent as an update: `ownerOnly` when a rep acts, refused unless they own it now. */
export interface ContactRequest extends ContactedSignal {
  ownerOnly?: boolean;
}
export interface CloseRequest extends CloseLeadSignal {
  ownerOnly?: boolean;
}

/**
 * Why the workflow refused an update: the ApplicationFailure's type. The lifecycle's refusal codes, plus NOT_OWNER (a
 * rep acting on a lead that went to someone else meanwhile).
 */
export type LeadUpdateRefusal = 'LEAD_CLOSED' | 'REASON_REQUIRED' | 'BAD_VALUE' | 'NOT_OWNER';

// The people's actions are updates: the caller waits until the workflow has applied them (the database row is written
// by then) and gets the lead's state after the change, or a refusal, instead of a signal it cannot see the end of.
export const markContactedUpdate = defineUpdate<LeadWorkflowState, [ContactRequest]>('markContacted');
export const closeLeadUpdate = defineUpdate<LeadWorkflowState, [CloseRequest]>('closeLead');
export const reassignUpdate = defineUpdate<LeadWorkflowState, [ReassignSignal]>('reassign');
export const reclassifyUpdate = defineUpdate<LeadWorkflowState, []>('reclassify');

// Engagement (replies, clicks, resubmissions, unsubscribes) stays a signal: nobody waits on it. The four action signals
// remain for workflows and callers from before the updates; the API sends updates.
export const markContactedSignal = defineSignal<[ContactedSignal]>('markContacted');
export const closeLeadSignal = defineSignal<[CloseLeadSignal]>('closeLead');
export const engagementSignal = defineSignal<[EngagementSignal]>('engagement');
export const reassignSignal = defineSignal<[ReassignSignal]>('reassign');
export const reclassifySignal = defineSignal<[]>('reclassify');
export const leadStateQuery = defineQuery<LeadWorkflowState>('leadState');

export const LEAD_WORKFLOW_TYPE = 'leadWorkflow';
export const leadWorkflowId = (leadId: string) => `lead-${leadId}`;
