import { Inject, Injectable } from '@nestjs/common';
import type { LeadOpsConfig } from '@leadops/config';
import {
  explainPolicyLine, explainReason, explainSignal, lifecycle, notifyRecipientRefusal, validateLeadInput, type ClassificationResult, type Explained, type LeadInput, type LeadLifecycle,
  type Transition,
} from '@leadops/domain';
import { DEFAULT_PROFILE_ID, LeadEntity, LeadListRepository, LeadStore, UserStore, type LeadListCriteria } from '@leadops/persistence';
import { currentTraceCarrier, inSpan } from '@leadops/tracing';
import { closeLeadUpdate, leadStateQuery, markContactedUpdate, reassignUpdate, reclassifyUpdate, type LeadOutcomeKind } from '@leadops/workflows';
import type { AuthUser } from '../auth/auth.types';
import { CONFIG } from '../core/core.module';
import { LeadOpsError } from '../core/errors';
import { LeadWorkflowClient } from '../temporal/lead-workflow-client';
import { WorkflowStartOutbox } from '../temporal/workflow-start-outbox';
import { canSeeLead, leadVisibility } from './lead.access';
import type { LeadFilterInput } from './dto/lead-filter.input';
import { LeadSortField } from './dto/lead-filter.input';

const MAX_PAGE = 200;
/** A text search counts its matches up to here: an exact count of a broad term costs more than the page itself. */
export const SEARCH_COUNT_CAP = 1000;

export interface LeadPage {
  nodes: LeadEntity[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
  /** True when totalCount stopped at SEARCH_COUNT_CAP: there are at least that many matches. */
  totalCountCapped: boolean;
}

const encodeCursor = (value: string, id: string) => Buffer.from(JSON.stringify([value, id])).toString('base64url');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Exactly what toISOString() writes, so PostgreSQL reads the same instant JavaScript did.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A probability as a cursor value (or -1: unscored). */
const SCORE_VALUE = /^(P\d\|)?(-1|\d(\.\d+)?(e-\d+)?)$/;

function cursorFits(sort: LeadSortField | 'QUEUE_BY_SCORE', value: string): boolean {
  if (sort === 'QUEUE_BY_SCORE') return value.includes('|');
  if (sort === LeadSortField.CONVERSION_SCORE) return SCORE_VALUE.test(value) && !value.includes('|');
  return value === 'infinity' || ISO_INSTANT.test(value);
}

/** A cursor is only ever one this API made: a timestamp (or "infinity"), a score, and a lead id; anything else is bad input. */
function decodeCursor(cursor: string): [string, string] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string' &&
      (parsed[0] === 'infinity' || ISO_INSTANT.test(parsed[0]) || SCORE_VALUE.test(parsed[0])) && UUID.test(parsed[1])
    ) {
      return parsed as [string, string];
    }
  } catch {
    /* fall through */
  }
  throw new LeadOpsError('BAD_USER_INPUT', 'after: not a cursor returned by this API', 'after');
}

/** The lifecycle rules' view of a stored lead (the workflow keeps the nurture step; the row does not). */
function lifecycleOf(lead: LeadEntity): LeadLifecycle {
  return {
    status: lead.status, slaState: lead.slaState, outcome: lead.outcome, stage: lead.stage, priority: lead.priority, ownerId: lead.ownerId,
    escalationLevel: lead.escalationLevel, nurtureStep: null,
  };
}

/** A transition the lifecycle refuses is the caller's error: a closed lead is a conflict, anything else bad input. */
function allowed(transition: Transition): void {
  if (transition.ok) return;
  const { code, message, field } = transition.refusal;
  throw new LeadOpsError(code === 'LEAD_CLOSED' ? 'CONFLICT' : 'BAD_USER_INPUT', message, field);
}

@Injectable()
export class LeadService {
  constructor(
    private readonly store: LeadStore,
    private readonly list_: LeadListRepository,
    private readonly people: UserStore,
    private readonly workflows: LeadWorkflowClient,
    private readonly outbox: WorkflowStartOutbox,
    @Inject(CONFIG) private readonly config: LeadOpsConfig,
  ) {}

  /** Validates, stores the lead with its outbox row in one transaction, then starts its workflow. */
  create(raw: unknown, opts: { actor: AuthUser | null; source?: string; idempotencyKey?: string | null; profileId?: string }): Promise<{ lead: LeadEntity; created: boolean }> {
    // The lead's trace starts here (GraphQL, REST and signed webhooks alike); the workflow start joins it.
    return inSpan('leadops.createLead', { 'leadops.source': opts.source ?? 'api' }, async (span) => {
      const result = await this.createInSpan(raw, opts);
      span.setAttributes({ 'leadops.lead_id': result.lead.id, 'leadops.created': result.created });
      return result;
    });
  }

