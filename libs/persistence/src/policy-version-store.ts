import type { DataSource, EntityManager } from 'typeorm';
import type { CompanyProfile, HistoricalLead, PolicyOverride, RoutingConditions, RoutingRule, SimulationRep } from '@leadops/domain';
import { AuditStore } from './audit-store';
import { ProfileStore } from './profiles';
import { SettingsStore } from './settings';

/** A routing rule as a version keeps it (the routing_rules row without its timestamps). */
export type StoredRoutingRule = RoutingRule;

/** The classification policy changes and the routing rules that go live together. */
export interface PolicySnapshot {
  /** What differs from the default classification policy. */
  policy: PolicyOverride;
  routingRules: StoredRoutingRule[];
}

export interface PolicyDraftRow extends PolicySnapshot {
  basedOnVersion: number | null;
  updatedBy: string | null;
  updatedAt: Date;
}

export type PolicyVersionAction = 'BASELINE' | 'PUBLISH' | 'RESTORE';

export interface PolicyVersionRow extends PolicySnapshot {
  version: number;
  action: PolicyVersionAction;
  restoredFrom: number | null;
  note: string | null;
  publishedBy: string | null;
  publishedAt: Date;
}

/** What a simulation replays: the window's leads, the reps as routing sees them, the seller profiles. */
export interface SimulationHistory {
  from: Date;
  to: Date;
  leads: HistoricalLead[];
  reps: SimulationRep[];
  profiles: Record<string, CompanyProfile>;
}

const VERSION_COLUMNS = `version, policy, routing_rules AS "routingRules", action, restored_from AS "restoredFrom", note,
  published_by AS "publishedBy", published_at AS "publishedAt"`;

function ruleOf(row: any): StoredRoutingRule {
  return {
    id: row.id, name: row.name, position: row.position, enabled: row.enabled, strategy: row.strategy, teamId: row.team_id ?? null,
    repIds: row.rep_ids ?? [], conditions: (row.conditions ?? {}) as RoutingConditions,
  };
}

/** The live policy without the mark of the version it came from. */
function withoutVersionMark(value: unknown): PolicyOverride {
  const { publishedVersion: _v, ...policy } = (value ?? {}) as PolicyOverride;
  return policy;
}

/**
 * Published versions of the classification policy + routing rules, and the draft sales ops edit. Publishing writes what
 * the worker reads (the "classificationPolicy" setting, marked with the version, and the routing_rules rows) in the
 * same transaction as the version and its audit row.
 */
export class PolicyVersionStore {
  private readonly settings: SettingsStore;
  private readonly audit: AuditStore;
  private readonly profiles: ProfileStore;

