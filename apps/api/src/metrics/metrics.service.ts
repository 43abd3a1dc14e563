import { Injectable } from '@nestjs/common';
import { isValidTimeZone } from '@leadops/domain';
import { MetricsStore } from '@leadops/persistence';
import type { AuthUser } from '../auth/auth.types';
import type { UserModel } from '../auth/users.service';
import { LeadOpsError } from '../core/errors';
import { leadVisibility } from '../leads/lead.access';
import type { MetricsModel, RepSlaBoardModel } from './metrics.model';

const MAX_RANGE_DAYS = 400;
const AT_RISK_MINUTES = 15;
const BOARD_LEADS_PER_REP = 25;

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Managers' and sales ops' numbers, always scoped to the leads the caller may see. */
@Injectable()
export class MetricsService {
  constructor(private readonly store: MetricsStore) {}

  async metrics(user: AuthUser, from: Date, to: Date, timeZone: string): Promise<MetricsModel> {
    if (!(from instanceof Date) || Number.isNaN(from.getTime())) throw new LeadOpsError('BAD_USER_INPUT', 'from: not a date', 'from');
    if (!(to instanceof Date) || Number.isNaN(to.getTime())) throw new LeadOpsError('BAD_USER_INPUT', 'to: not a date', 'to');
    if (to <= from) throw new LeadOpsError('BAD_USER_INPUT', 'to: must be after from', 'to');
    if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) throw new LeadOpsError('BAD_USER_INPUT', `to: at most ${MAX_RANGE_DAYS} days after from`, 'to');
    if (timeZone.length > 64 || !isValidTimeZone(timeZone)) throw new LeadOpsError('BAD_USER_INPUT', 'timeZone: not an IANA time zone like America/Mexico_City', 'timeZone');

    const { totals, funnel, bySource, byOwner, byDay, breachDays, disagreementDays, breachesOpen } = await this.store.dashboard(leadVisibility(user), from, to, timeZone);
    const met = totals.met as number;
    const breached = totals.breached as number;
    return {
      from, to, timeZone,
      leadsCreated: totals.leads,
      slaMet: met,
      slaBreached: breached,
      slaCompliance: met + breached > 0 ? met / (met + breached) : null,
      breachesOpen,
      breachesInRange: breachDays.reduce((s: number, d: { count: number }) => s + d.count, 0),
      firstResponseP50Minutes: num(totals.p50),
      firstResponseP90Minutes: num(totals.p90),
      funnel,
      leadsBySource: bySource,
      leadsByOwner: byOwner,
      leadsByDay: byDay,
      breachesByDay: breachDays,
      stageDisagreementsByDay: disagreementDays,
    };
  }

  /** Per rep: open leads, those in breach and those about to be. A manager sees their team's reps. */
  async slaBoard(user: AuthUser): Promise<RepSlaBoardModel[]> {
    const reps = (await this.store.boardReps(user.role === 'SALES_OPS' ? 'everyone' : { teamId: user.teamId })) as Array<UserModel & { openLeads: number }>;
    if (reps.length === 0) return [];
    const rows = await this.store.boardLeads(reps.map((r) => r.id), AT_RISK_MINUTES, BOARD_LEADS_PER_REP * 2);
    const leads = await this.store.leadsByIds(rows.map((r) => r.id));
    const byId = new Map(leads.map((l) => [l.id, l]));
    return reps.map((rep) => {
      const mine = rows.filter((r) => r.owner_id === rep.id);
      const pick = (kind: string) => mine.filter((r) => r.kind === kind).slice(0, BOARD_LEADS_PER_REP).map((r) => byId.get(r.id)!).filter(Boolean);
      return { rep, openLeads: rep.openLeads, breached: pick('breached') as never, atRisk: pick('atRisk') as never };
    });
  }
}
