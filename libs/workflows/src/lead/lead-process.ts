// One lead's process from arrival to outcome: its state, the messages people and systems send it, and the main loop.
// Deterministic: every I/O step is an activity.
import {
  ApplicationFailure, ParentClosePolicy, allHandlersFinished, condition, continueAsNew, getExternalWorkflowHandle, setHandler, startChild, workflowInfo,
} from '@temporalio/workflow';
import { lifecycle, type LeadLifecycle, type Transition } from '@leadops/domain/lifecycle';
import { stageNeedsOwner, type AssignOwnerResult, type ClassifyLeadResult, type LeadEventName } from '../activity-types';
import {
  closeLeadSignal, closeLeadUpdate, engagementSignal, leadStateQuery, leadWorkflowId, markContactedSignal, markContactedUpdate, reassignSignal,
  reassignUpdate, reclassifySignal, reclassifyUpdate,
  type CloseLeadSignal, type CloseRequest, type ContactRequest, type ContactedSignal, type EngagementSignal, type LeadOutcomeKind,
  type LeadUpdateRefusal, type LeadWorkflowState, type ReassignSignal,
} from '../messages';
import { webhookDeliveryWorkflow } from '../webhook-delivery.workflow';
import { watchFirstResponse } from './first-response';
import { leadActivities as activities, webhookSubscribers } from './lead-activities';
import { nurture } from './nurture';

export interface LeadWorkflowInput {
  leadId: string;
  /** State carried over by continue-as-new; absent on the first run. */
  carried?: LeadWorkflowState;
  /** Divides queue retry waits (demos and tests); SLA and nurture times are scaled by the activities. */
  timeScale?: number;
}

const refuse = (type: LeadUpdateRefusal, message: string) => ApplicationFailure.create({ type, message, nonRetryable: true });

export class LeadProcess {
  readonly state: LeadWorkflowState;
  readonly timeScale: number;

  /** The rep's first contact, once reported. */
  private firstContact: ContactedSignal | null;
  /** The outcome someone closed the lead with (or the classifier, for DISQUALIFIED), once asked. */
  private closing: CloseLeadSignal | null = null;
  /** The latest reassignment asked for and not yet made; a newer one replaces it. */
  private reassignment: ReassignSignal | null = null;
  private reclassificationAsked = false;
  private readonly engagements: EngagementSignal[] = [];
  /** Requests counted as they come and as they are carried out: an update answers once its own request is done. */
  private reassignmentsAsked = 0;
  private reassignmentsDone = 0;
  private reclassificationsAsked = 0;
  private reclassificationsDone = 0;
  /** Makes every activity key of this run unique and replay-stable. */
  private seq = 0;

  constructor(input: LeadWorkflowInput) {
    this.timeScale = input.timeScale ?? 1;
    this.state = input.carried ?? {
      leadId: input.leadId, step: 'CLASSIFYING', stage: null, priority: null, ownerId: null, slaDueAt: null,
      slaState: 'NONE', escalationLevel: 0, nurtureStep: null, outcome: null,
    };
    // A run continued-as-new after first contact starts out contacted.
    this.firstContact = this.state.step === 'WORKING' ? { byUserId: '', at: '' } : null;
  }

  get leadId(): string {
    return this.state.leadId;
  }

  key(what: string): string {
    return `${workflowInfo().workflowId}:${workflowInfo().runId}:${what}:${++this.seq}`;
  }

  /** Anything the main loop must act on before it goes on waiting. */
  needsAttention(): boolean {
    return this.firstContact !== null || this.closing !== null || this.reassignment !== null || this.reclassificationAsked || this.engagements.length > 0;
  }

  private get closed(): boolean {
    return this.state.step === 'CLOSED';
  }

