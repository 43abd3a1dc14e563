import type { DataSource, EntityManager } from 'typeorm';
import {
  decideRouting, firstMatchingRule, slaDueAt,
  type CandidateVerdict, type LeadRoutingFacts, type RepCandidate, type RoutingDecision, type RoutingRule,
} from '@leadops/domain';
import { SettingsStore } from './settings';

export interface AssignRequest {
  leadId: string;
  /** One assignment per key: an activity retry returns the first answer. */
  attemptKey: string;
  facts: LeadRoutingFacts;
  slaMinutes: number | null;
  /** The first assignment counts the SLA from the lead's arrival; a reassignment gives a fresh SLA from now. */
  slaFrom: 'CREATED' | 'NOW';
  excludeUserIds?: string[];
  /** A manual reassignment to this rep, bypassing the rules. */
  toUserId?: string | null;
  timeScale: number;
  actorId?: string | null;
  /** Why routing runs again, said first on the timeline and kept with the decision ("re-routed: María is inactive"). */
  cause?: string | null;
}

/** A routing decision as stored, with the reps' current names: what the lead overview shows. */
export interface RoutingDecisionRecord {
  kind: RoutingDecision['kind'];
  ruleId: string | null;
  ruleName: string;
  strategy: string;
  chosenRepId: string | null;
  candidates: Array<CandidateVerdict & { repName: string }>;
  decidedAt: Date;
  cause: string | null;
}

export interface AssignOutcome {
  ownerId: string | null;
  slaDueAt: string | null;
  queued: boolean;
  decision: RoutingDecision | null;
}

function toRule(row: any): RoutingRule {
  return {
    id: row.id, name: row.name, position: row.position, enabled: row.enabled, conditions: row.conditions ?? {},
    strategy: row.strategy, repIds: row.rep_ids ?? [], teamId: row.team_id,
  };
}

function toCandidate(row: any): RepCandidate {
  return {
    id: row.id, active: row.active, teamId: row.team_id, capacity: row.capacity, openLeads: Number(row.open_leads),
    weight: row.routing_weight, skills: row.skills ?? [], languages: row.languages ?? [], territories: row.territories ?? [],
    timeZone: row.time_zone, workingHours: row.working_hours, outOfOffice: row.out_of_office ?? [],
  };
}

/** Assignment with row locks: the lead row, then the rule's round-robin cursor, so concurrent picks never collide. */
export class RoutingStore {
  private readonly settings: SettingsStore;

  constructor(private readonly db: DataSource) {
    this.settings = new SettingsStore(db);
  }

  async rules(manager: EntityManager = this.db.manager): Promise<RoutingRule[]> {
    const rows = await manager.query('SELECT * FROM routing_rules ORDER BY position, created_at');
    return rows.map(toRule);
  }

  async candidates(manager: EntityManager, exclude: string[] = []): Promise<RepCandidate[]> {
    const rows = await manager.query(
      // open_leads is kept by a trigger (migration 013): this runs under the rule's cursor lock, where a count of the
      // leads table cost time in proportion to every open lead.
      `SELECT u.* FROM users u WHERE u.role = 'REP' AND NOT (u.id = ANY($1::uuid[])) ORDER BY u.id`,
      [exclude],
    );
    return rows.map(toCandidate);
  }

