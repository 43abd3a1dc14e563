import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notifyRecipientRefusal, validateLeadInput, type LeadInput } from '@leadops/domain';
import { DEFAULT_PROFILE_ID, isActiveUserEmail, LeadEntity, LeadStore } from '@leadops/persistence';
import { closeLeadSignal, leadStateQuery, markContactedSignal, reassignSignal, reclassifySignal, type LeadOutcomeKind } from '@leadops/workflows';
import type { AuthUser } from '../auth/auth.types';
import { LeadOpsError } from '../core/errors';
import { CONFIG } from '../core/core.module';
import type { LeadOpsConfig } from '@leadops/config';
import { LeadWorkflows } from '../temporal/temporal.module';
import { canSeeLead, visibleLeadsCondition } from './lead.access';
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

/** A cursor is only ever one this API made: a timestamp (or "infinity") and a lead id; anything else is bad input. */
function decodeCursor(cursor: string): [string, string] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string' &&
      (parsed[0] === 'infinity' || ISO_INSTANT.test(parsed[0])) && UUID.test(parsed[1])
    ) {
      return parsed as [string, string];
    }
  } catch {
    /* fall through */
  }
  throw new LeadOpsError('BAD_USER_INPUT', 'after: not a cursor returned by this API', 'after');
}

@Injectable()
export class LeadService {
  readonly store: LeadStore;

  constructor(
    @Inject(DataSource) readonly db: DataSource,
    private readonly workflows: LeadWorkflows,
    @Inject(CONFIG) private readonly config: LeadOpsConfig,
  ) {
    this.store = new LeadStore(db);
  }