  constructor(private readonly db: DataSource) {
    this.settings = new SettingsStore(db);
    this.audit = new AuditStore(db);
    this.profiles = new ProfileStore(db);
  }

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Drafts, publishes and direct rule edits go one at a time (the routing rules' own lock, then this one). */
  async lock(tx: EntityManager): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('routing_rules'))`);
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('policy_versions'))`);
  }

  /** What the worker uses now. */
  async live(manager: EntityManager = this.db.manager): Promise<PolicySnapshot & { publishedVersion: number | null }> {
    const value = (await this.settings.get('classificationPolicy', manager)) as PolicyOverride | null;
    const rows = await manager.query('SELECT * FROM routing_rules ORDER BY position, created_at, id');
    const published = value?.publishedVersion;
    return { policy: withoutVersionMark(value), routingRules: rows.map(ruleOf), publishedVersion: typeof published === 'number' ? published : null };
  }

  async draft(manager: EntityManager = this.db.manager): Promise<PolicyDraftRow | null> {
    const [row] = await manager.query(
      `SELECT policy, routing_rules AS "routingRules", based_on_version AS "basedOnVersion", updated_by AS "updatedBy", updated_at AS "updatedAt" FROM policy_draft`,
    );
    return row ?? null;
  }

  async saveDraft(draft: PolicySnapshot, basedOnVersion: number | null, actorId: string | null, tx: EntityManager): Promise<PolicyDraftRow> {
    await tx.query(
      `INSERT INTO policy_draft (singleton, policy, routing_rules, based_on_version, updated_by) VALUES (true, $1, $2, $3, $4)
       ON CONFLICT (singleton) DO UPDATE SET policy = EXCLUDED.policy, routing_rules = EXCLUDED.routing_rules,
         based_on_version = EXCLUDED.based_on_version, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [JSON.stringify(draft.policy), JSON.stringify(draft.routingRules), basedOnVersion, actorId],
    );
    return (await this.draft(tx))!;
  }

  async discardDraft(tx: EntityManager): Promise<boolean> {
    const [, count] = await tx.query('DELETE FROM policy_draft');
    return count > 0;
  }

  /** Newest first. */
  versions(limit = 100, manager: EntityManager = this.db.manager): Promise<PolicyVersionRow[]> {
    return manager.query(`SELECT ${VERSION_COLUMNS} FROM policy_versions ORDER BY version DESC LIMIT $1`, [limit]);
  }

  async version(version: number, manager: EntityManager = this.db.manager): Promise<PolicyVersionRow | null> {
    const [row] = await manager.query(`SELECT ${VERSION_COLUMNS} FROM policy_versions WHERE version = $1`, [version]);
    return row ?? null;
  }

  /**
   * Makes `snapshot` the live policy and rules as the next version, audited, in the caller's transaction (after lock()).
   * The first publish first keeps what was live before as version 1 (BASELINE), so that it can be restored as well.
   */
  async publish(
    snapshot: PolicySnapshot, how: { action: 'PUBLISH' | 'RESTORE'; restoredFrom?: number | null; note?: string | null }, actorId: string | null, tx: EntityManager,
  ): Promise<PolicyVersionRow> {
    const live = await this.live(tx);
    let [{ latest }] = await tx.query('SELECT max(version) AS latest FROM policy_versions');
    if (latest === null) {
      await this.insertVersion(1, live, 'BASELINE', null, 'what was live before the first publish', actorId, tx);
      latest = 1;
    }
    const version = Number(latest) + 1;
    await this.insertVersion(version, snapshot, how.action, how.restoredFrom ?? null, how.note ?? null, actorId, tx);

    await this.settings.set('classificationPolicy', { ...snapshot.policy, publishedVersion: version }, actorId, tx);
    const keep = snapshot.routingRules.map((r) => r.id);
    const gone: Array<{ id: string }> = await tx.query('SELECT id FROM routing_rules WHERE NOT (id = ANY($1::uuid[]))', [keep]);
    if (gone.length) {
      await tx.query('DELETE FROM routing_rules WHERE id = ANY($1::uuid[])', [gone.map((g) => g.id)]);
      await tx.query('DELETE FROM routing_cursors WHERE scope = ANY($1::text[])', [gone.map((g) => g.id)]);
    }
    for (const r of snapshot.routingRules) {
      await tx.query(
        `INSERT INTO routing_rules (id, name, position, enabled, conditions, strategy, team_id, rep_ids) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, position = EXCLUDED.position, enabled = EXCLUDED.enabled, conditions = EXCLUDED.conditions,
           strategy = EXCLUDED.strategy, team_id = EXCLUDED.team_id, rep_ids = EXCLUDED.rep_ids, updated_at = now()`,
        [r.id, r.name, r.position, r.enabled, JSON.stringify(r.conditions ?? {}), r.strategy, r.teamId, r.repIds],
      );
    }
    await this.audit.record(
      {
        actorId, entity: 'policy_version', entityId: String(version), action: how.action,
        before: { version: live.publishedVersion, policy: live.policy, routingRules: live.routingRules },
        after: { version, restoredFrom: how.restoredFrom ?? null, note: how.note ?? null, policy: snapshot.policy, routingRules: snapshot.routingRules },
      },
      tx,
    );
    if (how.action === 'PUBLISH') await this.discardDraft(tx);
    return (await this.version(version, tx))!;
  }

  private async insertVersion(
    version: number, s: PolicySnapshot, action: PolicyVersionAction, restoredFrom: number | null, note: string | null, actorId: string | null, tx: EntityManager,
  ) {
    await tx.query(
      'INSERT INTO policy_versions (version, policy, routing_rules, action, restored_from, note, published_by) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [version, JSON.stringify(s.policy), JSON.stringify(s.routingRules), action, restoredFrom, note, actorId],
    );
  }

  /**
   * The leads created since `from` (merged duplicates and leads never classified left out), each with its inputs as
   * stored and what happened: the first classification's stage, priority and SLA, and the first owner it was given.
   * Reps are as they are now (capacity, weight, hours and out-of-office dates are not kept over time); their open leads
   * when the window starts are counted from the leads (owned now, created before, not closed by then).
   */
  async simulationHistory(from: Date, to: Date = new Date()): Promise<SimulationHistory> {
    return this.db.transaction('REPEATABLE READ', async (tx) => {
      const rows: any[] = await tx.query(
        `SELECT l.id, l.created_at, l.closed_at, l.profile_id, l.full_name, l.email, l.job_position, l.company_name, l.industry, l.location,
                l.phone, l.description, l.source, l.company_size,
                c.result->>'stage' AS stage, c.result->>'priority' AS priority, (c.result->>'slaMinutes')::int AS sla_minutes, c.classifier,
                coalesce(a.owner_id, CASE WHEN l.assigned_at IS NOT NULL THEN l.owner_id END) AS owner_id
           FROM leads l
           JOIN LATERAL (SELECT result, classifier FROM classifications WHERE lead_id = l.id ORDER BY created_at, id LIMIT 1) c ON true
           LEFT JOIN LATERAL (SELECT (data->>'ownerId')::uuid AS owner_id FROM lead_events
                               WHERE lead_id = l.id AND type = 'ASSIGNED' ORDER BY at, id LIMIT 1) a ON true
          WHERE l.created_at >= $1 AND l.created_at < $2 AND l.merged_into IS NULL
          ORDER BY l.created_at, l.id`,
        [from, to],
      );
      const reps: any[] = await tx.query(
        `SELECT u.*, (SELECT count(*)::int FROM leads l WHERE l.owner_id = u.id AND l.merged_into IS NULL AND l.created_at < $1
                        AND (l.closed_at IS NULL OR l.closed_at > $1)) AS open_at_start
           FROM users u WHERE u.role = 'REP' ORDER BY u.id`,
        [from],
      );
      const profiles: Record<string, CompanyProfile> = {};
      for (const id of new Set(rows.map((r) => r.profile_id as string))) {
        const profile = await this.profiles.current(id, tx);
        if (profile) profiles[id] = profile;
      }
      return {
        from, to, profiles,
        leads: rows
          .filter((r) => profiles[r.profile_id])
          .map((r): HistoricalLead => ({
            id: r.id, createdAt: new Date(r.created_at), closedAt: r.closed_at ? new Date(r.closed_at) : null, profileId: r.profile_id,
            input: {
              fullName: r.full_name, email: r.email, jobPosition: r.job_position, companyName: r.company_name, industry: r.industry, location: r.location,
              phone: r.phone, description: r.description, source: r.source, companySize: r.company_size,
            },
            happened: { stage: r.stage, priority: r.priority, slaMinutes: r.sla_minutes, ownerId: r.owner_id, classifier: r.classifier === 'llm' ? 'llm' : 'rules' },
          })),
        reps: reps.map((r): SimulationRep => ({
          id: r.id, displayName: r.display_name, active: r.active, teamId: r.team_id, capacity: r.capacity, openLeads: Number(r.open_at_start),
          weight: r.routing_weight, skills: r.skills ?? [], languages: r.languages ?? [], territories: r.territories ?? [], timeZone: r.time_zone,
          workingHours: r.working_hours, outOfOffice: r.out_of_office ?? [],
        })),
      };
    });
  }
}