  /** Pass `manager` to assign inside the caller's transaction (e.g. with the classification that decided the stage). */
  async assign(req: AssignRequest, now: Date = new Date(), manager?: EntityManager): Promise<AssignOutcome> {
    const inTransaction = (work: (tx: EntityManager) => Promise<AssignOutcome>) => (manager ? work(manager) : this.db.transaction(work));
    return inTransaction(async (tx) => {
      const [lead] = await tx.query('SELECT id, created_at, owner_id, sla_due_at, status FROM leads WHERE id = $1 FOR UPDATE', [req.leadId]);
      if (!lead) throw new Error(`lead ${req.leadId} not found`);
      const done = await tx.query('SELECT data FROM lead_events WHERE event_key = $1', [`assigned:${req.attemptKey}`]);
      if (done.length) {
        return { ownerId: lead.owner_id, slaDueAt: lead.sla_due_at ? new Date(lead.sla_due_at).toISOString() : null, queued: !lead.owner_id, decision: null };
      }

      let decision: RoutingDecision;
      let scope = 'default';
      let cursor = { lastRepId: null as string | null, counter: 0 };
      if (req.toUserId) {
        const reps = await this.candidates(tx);
        const target = reps.find((r) => r.id === req.toUserId);
        if (!target || !target.active) throw new Error(`rep ${req.toUserId} is not an active rep`);
        decision = {
          kind: 'ASSIGN', repId: target.id, ruleId: null, ruleName: 'manual reassignment', strategy: 'SPECIFIC_REP', reason: 'reassigned by hand',
          candidates: [{ repId: target.id, outcome: 'CHOSEN', reason: 'chosen by hand', params: {} }],
        };
      } else {
        const rule = firstMatchingRule(await this.rules(tx), req.facts);
        scope = rule?.id ?? 'default';
        await tx.query('INSERT INTO routing_cursors (scope) VALUES ($1) ON CONFLICT DO NOTHING', [scope]);
        const [c] = await tx.query('SELECT last_user_id, counter FROM routing_cursors WHERE scope = $1 FOR UPDATE', [scope]);
        cursor = { lastRepId: c.last_user_id, counter: Number(c.counter) };
        // The owner being replaced stays in the list, marked EXCLUDED, so the record says why they were passed over.
        decision = decideRouting(rule, await this.candidates(tx), cursor, req.facts, now, { excludedRepIds: req.excludeUserIds ?? [] });
      }
      await this.recordDecision(tx, req, decision, now);
      const because = req.cause ? `${req.cause[0]!.toUpperCase()}${req.cause.slice(1)}. ` : '';

      if (decision.kind === 'QUEUE') {
        await tx.query(`UPDATE leads SET status = 'QUEUED', owner_id = NULL, updated_at = now() WHERE id = $1 AND status <> 'CLOSED'`, [req.leadId]);
        // The cause ("re-routed: … is inactive") is in the text and the lead's routing decision; the code renders the rest.
        await this.event(tx, req, 'QUEUED', `${because}No rep available (${decision.reason}): waiting in the fallback queue`, {
          rule: decision.ruleName, cause: req.cause ?? null, code: 'EVENT_QUEUED', params: { reason: decision.reason },
        });
        return { ownerId: null, slaDueAt: null, queued: true, decision };
      }

      const { slaPolicy: settings, businessCalendar: calendar } = await this.settings.getMany(['slaPolicy', 'businessCalendar'], tx);
      const start = req.slaFrom === 'CREATED' ? new Date(lead.created_at) : now;
      const due = slaDueAt(start, req.slaMinutes, settings, calendar, req.timeScale);
      const [owner] = await tx.query('SELECT team_id, email, display_name FROM users WHERE id = $1', [decision.repId]);
      await tx.query(
        `UPDATE leads SET owner_id = $2, team_id = $3, assigned_at = now(), sla_due_at = $4,
                sla_state = CASE WHEN $4::timestamptz IS NULL THEN sla_state ELSE 'RUNNING' END,
                status = CASE WHEN status IN ('CONTACTED', 'CLOSED') THEN status ELSE 'ASSIGNED' END, updated_at = now()
          WHERE id = $1`,
        [req.leadId, decision.repId, owner.team_id, due],
      );
      if (!req.toUserId) {
        await tx.query('UPDATE routing_cursors SET last_user_id = $2, counter = counter + 1 WHERE scope = $1', [scope, decision.repId]);
      }
      await this.event(tx, req, 'ASSIGNED', `${because}Assigned to ${owner.display_name} (${decision.reason})` + (due ? `, first response due ${due.toISOString()}` : ''), {
        ownerId: decision.repId, rule: decision.ruleName, strategy: decision.strategy, slaDueAt: due?.toISOString() ?? null, cause: req.cause ?? null,
        code: due ? 'EVENT_ASSIGNED_DUE' : 'EVENT_ASSIGNED',
        params: { owner: owner.display_name, reason: decision.reason, ...(due ? { due: due.toISOString() } : {}) },
      });
      return { ownerId: decision.repId, slaDueAt: due ? due.toISOString() : null, queued: false, decision };
    });
  }