  private async createInSpan(raw: unknown, opts: { actor: AuthUser | null; source?: string; idempotencyKey?: string | null; profileId?: string }): Promise<{ lead: LeadEntity; created: boolean }> {
    const validated = validateLeadInput(raw);
    if (!validated.ok) throw LeadOpsError.badInput(validated.errors);
    const lead: LeadInput = { ...validated.lead, source: (opts.source ?? validated.lead.source ?? 'api') as LeadInput['source'] };
    if (lead.notifyEmail) {
      const refusal = notifyRecipientRefusal(lead.notifyEmail, { domains: this.config.notify.allowedDomains, isUser: await this.people.isActiveUserEmail(lead.notifyEmail) });
      if (refusal) throw LeadOpsError.badInput([{ field: 'notifyEmail', message: refusal }]);
    }
    const result = await this.store.createLead({
      lead, profileId: opts.profileId ?? DEFAULT_PROFILE_ID, idempotencyKey: opts.idempotencyKey ?? null, actorId: opts.actor?.id ?? null,
      traceContext: currentTraceCarrier(),
    });
    if (result.created) await this.outbox.startFromOutbox(result.lead.id);
    return result;
  }

  /** The lead if the caller may see it. Unknown and not-yours look the same, so nothing leaks. */
  async getVisible(user: AuthUser, id: string): Promise<LeadEntity> {
    const lead = UUID.test(id) ? await this.store.findLead(id) : null;
    if (!lead || !canSeeLead(user, lead)) {
      throw user.role === 'SALES_OPS' ? new LeadOpsError('NOT_FOUND', 'Lead not found') : new LeadOpsError('FORBIDDEN', 'Lead not found or not yours');
    }
    return lead;
  }

