// Signals, queries and updates of the lead workflow: defined once here, used by the workflow and by the API.
import { defineQuery, defineSignal } from '@temporalio/workflow';
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
}

export const markContactedSignal = defineSignal<[ContactedSignal]>('markContacted');
export const closeLeadSignal = defineSignal<[CloseLeadSignal]>('closeLead');
export const engagementSignal = defineSignal<[EngagementSignal]>('engagement');
export const reassignSignal = defineSignal<[ReassignSignal]>('reassign');
export const reclassifySignal = defineSignal<[]>('reclassify');
export const leadStateQuery = defineQuery<LeadWorkflowState>('leadState');

export const LEAD_WORKFLOW_TYPE = 'leadWorkflow';
export const leadWorkflowId = (leadId: string) => `lead-${leadId}`;