  /** A rep as re-routing judges them (active, time zone, absences), with their name for the timeline; null if no such rep. */
  async repForReroute(repId: string): Promise<(RepCandidate & { displayName: string }) | null> {
    const [row] = await this.db.query(`SELECT u.* FROM users u WHERE u.id = $1 AND u.role = 'REP'`, [repId]);
    return row ? { ...toCandidate(row), displayName: row.display_name } : null;
  }

  /** Reps who still own open leads (open_leads is kept by a trigger: migration 013): the re-route sweep judges each. */
  async repsWithOpenLeads(): Promise<(RepCandidate & { displayName: string })[]> {
    const rows = await this.db.query(`SELECT u.* FROM users u WHERE u.role = 'REP' AND u.open_leads > 0 ORDER BY u.id`);
    return rows.map((row: any) => ({ ...toCandidate(row), displayName: row.display_name }));
  }

  /** The rep's open leads nobody has contacted yet (the owner queue's index serves it), oldest first. */
  async uncontactedOpenLeadsOf(repId: string): Promise<string[]> {
    const rows = await this.db.query(
      `SELECT id FROM leads WHERE owner_id = $1 AND status NOT IN ('CLOSED', 'CONTACTED') AND first_contacted_at IS NULL ORDER BY created_at, id`,
      [repId],
    );
    return rows.map((r: { id: string }) => r.id);
  }

  /** The latest routing decision of a lead, or null when it was never routed (or before decisions were recorded). */
  async latestDecision(leadId: string, manager: EntityManager = this.db.manager): Promise<RoutingDecisionRecord | null> {
    const [row] = await manager.query(
      `SELECT kind, rule_id, rule_name, strategy, chosen_rep_id, candidates, decided_at, cause FROM routing_decisions
        WHERE lead_id = $1 ORDER BY decided_at DESC, id DESC LIMIT 1`,
      [leadId],
    );
    if (!row) return null;
    const candidates = row.candidates as CandidateVerdict[];
    const names = new Map<string, string>(
      (await manager.query('SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])', [candidates.map((c) => c.repId)]))
        .map((u: { id: string; display_name: string }) => [u.id, u.display_name]),
    );
    return {
      kind: row.kind, ruleId: row.rule_id, ruleName: row.rule_name, strategy: row.strategy, chosenRepId: row.chosen_rep_id,
      candidates: candidates.map((c) => ({ ...c, repName: names.get(c.repId) ?? '' })), decidedAt: new Date(row.decided_at), cause: row.cause,
    };
  }

  private async recordDecision(tx: EntityManager, req: AssignRequest, decision: RoutingDecision, now: Date) {
    await tx.query(
      `INSERT INTO routing_decisions (lead_id, attempt_key, decided_at, kind, rule_id, rule_name, strategy, chosen_rep_id, candidates, cause)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (attempt_key) DO NOTHING`,
      [
        req.leadId, req.attemptKey, now, decision.kind, decision.ruleId, decision.ruleName, decision.strategy,
        decision.kind === 'ASSIGN' ? decision.repId : null, JSON.stringify(decision.candidates), req.cause ?? null,
      ],
    );
  }

  private async event(tx: EntityManager, req: AssignRequest, type: string, message: string, data: Record<string, unknown>) {
    await tx.query(
      `INSERT INTO lead_events (lead_id, type, message, data, actor_id, event_key) VALUES ($1, $2, $3, $4, $5, $6)`,
      [req.leadId, type, message, JSON.stringify(data), req.actorId ?? null, `assigned:${req.attemptKey}`],
    );
  }
}
