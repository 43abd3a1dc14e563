import type { DataSource } from 'typeorm';
import { LeadEntity } from './entities';
import type { LeadVisibility } from './lead-list-repository';
import type { TeamScope, UserRow } from './user-store';

/** The leads a caller may see, as an SQL condition on alias "l" (parameters appended to `params`). */
function visibleLeadsSql(v: LeadVisibility, params: unknown[]): string {
  switch (v.kind) {
    case 'all':
      return 'TRUE';
    case 'team':
      params.push(v.teamId);
      return `(l.team_id = $${params.length} OR (l.status = 'QUEUED' AND l.owner_id IS NULL))`;
    case 'owner':
      params.push(v.ownerId);
      return `l.owner_id = $${params.length}`;
  }
}

export interface DashboardRows {
  totals: { leads: number; breached: number; met: number; p50: number | string | null; p90: number | string | null };
  funnel: Array<{ stage: string | null; leads: number; contacted: number; converted: number }>;
  bySource: Array<{ source: string; count: number }>;
  byOwner: Array<{ ownerId: string | null; displayName: string; count: number }>;
  byDay: Array<{ day: string; count: number }>;
  breachDays: Array<{ day: string; count: number }>;
  disagreementDays: Array<{ day: string; count: number }>;
  breachesOpen: number;
}

/** A model classification whose stage the rules would have set otherwise (the predicate of migration 019's index). */
export const STAGE_DISAGREEMENT_SQL = `c.classifier = 'llm' AND (c.result->>'rulesStage') <> (c.result->>'stage')`;

/** A lead in a rep's SLA board: already breached, or due within the at-risk window. */
export interface SlaBoardLeadRow {
  id: string;
  owner_id: string;
  kind: 'breached' | 'atRisk';
}

/** Managers' and sales ops' numbers and Prometheus' pipeline gauges, read at request (or scrape) time. */
export class MetricsStore {
  constructor(private readonly db: DataSource) {}

  /** Leads created in [from, to) the viewer may see: totals, funnel, sources, owners and per-day series in `timeZone`. */
  async dashboard(visibility: LeadVisibility, from: Date, to: Date, timeZone: string): Promise<DashboardRows> {
    const params: unknown[] = [from, to];
    const visible = visibleLeadsSql(visibility, params);
    const inRange = `l.created_at >= $1 AND l.created_at < $2 AND l.merged_into IS NULL AND ${visible}`;
    const breachedOnce = `(l.sla_state = 'BREACHED' OR EXISTS (SELECT 1 FROM lead_events e WHERE e.lead_id = l.id AND e.type = 'SLA_BREACHED'))`;
    // Per-day series also take the time zone, as the last parameter (PostgreSQL wants every parameter used).
    const tz = `$${params.length + 1}`;
    const q = (sql: string) => this.db.query(sql, sql.includes(tz) ? [...params, timeZone] : params);

    const [[totals], funnel, bySource, byOwner, byDay, breachDays, disagreementDays, breachesOpen] = await Promise.all([
      q(`SELECT count(*)::int AS leads,
                count(*) FILTER (WHERE l.sla_state IN ('MET', 'BREACHED', 'RUNNING') AND ${breachedOnce})::int AS breached,
                count(*) FILTER (WHERE l.sla_state = 'MET' AND NOT ${breachedOnce})::int AS met,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM l.first_contacted_at - l.created_at) / 60)
                  FILTER (WHERE l.first_contacted_at IS NOT NULL) AS p50,
                percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM l.first_contacted_at - l.created_at) / 60)
                  FILTER (WHERE l.first_contacted_at IS NOT NULL) AS p90
           FROM leads l WHERE ${inRange}`),
      q(`SELECT l.stage, count(*)::int AS leads, count(l.first_contacted_at)::int AS contacted,
                count(*) FILTER (WHERE l.outcome = 'CONVERTED')::int AS converted
           FROM leads l WHERE ${inRange} GROUP BY l.stage
          ORDER BY array_position(ARRAY['SQL','MQL','NURTURE','REVIEW','DISQUALIFIED'], l.stage) NULLS LAST`),
      q(`SELECT l.source, count(*)::int AS count FROM leads l WHERE ${inRange} GROUP BY l.source ORDER BY count DESC, l.source`),
      q(`SELECT l.owner_id AS "ownerId", coalesce(u.display_name, 'Unassigned') AS "displayName", count(*)::int AS count
           FROM leads l LEFT JOIN users u ON u.id = l.owner_id WHERE ${inRange}
          GROUP BY l.owner_id, u.display_name ORDER BY count DESC, "displayName"`),
      q(`SELECT to_char((l.created_at AT TIME ZONE ${tz})::date, 'YYYY-MM-DD') AS day, count(*)::int AS count
           FROM leads l WHERE ${inRange} GROUP BY 1 ORDER BY 1`),
      q(`SELECT to_char((e.at AT TIME ZONE ${tz})::date, 'YYYY-MM-DD') AS day, count(*)::int AS count
           FROM lead_events e JOIN leads l ON l.id = e.lead_id
          WHERE e.type = 'SLA_BREACHED' AND e.at >= $1 AND e.at < $2 AND ${visible} GROUP BY 1 ORDER BY 1`),
      // By the day the model classified (a re-classification counts again): sales ops' early warning of drift.
      q(`SELECT to_char((c.created_at AT TIME ZONE ${tz})::date, 'YYYY-MM-DD') AS day, count(*)::int AS count
           FROM classifications c JOIN leads l ON l.id = c.lead_id
          WHERE ${STAGE_DISAGREEMENT_SQL} AND c.created_at >= $1 AND c.created_at < $2 AND l.merged_into IS NULL AND ${visible}
          GROUP BY 1 ORDER BY 1`),
      this.breachesOpen(visibility),
    ]);
    return { totals, funnel, bySource, byOwner, byDay, breachDays, disagreementDays, breachesOpen };
  }