  /** Validates, stores the lead with its outbox row in one transaction, then starts its workflow. */
  async create(raw: unknown, opts: { actor: AuthUser | null; source?: string; idempotencyKey?: string | null; profileId?: string }): Promise<{ lead: LeadEntity; created: boolean }> {
    const validated = validateLeadInput(raw);
    if (!validated.ok) throw LeadOpsError.badInput(validated.errors);
    const lead: LeadInput = { ...validated.lead, source: (opts.source ?? validated.lead.source ?? 'api') as LeadInput['source'] };
    if (lead.notifyEmail) {
      const refusal = notifyRecipientRefusal(lead.notifyEmail, { domains: this.config.notify.allowedDomains, isUser: await isActiveUserEmail(this.db, lead.notifyEmail) });
      if (refusal) throw LeadOpsError.badInput([{ field: 'notifyEmail', message: refusal }]);
    }
    const result = await this.store.createLead({
      lead, profileId: opts.profileId ?? DEFAULT_PROFILE_ID, idempotencyKey: opts.idempotencyKey ?? null, actorId: opts.actor?.id ?? null,
    });
    if (result.created) await this.workflows.startFromOutbox(result.lead.id);
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
    user: AuthUser, filter: LeadFilterInput = {}, sort: LeadSortField = LeadSortField.CREATED_AT, first = 25, after?: string | null, withCount = true,
  ): Promise<LeadPage> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw new LeadOpsError('BAD_USER_INPUT', `first: must be between 1 and ${MAX_PAGE}`, 'first');
    const params: unknown[] = [];
    const where: string[] = [visibleLeadsCondition(user, params), 'l.merged_into IS NULL'];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (filter.stages?.length) add((p) => `l.stage = ANY(${p})`, filter.stages);
    if (filter.priorities?.length) add((p) => `l.priority = ANY(${p})`, filter.priorities);
    if (filter.statuses?.length) add((p) => `l.status = ANY(${p})`, filter.statuses);
    if (filter.slaStates?.length) add((p) => `l.sla_state = ANY(${p})`, filter.slaStates);
    if (filter.ownerId) {
      if (!UUID.test(filter.ownerId)) throw new LeadOpsError('BAD_USER_INPUT', 'filter.ownerId: not an id', 'filter.ownerId');
      add((p) => `l.owner_id = ${p}`, filter.ownerId);
    }
    if (filter.unassigned) where.push('l.owner_id IS NULL');
    if (filter.source) add((p) => `l.source = ${p}`, filter.source);
    if (filter.createdFrom) add((p) => `l.created_at >= ${p}`, filter.createdFrom);
    if (filter.createdTo) add((p) => `l.created_at < ${p}`, filter.createdTo);
    if (filter.openOnly) where.push(`l.status <> 'CLOSED'`);
    const term = filter.search?.trim().toLowerCase() ?? '';
    const searching = term !== '';
    if (searching) {
      if (term.length > 200) throw new LeadOpsError('BAD_USER_INPUT', 'filter.search: at most 200 characters', 'filter.search');
      add((p) => `l.search_text LIKE ${p}`, `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
    const countParams = [...params];
    const countSql = searching
      ? `SELECT count(*)::int AS n FROM (SELECT 1 FROM leads l WHERE ${where.join(' AND ')} LIMIT ${SEARCH_COUNT_CAP}) capped`
      : `SELECT count(*)::int AS n FROM leads l WHERE ${where.join(' AND ')}`;

    // Keyset pagination: (sort value, id) strictly after the cursor.
    const [column, dir] = sort === LeadSortField.SLA_DUE_AT ? ['l.sla_due_at', 'ASC'] : ['l.created_at', 'DESC'];
    const sortExpr = sort === LeadSortField.SLA_DUE_AT ? `coalesce(l.sla_due_at, 'infinity'::timestamptz)` : column;
    if (after) {
      const [value, id] = decodeCursor(after);
      params.push(value, id);
      const op = dir === 'ASC' ? '>' : '<';
      where.push(`(${sortExpr}, l.id) ${op} ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(first + 1);
    const rows = await this.db.query(
      `SELECT l.id FROM leads l WHERE ${where.join(' AND ')} ORDER BY ${sortExpr} ${dir}, l.id ${dir} LIMIT $${params.length}`,
      params,
    );
    const ids: string[] = rows.map((r: { id: string }) => r.id);
    const page = ids.slice(0, first);
    const entities = page.length ? await this.db.getRepository(LeadEntity).createQueryBuilder('l').where('l.id IN (:...ids)', { ids: page }).getMany() : [];
    const byId = new Map(entities.map((e) => [e.id, e]));
    const nodes = page.map((id) => byId.get(id)!).filter(Boolean);
    const last = nodes[nodes.length - 1];
    const lastValue = last ? (sort === LeadSortField.SLA_DUE_AT ? (last.slaDueAt?.toISOString() ?? 'infinity') : last.createdAt.toISOString()) : null;
    // Counting a large filter costs more than the page itself: only when the caller asked for totalCount, and not when
    // the first page already holds every match.
    let totalCount = -1;
    if (withCount) totalCount = !after && ids.length <= first ? ids.length : (await this.db.query(countSql, countParams))[0].n;
    const totalCountCapped = searching && totalCount >= SEARCH_COUNT_CAP;
    return { nodes, endCursor: last && lastValue ? encodeCursor(lastValue, last.id) : null, hasNextPage: ids.length > first, totalCount, totalCountCapped };
  }

  async markContacted(user: AuthUser, id: string): Promise<LeadEntity> {
    const lead = await this.getVisible(user, id);
    if (lead.status === 'CLOSED') throw new LeadOpsError('CONFLICT', 'Lead is closed');
    await this.workflows.signal(id, markContactedSignal, { byUserId: user.id, at: new Date().toISOString() });
    return lead;
  }

  async close(user: AuthUser, id: string, outcome: LeadOutcomeKind, reason: string | null): Promise<LeadEntity> {
    const lead = await this.getVisible(user, id);
    if (lead.status === 'CLOSED') throw new LeadOpsError('CONFLICT', 'Lead is already closed');
    if (outcome === 'LOST' && !reason?.trim()) throw new LeadOpsError('BAD_USER_INPUT', 'reason: say why the lead was lost', 'reason');
    if (reason && reason.length > 1000) throw new LeadOpsError('BAD_USER_INPUT', 'reason: at most 1000 characters', 'reason');
    await this.workflows.signal(id, closeLeadSignal, { outcome, reason: reason?.trim() || null, byUserId: user.id });
    return lead;
  }

  async reassign(user: AuthUser, id: string, toUserId: string | null): Promise<LeadEntity> {
    const lead = await this.getVisible(user, id);
    if (toUserId) {
      if (!UUID.test(toUserId)) throw new LeadOpsError('BAD_USER_INPUT', 'toUserId: not an id', 'toUserId');
      const [rep] = await this.db.query(`SELECT id, team_id FROM users WHERE id = $1 AND role = 'REP' AND active`, [toUserId]);
      if (!rep) throw new LeadOpsError('BAD_USER_INPUT', 'toUserId: not an active rep', 'toUserId');
      if (user.role === 'MANAGER' && rep.team_id !== user.teamId) throw new LeadOpsError('FORBIDDEN', 'toUserId: rep is not in your team', 'toUserId');
    }
    await this.workflows.signal(id, reassignSignal, { toUserId, byUserId: user.id });
    return lead;
  }

  async reclassify(user: AuthUser, id: string): Promise<LeadEntity> {
    const lead = await this.getVisible(user, id);
    await this.workflows.signal(id, reclassifySignal);
    return lead;
  }

  async addNote(user: AuthUser, id: string, text: string): Promise<LeadEntity> {
    const lead = await this.getVisible(user, id);
    const note = text.trim();
    if (!note) throw new LeadOpsError('BAD_USER_INPUT', 'text: a note cannot be empty', 'text');
    if (note.length > 5000) throw new LeadOpsError('BAD_USER_INPUT', 'text: at most 5000 characters', 'text');
    await this.store.addEvent(id, { type: 'NOTE', message: note, actorId: user.id });
    return lead;
  }

  workflowState(id: string) {
    return this.workflows.query(id, leadStateQuery);
  }

  temporalUrl(id: string) {
    return this.workflows.temporalUrl(id);
  }
}