  registerHandlers(): void {
    setHandler(leadStateQuery, () => this.state);

    setHandler(markContactedUpdate, async (request) => {
      this.reportFirstContact(request);
      await condition(() => this.state.step === 'WORKING' || this.closed);
      return this.state;
    }, { validator: (request) => this.validateContact(request) });
    setHandler(closeLeadUpdate, async (request) => {
      this.askToClose(request);
      await condition(() => this.closed);
      return this.state;
    }, { validator: (request) => this.validateClose(request) });
    setHandler(reassignUpdate, async (request) => {
      // To the rep who has it already: nothing to do (a bulk hand-over often includes leads the rep owns).
      if (request.toUserId && request.toUserId === this.state.ownerId) return this.state;
      const mine = this.askToReassign(request);
      await condition(() => this.reassignmentsDone >= mine || this.closed);
      return this.state;
    }, { validator: (request) => this.validateReassign(request) });
    setHandler(reclassifyUpdate, async () => {
      const mine = this.askToReclassify();
      await condition(() => this.reclassificationsDone >= mine || this.closed);
      return this.state;
    }, { validator: () => this.refuseWhenClosed() });

    setHandler(engagementSignal, (engagement) => {
      this.engagements.push(engagement);
    });
    setHandler(markContactedSignal, (contact) => this.reportFirstContact(contact));
    setHandler(closeLeadSignal, (close) => this.askToClose(close));
    setHandler(reassignSignal, (reassign) => void this.askToReassign(reassign));
    setHandler(reclassifySignal, () => void this.askToReclassify());
  }

  private reportFirstContact(contact: ContactedSignal): void {
    if (!this.firstContact && !this.closed) this.firstContact = { byUserId: contact.byUserId, at: contact.at };
  }

  private askToClose(close: CloseLeadSignal): void {
    if (!this.closing) this.closing = { outcome: close.outcome, reason: close.reason, byUserId: close.byUserId };
  }

  private askToReassign(reassign: ReassignSignal): number {
    this.reassignment = { toUserId: reassign.toUserId, byUserId: reassign.byUserId };
    // Only set when asked: a history from before re-routes carries the same object as then.
    if (reassign.cause !== undefined) this.reassignment.cause = reassign.cause;
    if (reassign.ifUncontactedOwnerIs !== undefined) this.reassignment.ifUncontactedOwnerIs = reassign.ifUncontactedOwnerIs;
    return ++this.reassignmentsAsked;
  }

  private askToReclassify(): number {
    this.reclassificationAsked = true;
    return ++this.reclassificationsAsked;
  }

  // Validators read the state only; a refusal leaves no trace in the history.

  /** The lead as the lifecycle rules see it: only whether it is closed matters to the checks below. */
  private lifecycleView(): LeadLifecycle {
    const s = this.state;
    const status = this.closed || this.closing ? 'CLOSED' : s.step === 'WORKING' ? 'CONTACTED' : s.ownerId ? 'ASSIGNED' : 'CLASSIFIED';
    return {
      status, slaState: s.slaState, outcome: s.outcome, stage: s.stage as LeadLifecycle['stage'], priority: s.priority as LeadLifecycle['priority'],
      ownerId: s.ownerId, escalationLevel: s.escalationLevel, nurtureStep: s.nurtureStep,
    };
  }

  private enforce(transition: Transition): void {
    if (!transition.ok) throw refuse(transition.refusal.code as LeadUpdateRefusal, transition.refusal.message);
  }

  private refuseWhenClosed(): void {
    if (this.closed || this.closing) throw refuse('LEAD_CLOSED', 'Lead is closed');
  }

  private refuseUnlessOwner(request: { ownerOnly?: boolean; byUserId: string | null }): void {
    if (request.ownerOnly && this.state.ownerId !== request.byUserId) throw refuse('NOT_OWNER', 'This lead is not yours (any more): it went to another rep');
  }

  private validateContact(request: ContactRequest): void {
    this.enforce(lifecycle.contact(this.lifecycleView()));
    this.refuseUnlessOwner(request);
  }

  private validateClose(request: CloseRequest): void {
    this.enforce(lifecycle.close(this.lifecycleView(), request.outcome, request.reason));
    this.refuseUnlessOwner(request);
  }

  private validateReassign(request: ReassignSignal): void {
    this.refuseWhenClosed();
    if (request.toUserId !== null && (typeof request.toUserId !== 'string' || request.toUserId === '')) throw refuse('BAD_VALUE', 'toUserId: a rep\'s id, or none for routing');
  }

  applyClassification(classification: ClassifyLeadResult): void {
    this.state.stage = classification.stage;
    this.state.priority = classification.priority;
  }