  /** Open leads the viewer may see whose SLA is breached now. */
  async breachesOpen(visibility: LeadVisibility): Promise<number> {
    const params: unknown[] = [];
    const visible = visibleLeadsSql(visibility, params);
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM leads l WHERE l.sla_state = 'BREACHED' AND l.status <> 'CLOSED' AND l.merged_into IS NULL AND ${visible}`, params);
    return n;
  }

  /** The reps of the scope with their open leads, by name. */
  boardReps(scope: TeamScope): Promise<Array<UserRow & { openLeads: number }>> {
    const params: unknown[] = [];
    let where = 'TRUE';
    if (scope !== 'everyone') {
      params.push(scope.teamId);
      where = `u.team_id = $${params.length}`;
    }
    return this.db.query(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.role, u.team_id AS "teamId", u.active, u.capacity,
              u.open_leads AS "openLeads"
         FROM users u WHERE u.role = 'REP' AND ${where} ORDER BY u.display_name, u.id`,
      params,
    );
  }

  /** Per rep, up to `perRep` of the most urgent open leads (breached, or due within `atRiskMinutes`); the owner queue index serves it. */
  boardLeads(repIds: readonly string[], atRiskMinutes: number, perRep: number): Promise<SlaBoardLeadRow[]> {
    return this.db.query(
      `SELECT x.id, x.owner_id, x.kind FROM unnest($1::uuid[]) AS r(id)
         CROSS JOIN LATERAL (
           SELECT l.id, l.owner_id, CASE WHEN l.sla_state = 'BREACHED' THEN 'breached' ELSE 'atRisk' END AS kind
             FROM leads l
            WHERE l.owner_id = r.id AND l.status <> 'CLOSED' AND l.merged_into IS NULL
              AND (l.sla_state = 'BREACHED' OR (l.sla_state = 'RUNNING' AND l.sla_due_at <= now() + make_interval(mins => $2)))
            ORDER BY l.sla_due_at NULLS LAST, l.id LIMIT $3) x`,
      [repIds, atRiskMinutes, perRep],
    );
  }

  leadsByIds(ids: readonly string[]): Promise<LeadEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.getRepository(LeadEntity).createQueryBuilder('l').where('l.id IN (:...ids)', { ids }).getMany();
  }

  // Prometheus gauges, read at scrape time.

  async leadsByStage(): Promise<Array<{ stage: string | null; n: number }>> {
    return this.db.query('SELECT stage, count(*)::int AS n FROM leads WHERE merged_into IS NULL GROUP BY stage');
  }

  async slaBreachesRecorded(): Promise<number> {
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM lead_events WHERE type = 'SLA_BREACHED'`);
    return n;
  }

  /** Classifications stored after `afterId` (a bounded slice per scrape). */
  classificationLatenciesSince(afterId: string): Promise<Array<{ id: string; classifier: string; latency_ms: number }>> {
    return this.db.query('SELECT id, classifier, latency_ms FROM classifications WHERE id > $1 ORDER BY id LIMIT 50000', [afterId]);
  }

  async pendingWorkflowStartFailures(): Promise<number> {
    const [{ n }] = await this.db.query('SELECT count(*)::int AS n FROM outbox WHERE last_error IS NOT NULL AND dispatched_at IS NULL');
    return n;
  }
}
