import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { LEAD_SOURCES, type RoutingConditions } from '@leadops/domain';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth.types';
import { LeadOpsError } from '../core/errors';
import { FieldErrors, isUuid } from '../input-checks/field-errors';
import type { RoutingRuleInput } from './dto/routing-rule.input';
import type { RoutingRuleModel } from './routing.model';

const MAX_RULES = 200;
const COLUMNS = `id, name, position, enabled, strategy, team_id AS "teamId", rep_ids AS "repIds", conditions, created_at AS "createdAt", updated_at AS "updatedAt"`;

interface StoredRule {
  name: string;
  enabled: boolean;
  strategy: string;
  teamId: string | null;
  repIds: string[];
  conditions: RoutingConditions;
}

function toModel(row: any): RoutingRuleModel {
  const c = (row.conditions ?? {}) as RoutingConditions;
  return {
    ...row,
    repIds: row.repIds ?? [],
    conditions: {
      stages: c.stages ?? [], priorities: c.priorities ?? [], industries: c.industries ?? [], countries: c.countries ?? [],
      languages: c.languages ?? [], sources: c.sources ?? [], dealSizes: c.dealSizes ?? [],
    },
  };
}

/** Sales ops' routing rules, in the order they are tried; every change is checked against the real reps and teams and audited. */
@Injectable()
export class RoutingRulesService {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(manager: EntityManager = this.db.manager): Promise<RoutingRuleModel[]> {
    const rows = await manager.query(`SELECT ${COLUMNS} FROM routing_rules ORDER BY position, created_at, id`);
    return rows.map(toModel);
  }

  private async find(id: string, manager: EntityManager): Promise<RoutingRuleModel> {
    const [row] = isUuid(id) ? await manager.query(`SELECT ${COLUMNS} FROM routing_rules WHERE id = $1`, [id]) : [];
    if (!row) throw new LeadOpsError('NOT_FOUND', `id: no routing rule with id ${String(id).slice(0, 64)}`, 'id');
    return toModel(row);
  }

  /** Checks the rule against the live reps and teams; each problem names its field, e.g. "repIds[1]". */
  private async validate(input: RoutingRuleInput, manager: EntityManager): Promise<StoredRule> {
    const errors = new FieldErrors();
    const name = errors.text('name', input.name, { required: true, max: 200, singleLine: true }) ?? '';
    const c = input.conditions ?? {};
    const list = (field: keyof RoutingConditions, max = 100) => errors.list(`conditions.${field}`, c[field], { max, itemMax: 200 });
    const conditions: RoutingConditions = {};
    for (const field of ['stages', 'priorities', 'industries', 'countries', 'languages', 'sources', 'dealSizes'] as const) {
      const values = list(field, field === 'countries' ? 250 : 100);
      if (values.length) (conditions as Record<string, string[]>)[field] = values;
    }
    (conditions.sources ?? []).forEach((s, i) => {
      if (!(LEAD_SOURCES as readonly string[]).includes(s)) errors.add(`conditions.sources[${i}]`, `one of ${LEAD_SOURCES.join(', ')}`);
    });

    const teamId = input.teamId ?? null;
    if (teamId !== null) {
      const [team] = isUuid(teamId) ? await manager.query('SELECT id FROM teams WHERE id = $1', [teamId]) : [];
      if (!team) errors.add('teamId', `no team with id ${teamId.slice(0, 64)}`);
    }
    const repIds = input.repIds ?? [];
    if (repIds.length > 100) errors.add('repIds', 'at most 100 reps');
    const valid = repIds.slice(0, 100).filter(isUuid);
    const reps: Array<{ id: string; team_id: string | null }> = valid.length
      ? await manager.query(`SELECT id, team_id FROM users WHERE id = ANY($1::uuid[]) AND role = 'REP' AND active`, [valid])
      : [];
    const repById = new Map(reps.map((r) => [r.id, r]));
    repIds.slice(0, 100).forEach((id, i) => {
      const rep = isUuid(id) ? repById.get(id.toLowerCase()) : undefined;
      if (!rep) errors.add(`repIds[${i}]`, `no active rep with id ${String(id).slice(0, 64)}`);
      else if (repIds.indexOf(id) !== i) errors.add(`repIds[${i}]`, 'listed twice');
      else if (teamId && rep.team_id !== teamId) errors.add(`repIds[${i}]`, `rep ${id} is not in team ${teamId}`);
    });
    if (input.strategy === 'SPECIFIC_REP' && repIds.length === 0) errors.add('repIds', 'SPECIFIC_REP needs at least one rep');
    errors.throwIfAny();
    return { name, enabled: input.enabled ?? true, strategy: input.strategy, teamId, repIds: repIds.map((id) => id.toLowerCase()), conditions };
  }