  applyAssignment(assignment: AssignOwnerResult): void {
    const { state } = this;
    state.ownerId = assignment.ownerId;
    state.slaDueAt = assignment.slaDueAt;
    state.slaState = assignment.slaDueAt ? 'RUNNING' : state.slaState === 'BREACHED' ? 'BREACHED' : 'NONE';
    state.step = assignment.queued ? 'QUEUED' : 'AWAITING_FIRST_CONTACT';
  }

  /** Routes the lead (or hands it to `toUserId`), then tells the new owner and the subscribers. */
  async assign(excludeUserIds: string[] = [], toUserId?: string | null, cause?: string): Promise<void> {
    this.state.step = 'ROUTING';
    this.applyAssignment(await activities.assignOwner({
      leadId: this.leadId, attemptKey: this.key('assign'), excludeUserIds, toUserId: toUserId ?? null, ...(cause ? { cause } : {}),
    }));
    await this.announceOwner();
  }

  /** The owner's e-mail and the webhook event, side by side: neither waits for the other. */
  async announceOwner(...alsoEmit: LeadEventName[]): Promise<void> {
    const events: LeadEventName[] = [...alsoEmit];
    const mails: Promise<void>[] = [];
    if (this.state.ownerId) {
      mails.push(activities.notifyAssignment({ leadId: this.leadId, ownerId: this.state.ownerId, key: this.key('notify-owner') }));
      events.push('lead.assigned');
    }
    await Promise.all([...mails, this.emit(...events)]);
  }

  /** Tells outgoing-webhook subscribers; each delivery is a child workflow that outlives this one if it must. */
  async emit(...events: LeadEventName[]): Promise<void> {
    if (events.length === 0) return;
    const subscribers = await webhookSubscribers({ events });
    for (const event of events) {
      const n = ++this.seq;
      for (const subscriptionId of subscribers[event] ?? []) {
        const deliveryKey = `${event}:${this.leadId}:${n}:${subscriptionId}`;
        await startChild(webhookDeliveryWorkflow, {
          workflowId: `webhook-${this.leadId}-${n}-${subscriptionId}`,
          args: [{ subscriptionId, event, leadId: this.leadId, occurredAt: new Date().toISOString(), deliveryKey }],
          parentClosePolicy: ParentClosePolicy.ABANDON,
        });
      }
    }
  }

  /** A resubmission is an engagement of the existing lead; false when that lead's workflow has just ended. */
  private async tellExistingLead(existingLeadId: string, description: string | null): Promise<boolean> {
    try {
      await getExternalWorkflowHandle(leadWorkflowId(existingLeadId)).signal(engagementSignal, {
        kind: 'FORM_RESUBMISSION', at: new Date().toISOString(), detail: description ?? undefined,
      });
      return true;
    } catch {
      return false;
    }
  }

  /** Engagement re-scores the lead through the same policy; returns true when the stage changed. */
  private async handleEngagements(): Promise<boolean> {
    let changed = false;
    while (this.engagements.length > 0) {
      const e = this.engagements.shift()!;
      const rescored = await activities.recordEngagement({ leadId: this.leadId, kind: e.kind, detail: e.detail, at: e.at, key: this.key('engagement') });
      if (rescored && rescored.stage !== this.state.stage) changed = true;
      if (rescored) this.applyClassification(rescored);
      if (e.kind === 'REPLY' || e.kind === 'UNSUBSCRIBE') this.state.nurtureStep = -1; // a reply or unsubscribe stops nurture for good
    }
    return changed;
  }

