import { sql, type ExpressionBuilder, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { DataSource } from 'typeorm';
import { LeadEntity } from './entities';
import { createQueryBuilder, type LeadOpsQueryBuilder, type LeadOpsTables } from './query-builder';

/**
 * Whose leads a caller may see: a rep their own, a manager their team's (and the fallback queue of leads waiting for a
 * rep, which they dispatch), sales ops all.
 */
export type LeadVisibility = { kind: 'all' } | { kind: 'team'; teamId: string | null } | { kind: 'owner'; ownerId: string };

/** QUEUE_BY_SCORE: a rep's queue by priority, then highest conversion score (the company setting orderQueueByScore). */
export type LeadListSort = 'CREATED_AT' | 'SLA_DUE_AT' | 'CONVERSION_SCORE' | 'QUEUE_BY_SCORE';

/** The lead list's filters, already checked by the caller (ids are uuids, the search pattern is escaped). */
export interface LeadListCriteria {
  visibility: LeadVisibility;
  stages?: readonly string[] | null;
  priorities?: readonly string[] | null;
  statuses?: readonly string[] | null;
  slaStates?: readonly string[] | null;
  ownerId?: string | null;
  unassigned?: boolean | null;
  source?: string | null;
  createdFrom?: Date | null;
  createdTo?: Date | null;
  openOnly?: boolean | null;
  /** Only leads scored at least this probability (0-1) by the conversion model. */
  minConversionScore?: number | null;
  /** A LIKE pattern on search_text, e.g. "%garcía%", with \ % _ escaped. */
  searchPattern?: string | null;
}

/**
 * Where the previous page stopped: the sort value (an ISO instant, or "infinity" for a lead without an SLA; for the score,
 * the probability, or -1 for an unscored lead) and the id.
 */
export interface LeadListCursor {
  value: string;
  id: string;
}

type LeadsScope = ExpressionBuilder<LeadOpsTables & { l: LeadOpsTables['leads'] }, 'l'>;

// The due-order expression must read exactly as in the indexes leads_rep_queue and leads_open_by_due.
const DUE_ORDER = sql<Date>`coalesce(l.sla_due_at, 'infinity'::timestamptz)`;
// The score order must read exactly as in the index leads_conversion_probability (migration 024): unscored leads last.
const SCORE_ORDER = sql<number>`l.conversion_probability`;

/** The lead list and the reps' queue: filters, sorts and keyset pages over a million leads, one indexed query each. */
export class LeadListRepository {
  private readonly qb: LeadOpsQueryBuilder;

  constructor(
    private readonly db: DataSource,
    qb?: LeadOpsQueryBuilder,
  ) {
    this.qb = qb ?? createQueryBuilder(db);
  }

  /** Up to `limit` lead ids in list order, strictly after the cursor. */
  async pageIds(criteria: LeadListCriteria, sort: LeadListSort, limit: number, after: LeadListCursor | null): Promise<string[]> {
    const rows = await this.pageQuery(criteria, sort, limit, after).execute();
    return rows.map((r) => r.id);
  }

  /** How many leads match; with `cap`, counting stops there (a broad text search costs more to count than to page). */
  async count(criteria: LeadListCriteria, cap: number | null): Promise<number> {
    const row = await this.countQuery(criteria, cap).executeTakeFirstOrThrow();
    return row.n;
  }

  /** The leads of `ids`, in the order given (ids that no longer exist are left out). */
  async leadsInOrder(ids: readonly string[]): Promise<LeadEntity[]> {
    if (ids.length === 0) return [];
    const entities = await this.db.getRepository(LeadEntity).createQueryBuilder('l').where('l.id IN (:...ids)', { ids }).getMany();
    const byId = new Map(entities.map((e) => [e.id, e]));
    return ids.map((id) => byId.get(id)).filter((e): e is LeadEntity => e !== undefined);
  }

  pageQuery(criteria: LeadListCriteria, sort: LeadListSort, limit: number, after: LeadListCursor | null) {
    if (sort === 'CONVERSION_SCORE') return this.scorePageQuery(criteria, limit, after);
    if (sort === 'QUEUE_BY_SCORE') return this.queueByScorePageQuery(criteria, limit, after);
    const ascending = sort === 'SLA_DUE_AT';
    const sortKey = ascending ? DUE_ORDER : sql<Date>`l.created_at`;
    const direction = ascending ? sql`asc` : sql`desc`;
    // Keyset pagination: (sort value, id) strictly after the cursor, in the sort's direction.
    const afterCursor =
      after &&
      (ascending
        ? sql<SqlBool>`(${sortKey}, l.id) > (${after.value}::timestamptz, ${after.id}::uuid)`
        : sql<SqlBool>`(${sortKey}, l.id) < (${after.value}::timestamptz, ${after.id}::uuid)`);
    return this.keysetPage(criteria, limit, afterCursor, [sql`${sortKey} ${direction}`, sql`l.id ${direction}`]);
  }

  /** Highest score first, unscored leads last; the cursor's value -1 stands for "unscored". */
  private scorePageQuery(criteria: LeadListCriteria, limit: number, after: LeadListCursor | null) {
    const value = after ? Number(after.value) : 0;
    const afterCursor =
      after &&
      (value < 0
        ? sql<SqlBool>`(${SCORE_ORDER} IS NULL AND l.id < ${after.id}::uuid)`
        : sql<SqlBool>`((${SCORE_ORDER}, l.id) < (${value}::float8, ${after.id}::uuid) OR ${SCORE_ORDER} IS NULL)`);
    return this.keysetPage(criteria, limit, afterCursor, [sql`${SCORE_ORDER} desc nulls last`, sql`l.id desc`]);
  }

  /**
   * Priority first (P1 before P2), then the highest score, unscored last: the score orders leads within a priority and
   * never across one. The cursor's value is "<priority>|<score or -1>".
   */
  private queueByScorePageQuery(criteria: LeadListCriteria, limit: number, after: LeadListCursor | null) {
    const priority = sql<string>`coalesce(l.priority, 'P9')`;
    const score = sql<number>`coalesce(l.conversion_probability, -1)`;
    const [p, s] = after ? after.value.split('|') : [];
    const afterCursor =
      after &&
      sql<SqlBool>`(${priority} > ${p} OR (${priority} = ${p} AND (${score} < ${Number(s)}::float8 OR (${score} = ${Number(s)}::float8 AND l.id < ${after.id}::uuid))))`;
    return this.keysetPage(criteria, limit, afterCursor, [sql`${priority} asc`, sql`${score} desc`, sql`l.id desc`]);
  }

  /** One page of lead ids: the filters, the cursor's condition when there is one, the sort's order, the limit. */
  private keysetPage(criteria: LeadListCriteria, limit: number, afterCursor: RawBuilder<SqlBool> | null, order: RawBuilder<unknown>[]) {
    let query = this.qb
      .selectFrom('leads as l')
      .select('l.id')
      .where((eb) => eb.and(afterCursor ? [...matching(eb, criteria), afterCursor] : matching(eb, criteria)));
    for (const term of order) query = query.orderBy(term);
    return query.limit(limit);
  }

  countQuery(criteria: LeadListCriteria, cap: number | null) {
    if (cap === null) {
      return this.qb.selectFrom('leads as l').select(sql<number>`count(*)::int`.as('n')).where((eb) => eb.and(matching(eb, criteria)));
    }
    const capped = this.qb.selectFrom('leads as l').select(sql`1`.as('one')).where((eb) => eb.and(matching(eb, criteria))).limit(sql.lit(cap));
    return this.qb.selectFrom(capped.as('capped')).select(sql<number>`count(*)::int`.as('n'));
  }
}

/** The visibility rule and the filters as one list of conditions (ANDed). Fixed values stay literals: partial indexes match them. */
function matching(eb: LeadsScope, c: LeadListCriteria): Array<Expression<SqlBool>> {
  const where: Array<Expression<SqlBool>> = [visible(eb, c.visibility), eb('l.merged_into', 'is', null)];
  if (c.stages?.length) where.push(eb('l.stage', '=', sql<string>`any(${[...c.stages]})`));
  if (c.priorities?.length) where.push(eb('l.priority', '=', sql<string>`any(${[...c.priorities]})`));
  if (c.statuses?.length) where.push(eb('l.status', '=', sql<string>`any(${[...c.statuses]})`));
  if (c.slaStates?.length) where.push(eb('l.sla_state', '=', sql<string>`any(${[...c.slaStates]})`));
  // Said once when the visibility rule already says it (a rep's own queue): a repeated condition skews the row estimate.
  const ownerIsVisibility = c.visibility.kind === 'owner' && c.visibility.ownerId === c.ownerId;
  if (c.ownerId && !ownerIsVisibility) where.push(eb('l.owner_id', '=', c.ownerId));
  if (c.unassigned) where.push(eb('l.owner_id', 'is', null));
  if (c.source) where.push(eb('l.source', '=', c.source));
  if (c.minConversionScore != null) where.push(eb('l.conversion_probability', '>=', c.minConversionScore));
  if (c.createdFrom) where.push(eb('l.created_at', '>=', c.createdFrom));
  if (c.createdTo) where.push(eb('l.created_at', '<', c.createdTo));
  if (c.openOnly) where.push(eb('l.status', '<>', sql.lit('CLOSED')));
  if (c.searchPattern) where.push(eb('l.search_text', 'like', c.searchPattern));
  return where;
}

function visible(eb: LeadsScope, v: LeadVisibility): Expression<SqlBool> {
  switch (v.kind) {
    case 'all':
      return sql<SqlBool>`true`;
    case 'team':
      return eb.or([eb('l.team_id', '=', v.teamId), eb.and([eb('l.status', '=', sql.lit('QUEUED')), eb('l.owner_id', 'is', null)])]);
    case 'owner':
      return eb('l.owner_id', '=', v.ownerId);
  }
}
