import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isValidTimeZone } from '@leadops/domain';
import { LeadEntity } from '@leadops/persistence';
import type { AuthUser } from '../auth/auth.types';
import type { UserModel } from '../auth/users.service';
import { LeadOpsError } from '../core/errors';
import { visibleLeadsCondition } from '../leads/lead.access';
import type { MetricsModel, RepSlaBoardModel } from './metrics.model';

const MAX_RANGE_DAYS = 400;
const AT_RISK_MINUTES = 15;
const BOARD_LEADS_PER_REP = 25;

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Managers' and sales ops' numbers, always scoped to the leads the caller may see. */
@Injectable()
export class MetricsService {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  async metrics(user: AuthUser, from: Date, to: Date, timeZone: string): Promise<MetricsModel> {
    if (!(from instanceof Date) || Number.isNaN(from.getTime())) throw new LeadOpsError('BAD_USER_INPUT', 'from: not a date', 'from');
    if (!(to instanceof Date) || Number.isNaN(to.getTime())) throw new LeadOpsError('BAD_USER_INPUT', 'to: not a date', 'to');
    if (to <= from) throw new LeadOpsError('BAD_USER_INPUT', 'to: must be after from', 'to');
    if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) throw new LeadOpsError('BAD_USER_INPUT', `to: at most ${MAX_RANGE_DAYS} days after from`, 'to');
    if (timeZone.length > 64 || !isValidTimeZone(timeZone)) throw new LeadOpsError('BAD_USER_INPUT', 'timeZone: not an IANA time zone like America/Mexico_City', 'timeZone');

    const params: unknown[] = [from, to];
    const visible = visibleLeadsCondition(user, params);
    const inRange = `l.created_at >= $1 AND l.created_at < $2 AND l.merged_into IS NULL AND ${visible}`;
    const breachedOnce = `(l.sla_state = 'BREACHED' OR EXISTS (SELECT 1 FROM lead_events e WHERE e.lead_id = l.id AND e.type = 'SLA_BREACHED'))`;
    // Per-day series also take the time zone, as the last parameter (PostgreSQL wants every parameter used).
    const tz = `$${params.length + 1}`;
    const q = (sql: string) => this.db.query(sql, sql.includes(tz) ? [...params, timeZone] : params);

    const [[totals], funnel, bySource, byOwner, byDay, breachDays, [open]] = await Promise.all([
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
      this.breachesOpen(user),
    ]);
    const met = totals.met as number;
    const breached = totals.breached as number;
    return {
      from, to, timeZone,
      leadsCreated: totals.leads,
      slaMet: met,
      slaBreached: breached,
      slaCompliance: met + breached > 0 ? met / (met + breached) : null,
      breachesOpen: open.n,
      breachesInRange: breachDays.reduce((s: number, d: { count: number }) => s + d.count, 0),
      firstResponseP50Minutes: num(totals.p50),
      firstResponseP90Minutes: num(totals.p90),
      funnel,
      leadsBySource: bySource,
      leadsByOwner: byOwner,
      leadsByDay: byDay,
      breachesByDay: breachDays,
    };
  }

  private breachesOpen(user: AuthUser): Promise<Array<{ n: number }>> {
    const params: unknown[] = [];
    const visible = visibleLeadsCondition(user, params);
    return this.db.query(`SELECT count(*)::int AS n FROM leads l WHERE l.sla_state = 'BREACHED' AND l.status <> 'CLOSED' AND l.merged_into IS NULL AND ${visible}`, params);
  }

  /** Per rep: open leads, those in breach and those about to be. A manager sees their team's reps. */
  async slaBoard(user: AuthUser): Promise<RepSlaBoardModel[]> {
    const params: unknown[] = [];
    let scope = 'TRUE';
    if (user.role !== 'SALES_OPS') {
      params.push(user.teamId);
      scope = `u.team_id = $${params.length}`;
    }
    const reps: Array<UserModel & { openLeads: number }> = await this.db.query(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.role, u.team_id AS "teamId", u.active, u.capacity,
              (SELECT count(*)::int FROM leads l WHERE l.owner_id = u.id AND l.status <> 'CLOSED') AS "openLeads"
         FROM users u WHERE u.role = 'REP' AND ${scope} ORDER BY u.display_name, u.id`,
      params,
    );
    if (reps.length === 0) return [];
    // Per rep, the most urgent leads first; the owner queue index serves it.
    const rows: Array<{ id: string; owner_id: string; kind: 'breached' | 'atRisk' }> = await this.db.query(
      `SELECT x.id, x.owner_id, x.kind FROM unnest($1::uuid[]) AS r(id)
         CROSS JOIN LATERAL (
           SELECT l.id, l.owner_id, CASE WHEN l.sla_state = 'BREACHED' THEN 'breached' ELSE 'atRisk' END AS kind
             FROM leads l
            WHERE l.owner_id = r.id AND l.status <> 'CLOSED' AND l.merged_into IS NULL
              AND (l.sla_state = 'BREACHED' OR (l.sla_state = 'RUNNING' AND l.sla_due_at <= now() + make_interval(mins => $2)))
            ORDER BY l.sla_due_at NULLS LAST, l.id LIMIT $3) x`,
      [reps.map((r) => r.id), AT_RISK_MINUTES, BOARD_LEADS_PER_REP * 2],
    );
    const leads = rows.length
      ? await this.db.getRepository(LeadEntity).createQueryBuilder('l').where('l.id IN (:...ids)', { ids: rows.map((r) => r.id) }).getMany()
      : [];
    const byId = new Map(leads.map((l) => [l.id, l]));
    return reps.map((rep) => {
      const mine = rows.filter((r) => r.owner_id === rep.id);
      const pick = (kind: string) => mine.filter((r) => r.kind === kind).slice(0, BOARD_LEADS_PER_REP).map((r) => byId.get(r.id)!).filter(Boolean);
      return { rep, openLeads: rep.openLeads, breached: pick('breached') as never, atRisk: pick('atRisk') as never };
    });
  }
}