  /** Arrival: dedupe, classify and assign in one local activity, so priority and SLA are stored within milliseconds. */
  private async triage(): Promise<'merged' | 'triaged'> {
    this.state.step = 'CLASSIFYING';
    const triage = await activities.triageNewLead({ leadId: this.leadId, attemptKey: this.key('triage') });
    const { duplicateOf, description, matchedOn } = triage.enriched;
    if (duplicateOf && (await this.tellExistingLead(duplicateOf, description))) {
      await activities.mergeDuplicate({ leadId: this.leadId, into: duplicateOf, matchedOn: matchedOn ?? 'email' });
      this.state.step = 'CLOSED';
      return 'merged';
    }
    if (triage.classification) {
      this.applyClassification(triage.classification);
      if (triage.assignment) this.applyAssignment(triage.assignment);
      await Promise.all([this.announceOwner('lead.classified'), activities.sendClassificationResult({ leadId: this.leadId, key: this.key('classification-result') })]);
    } else {
      // A duplicate whose original closed a moment ago stands on its own: classify and route it like any new lead.
      this.applyClassification(await activities.classifyLead({ leadId: this.leadId, attemptKey: this.key('classify') }));
      await this.emit('lead.classified');
      if (stageNeedsOwner(this.state.stage)) await this.assign();
      await activities.sendClassificationResult({ leadId: this.leadId, key: this.key('classification-result') });
    }
    return 'triaged';
  }

  async run(): Promise<LeadOutcomeKind | null> {
    const { state } = this;
    if (state.stage === null && (await this.triage()) === 'merged') {
      await condition(allHandlersFinished);
      return null;
    }

    while (this.closing === null) {
      if (this.engagements.length > 0) {
        const stageChanged = await this.handleEngagements();
        if (stageChanged && state.stage === 'SQL' && !this.firstContact && state.ownerId === null) await this.assign();
        continue;
      }
      if (this.reclassificationAsked) {
        this.reclassificationAsked = false;
        const asked = this.reclassificationsAsked;
        this.applyClassification(await activities.classifyLead({ leadId: this.leadId, attemptKey: this.key('reclassify') }));
        if (!this.firstContact && state.ownerId === null && stageNeedsOwner(state.stage)) await this.assign();
        this.reclassificationsDone = asked;
        continue;
      }
      if (this.reassignment !== null) {
        const r: ReassignSignal = this.reassignment;
        const asked = this.reassignmentsAsked;
        this.reassignment = null;
        // A re-route of a rep's leads leaves a lead alone once contacted or handed to someone else: no activity, no trace.
        const stays = r.ifUncontactedOwnerIs !== undefined && (this.firstContact !== null || state.ownerId !== r.ifUncontactedOwnerIs);
        if (!stays) await this.assign(state.ownerId && !r.toUserId ? [state.ownerId] : [], r.toUserId, r.cause);
        this.reassignmentsDone = asked;
        continue;
      }
      if (this.firstContact !== null && state.step !== 'WORKING' && state.slaState !== 'MET') {
        const c: ContactedSignal = this.firstContact;
        await activities.recordFirstContact({ leadId: this.leadId, byUserId: c.byUserId, at: c.at });
        if (state.slaState === 'RUNNING') state.slaState = 'MET';
        state.step = 'WORKING';
        await this.emit('lead.contacted');
        continue;
      }
      // Every message received so far has been handled above: only now may the run hand over to a fresh one, or a
      // message that came in the same workflow task would be lost. Keeps histories short for leads that live for weeks.
      if (workflowInfo().continueAsNewSuggested && allHandlersFinished()) {
        await continueAsNew<(input: LeadWorkflowInput) => Promise<LeadOutcomeKind | null>>({ leadId: this.leadId, carried: state, timeScale: this.timeScale });
      }
      if (this.firstContact !== null) {
        state.step = 'WORKING';
        await condition(() => this.closing !== null || this.reassignment !== null || this.reclassificationAsked || this.engagements.length > 0 || workflowInfo().continueAsNewSuggested);
        continue;
      }
      if (state.stage === 'DISQUALIFIED') {
        this.closing = { outcome: 'DISQUALIFIED', reason: 'classified as DISQUALIFIED', byUserId: null };
        break;
      }
      if (state.stage === 'NURTURE') {
        await nurture(this);
        continue;
      }
      if (state.ownerId === null && state.step !== 'QUEUED') await this.assign();
      await watchFirstResponse(this);
    }

    const c: CloseLeadSignal = this.closing!;
    await activities.closeLead({ leadId: this.leadId, outcome: c.outcome, reason: c.reason, byUserId: c.byUserId, key: this.key('close') });
    state.outcome = c.outcome;
    state.step = 'CLOSED';
    await this.emit('lead.closed');
    // Callers of an update wait for their answer: the run ends once every handler has given it.
    await condition(allHandlersFinished);
    return c.outcome;
  }
}
