import type { Priority, Stage } from '../classification/types';
import { stageNeedsOwner, STATUSES_THAT_START_NURTURE, type LeadOutcome, type LeadStatus, type SlaState } from './values';

/** What the lifecycle rules read and change of a lead. */
export interface LeadLifecycle {
  status: LeadStatus;
  slaState: SlaState;
  outcome: LeadOutcome | null;
  stage: Stage | null;
  priority: Priority | null;
  ownerId: string | null;
  escalationLevel: number;
  /** The nurture step sent last (0-based); null before nurture. */
  nurtureStep: number | null;
}

export type RefusalCode = 'LEAD_CLOSED' | 'REASON_REQUIRED' | 'STAGE_HAS_NO_OWNER' | 'SLA_NOT_RUNNING' | 'STEP_ALREADY_SENT' | 'BAD_VALUE';

/** Why a transition did not happen, in words the sales team reads; `field` names the input at fault, if one is. */
export interface Refusal {
  code: RefusalCode;
  message: string;
  field?: string;
}

/** The lead after the transition, or why it was refused (the lead is then unchanged). */
export type Transition = { ok: true; lead: LeadLifecycle } | { ok: false; refusal: Refusal };

const done = (lead: LeadLifecycle): Transition => ({ ok: true, lead });
const refuse = (code: RefusalCode, message: string, field?: string): Transition => ({ ok: false, refusal: field ? { code, message, field } : { code, message } });
const closed = (lead: LeadLifecycle, message = 'Lead is closed'): Transition | null => (lead.status === 'CLOSED' ? refuse('LEAD_CLOSED', message) : null);

/** A lead as it arrives: new, unclassified, nobody's, no clock. */
export function arrive(): LeadLifecycle {
  return { status: 'NEW', slaState: 'NONE', outcome: null, stage: null, priority: null, ownerId: null, escalationLevel: 0, nurtureStep: null };
}

/** A (re)classification sets stage and priority; a new lead becomes CLASSIFIED, a later status stays. */
export function classify(lead: LeadLifecycle, result: { stage: Stage; priority: Priority }): Transition {
  return closed(lead) ?? done({ ...lead, stage: result.stage, priority: result.priority, status: lead.status === 'NEW' ? 'CLASSIFIED' : lead.status });
}

/**
 * Gives the lead to a rep. With a due time the first-response clock (re)starts; a contacted lead stays CONTACTED
 * (a reassignment after the first contact does not undo it). Only a stage that goes to a rep gets an owner.
 */
export function assign(lead: LeadLifecycle, to: { ownerId: string; slaDueAt: Date | string | null }): Transition {
  const refused = closed(lead);
  if (refused) return refused;
  if (!to.ownerId) return refuse('BAD_VALUE', 'ownerId: a rep is required', 'ownerId');
  if (!stageNeedsOwner(lead.stage)) return refuse('STAGE_HAS_NO_OWNER', `A ${lead.stage ?? 'unclassified'} lead does not go to a rep`);
  return done({
    ...lead,
    ownerId: to.ownerId,
    slaState: to.slaDueAt ? 'RUNNING' : lead.slaState,
    status: lead.status === 'CONTACTED' ? 'CONTACTED' : 'ASSIGNED',
  });
}

/** No rep is available: the lead waits, ownerless, in the fallback queue that managers dispatch. */
export function queue(lead: LeadLifecycle): Transition {
  return closed(lead) ?? done({ ...lead, status: 'QUEUED', ownerId: null });
}

/** The first-response clock ran out. Only a running clock can: a met, stopped or already breached one is refused. */
export function breach(lead: LeadLifecycle): Transition {
  if (lead.slaState !== 'RUNNING') return refuse('SLA_NOT_RUNNING', `The SLA is ${lead.slaState.toLowerCase()}, not running`);
  return done({ ...lead, slaState: 'BREACHED' });
}

/** An escalation step was taken; the level only goes up (a retried step does not lower it). */
export function escalate(lead: LeadLifecycle, level: number): Transition {
  const refused = closed(lead);
  if (refused) return refused;
  if (!Number.isInteger(level) || level < 1) return refuse('BAD_VALUE', 'level: a whole number from 1', 'level');
  return done({ ...lead, escalationLevel: Math.max(lead.escalationLevel, level) });
}

/** The rep's first contact: a running clock is met (a breached one stays breached), the lead is CONTACTED. */
export function contact(lead: LeadLifecycle): Transition {
  return closed(lead) ?? done({ ...lead, status: 'CONTACTED', slaState: lead.slaState === 'RUNNING' ? 'MET' : lead.slaState });
}

/**
 * A nurture e-mail went out (`step`, 0-based). The first step moves a lead that never went to a rep to NURTURING;
 * a lead already with a rep keeps its status. Steps only go forward.
 */
export function nurtureStep(lead: LeadLifecycle, step: number): Transition {
  const refused = closed(lead);
  if (refused) return refused;
  if (!Number.isInteger(step) || step < 0) return refuse('BAD_VALUE', 'step: a whole number from 0', 'step');
  if (lead.nurtureStep !== null && step <= lead.nurtureStep) return refuse('STEP_ALREADY_SENT', `Nurture step ${step} was sent already`, 'step');
  const status = STATUSES_THAT_START_NURTURE.includes(lead.status) ? 'NURTURING' : lead.status;
  return done({ ...lead, status, nurtureStep: step });
}

/** Engagement re-scored the lead: new stage and priority, the status as it was (routing decides what follows). */
export function rescore(lead: LeadLifecycle, result: { stage: Stage; priority: Priority }): Transition {
  return closed(lead) ?? done({ ...lead, stage: result.stage, priority: result.priority });
}

/** Closes the lead with its outcome; a running clock stops (NONE), a met or breached one is kept for the record. */
export function close(lead: LeadLifecycle, outcome: LeadOutcome, reason: string | null): Transition {
  const refused = closed(lead, 'Lead is already closed');
  if (refused) return refused;
  if (outcome === 'LOST' && !reason?.trim()) return refuse('REASON_REQUIRED', 'reason: say why the lead was lost', 'reason');
  if (reason && reason.length > 1000) return refuse('BAD_VALUE', 'reason: at most 1000 characters', 'reason');
  return done({ ...lead, status: 'CLOSED', outcome, slaState: lead.slaState === 'RUNNING' ? 'NONE' : lead.slaState });
}