  async list(
    user: AuthUser, filter: LeadFilterInput = {}, sort: LeadSortField | 'QUEUE_BY_SCORE' = LeadSortField.CREATED_AT, first = 25, after?: string | null, withCount = true,
  ): Promise<LeadPage> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw new LeadOpsError('BAD_USER_INPUT', `first: must be between 1 and ${MAX_PAGE}`, 'first');
    if (filter.ownerId && !UUID.test(filter.ownerId)) throw new LeadOpsError('BAD_USER_INPUT', 'filter.ownerId: not an id', 'filter.ownerId');
    const term = filter.search?.trim().toLowerCase() ?? '';
    const searching = term !== '';
    if (searching && term.length > 200) throw new LeadOpsError('BAD_USER_INPUT', 'filter.search: at most 200 characters', 'filter.search');
    const minScore = filter.minConversionScore;
    if (minScore != null && !(Number.isFinite(minScore) && minScore >= 0 && minScore <= 1)) {
      throw new LeadOpsError('BAD_USER_INPUT', 'filter.minConversionScore: a probability from 0 to 1', 'filter.minConversionScore');
    }
    const criteria: LeadListCriteria = {
      visibility: leadVisibility(user),
      stages: filter.stages, priorities: filter.priorities, statuses: filter.statuses, slaStates: filter.slaStates,
      ownerId: filter.ownerId, unassigned: filter.unassigned, source: filter.source,
      createdFrom: filter.createdFrom, createdTo: filter.createdTo, openOnly: filter.openOnly, minConversionScore: minScore ?? null,
      searchPattern: searching ? `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null,
    };
    const cursor = after ? decodeCursor(after) : null;
    // A cursor of another sort (a time where a score is expected, or the other way round) is bad input, not a 500.
    if (cursor && !cursorFits(sort, cursor[0])) throw new LeadOpsError('BAD_USER_INPUT', 'after: not a cursor of this sort', 'after');
    const ids = await this.list_.pageIds(criteria, sort, first + 1, cursor && { value: cursor[0], id: cursor[1] });
    const nodes = await this.list_.leadsInOrder(ids.slice(0, first));
    const last = nodes[nodes.length - 1];
    const lastValue = !last ? null
      : sort === LeadSortField.SLA_DUE_AT ? (last.slaDueAt?.toISOString() ?? 'infinity')
      : sort === LeadSortField.CONVERSION_SCORE ? String(last.conversionProbability ?? -1)
      : sort === 'QUEUE_BY_SCORE' ? `${last.priority ?? 'P9'}|${last.conversionProbability ?? -1}`
      : last.createdAt.toISOString();
    // Counting a large filter costs more than the page itself: only when the caller asked for totalCount, and not when
    // the first page already holds every match.
    let totalCount = -1;
    if (withCount) totalCount = !after && ids.length <= first ? ids.length : await this.list_.count(criteria, searching ? SEARCH_COUNT_CAP : null);
    const totalCountCapped = searching && totalCount >= SEARCH_COUNT_CAP;
    return { nodes, endCursor: last && lastValue ? encodeCursor(lastValue, last.id) : null, hasNextPage: ids.length > first, totalCount, totalCountCapped };
  }

  async markContacted(user: AuthUser, id: string): Promise<LeadEntity> {
    const lead = await this.getVisible(user, id);
    allowed(lifecycle.contact(lifecycleOf(lead)));
    await this.workflows.update(id, markContactedUpdate, { byUserId: user.id, at: new Date().toISOString(), ownerOnly: user.role === 'REP' });
    return this.afterChange(user, lead);
  }

  async close(user: AuthUser, id: string, outcome: LeadOutcomeKind, reason: string | null): Promise<LeadEntity> {
    const lead = await this.getVisible(user, id);
    allowed(lifecycle.close(lifecycleOf(lead), outcome, reason));
    await this.workflows.update(id, closeLeadUpdate, { outcome, reason: reason?.trim() || null, byUserId: user.id, ownerOnly: user.role === 'REP' });
    return this.afterChange(user, lead);
  }

  async reassign(user: AuthUser, id: string, toUserId: string | null): Promise<LeadEntity> {
    const lead = await this.getVisible(user, id);
    if (toUserId) {
      if (!UUID.test(toUserId)) throw new LeadOpsError('BAD_USER_INPUT', 'toUserId: not an id', 'toUserId');
      const rep = await this.people.activeRep(toUserId);
      if (!rep) throw new LeadOpsError('BAD_USER_INPUT', 'toUserId: not an active rep', 'toUserId');
      if (user.role === 'MANAGER' && rep.teamId !== user.teamId) throw new LeadOpsError('FORBIDDEN', 'toUserId: rep is not in your team', 'toUserId');
    }
    await this.workflows.update(id, reassignUpdate, { toUserId, byUserId: user.id });
    return this.afterChange(user, lead);
  }

  async reclassify(user: AuthUser, id: string): Promise<LeadEntity> {
    const lead = await this.getVisible(user, id);
    await this.workflows.update(id, reclassifyUpdate);
    return this.afterChange(user, lead);
  }

  /**
   * The lead as it is now that the workflow has applied the change (its activities wrote the row before the update
   * answered). A rep who just handed the lead on may no longer see it: they get it as it was before.
   */
  private async afterChange(user: AuthUser, before: LeadEntity): Promise<LeadEntity> {
    return (await this.getVisible(user, before.id).catch(() => null)) ?? before;
  }

  async addNote(user: AuthUser, id: string, text: string): Promise<LeadEntity> {
    const lead = await this.getVisible(user, id);
    const note = text.trim();
    if (!note) throw new LeadOpsError('BAD_USER_INPUT', 'text: a note cannot be empty', 'text');
    if (note.length > 5000) throw new LeadOpsError('BAD_USER_INPUT', 'text: at most 5000 characters', 'text');
    await this.store.addEvent(id, { type: 'NOTE', message: note, actorId: user.id });
    return lead;
  }

  async classification(leadId: string) {
    const c = await this.store.latestClassification(leadId);
    return c && withCodes(c);
  }

  async timeline(leadId: string) {
    const events: Array<{ data?: { code?: string; params?: Record<string, unknown> } | null }> = await this.store.timeline(leadId);
    return events.map((e) => ({ ...e, code: e.data?.code ?? null, params: e.data?.code ? e.data.params ?? {} : null }));
  }

  workflowState(id: string) {
    return this.workflows.query(id, leadStateQuery);
  }

  temporalUrl(id: string) {
    return this.workflows.temporalUrl(id);
  }
}

/**
 * A classification with its lines as codes: stored ones, or read from the English text of a result stored before codes
 * (lines no template describes come as TEXT, shown as written; old next steps, in the lead's language, are TEXT).
 */
export function withCodes<C extends ClassificationResult>(c: C): C {
  const same = (codes: Explained[] | undefined, lines: string[]) => !!codes && codes.length === lines.length;
  // A result stored by an older release may lack a section: it is explained as far as it goes.
  const reasons = c.fit?.reasons ?? [];
  const signals = c.urgency?.signals ?? [];
  const nextSteps = c.nextSteps ?? [];
  const explanation = c.explanation ?? [];
  return {
    ...c,
    ...(c.fit && { fit: { ...c.fit, reasonCodes: same(c.fit.reasonCodes, reasons) ? c.fit.reasonCodes : reasons.map(explainReason) } }),
    ...(c.urgency && { urgency: { ...c.urgency, signalCodes: same(c.urgency.signalCodes, signals) ? c.urgency.signalCodes : signals.map(explainSignal) } }),
    nextStepCodes: same(c.nextStepCodes, nextSteps) ? c.nextStepCodes : nextSteps.map((text): Explained => ({ code: 'TEXT', params: { text } })),
    explanationCodes: same(c.explanationCodes, explanation) ? c.explanationCodes : explanation.map(explainPolicyLine),
  };
}