  async create(user: AuthUser, input: RoutingRuleInput): Promise<RoutingRuleModel> {
    return this.db.transaction(async (tx) => {
      await this.lockRules(tx);
      const rule = await this.validate(input, tx);
      const [{ n, next }] = await tx.query('SELECT count(*)::int AS n, coalesce(max(position), 0) + 1 AS next FROM routing_rules');
      if (n >= MAX_RULES) throw new LeadOpsError('CONFLICT', `At most ${MAX_RULES} routing rules: delete one first`);
      const [row] = await tx.query(
        `INSERT INTO routing_rules (name, position, enabled, conditions, strategy, team_id, rep_ids) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
        [rule.name, next, rule.enabled, JSON.stringify(rule.conditions), rule.strategy, rule.teamId, rule.repIds],
      );
      const created = toModel(row);
      await this.audit.record({ actorId: user.id, entity: 'routing_rule', entityId: created.id, action: 'CREATE', after: created }, tx);
      return created;
    });
  }

  async update(user: AuthUser, id: string, input: RoutingRuleInput): Promise<RoutingRuleModel> {
    return this.db.transaction(async (tx) => {
      await this.lockRules(tx);
      const before = await this.find(id, tx);
      const rule = await this.validate(input, tx);
      // TypeORM answers an UPDATE ... RETURNING with [rows, count].
      const [[row]] = await tx.query(
        `UPDATE routing_rules SET name = $2, enabled = $3, conditions = $4, strategy = $5, team_id = $6, rep_ids = $7, updated_at = now()
          WHERE id = $1 RETURNING ${COLUMNS}`,
        [before.id, rule.name, rule.enabled, JSON.stringify(rule.conditions), rule.strategy, rule.teamId, rule.repIds],
      );
      const after = toModel(row);
      await this.audit.record({ actorId: user.id, entity: 'routing_rule', entityId: before.id, action: 'UPDATE', before, after }, tx);
      return after;
    });
  }

  async delete(user: AuthUser, id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      await this.lockRules(tx);
      const before = await this.find(id, tx);
      await tx.query('DELETE FROM routing_rules WHERE id = $1', [before.id]);
      await tx.query('DELETE FROM routing_cursors WHERE scope = $1', [before.id]);
      await this.audit.record({ actorId: user.id, entity: 'routing_rule', entityId: before.id, action: 'DELETE', before }, tx);
      return true;
    });
  }

  /** `ids` must list every rule once, in the new order. */
  async reorder(user: AuthUser, ids: string[]): Promise<RoutingRuleModel[]> {
    return this.db.transaction(async (tx) => {
      await this.lockRules(tx);
      const before = await this.list(tx);
      const known = new Set(before.map((r) => r.id));
      const errors = new FieldErrors();
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        const key = String(id).toLowerCase();
        if (!known.has(key)) errors.add(`ids[${i}]`, `no routing rule with id ${String(id).slice(0, 64)}`);
        else if (seen.has(key)) errors.add(`ids[${i}]`, 'listed twice');
        seen.add(key);
      });
      const missing = before.filter((r) => !seen.has(r.id));
      if (missing.length) errors.add('ids', `list every rule: missing ${missing.map((r) => r.id).join(', ')}`);
      errors.throwIfAny();
      await tx.query(
        'UPDATE routing_rules r SET position = o.position, updated_at = now() FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position) WHERE r.id = o.id',
        [ids.map((id) => id.toLowerCase())],
      );
      const after = await this.list(tx);
      await this.audit.record({ actorId: user.id, entity: 'routing_rules', entityId: 'order', action: 'REORDER', before: before.map((r) => r.id), after: after.map((r) => r.id) }, tx);
      return after;
    });
  }

  // Concurrent edits of the rule list (positions especially) go one at a time.
  private async lockRules(tx: EntityManager) {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('routing_rules'))`);
  }
}
