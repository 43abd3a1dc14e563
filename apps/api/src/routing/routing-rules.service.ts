import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { LEAD_SOURCES, type RoutingConditions } from '@leadops/domain';
import { RoutingRuleStore, UserStore, type RoutingRuleFields, type RoutingRuleRow } from '@leadops/persistence';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth.types';
import { LeadOpsError } from '../core/errors';
import { FieldErrors, isUuid } from '../input-checks/field-errors';
import type { RoutingRuleInput } from './dto/routing-rule.input';
import type { RoutingRuleModel } from './routing.model';

const MAX_RULES = 200;
function toModel(row: RoutingRuleRow): RoutingRuleModel {
  const c = (row.conditions ?? {}) as RoutingConditions;
  return {
    ...(row as unknown as RoutingRuleModel),
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
    private readonly rules: RoutingRuleStore,
    private readonly people: UserStore,
    private readonly audit: AuditService,
  ) {}

  async list(manager?: EntityManager): Promise<RoutingRuleModel[]> {
    return (await this.rules.list(manager)).map(toModel);
  }

  private async find(id: string, manager: EntityManager): Promise<RoutingRuleModel> {
    const row = isUuid(id) ? await this.rules.find(id, manager) : null;
    if (!row) throw new LeadOpsError('NOT_FOUND', `id: no routing rule with id ${String(id).slice(0, 64)}`, 'id');
    return toModel(row);
  }

  /** Checks the rule against the live reps and teams; each problem names its field, e.g. "repIds[1]" (drafts check theirs here too). */
  async validate(input: RoutingRuleInput, manager: EntityManager): Promise<RoutingRuleFields> {
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
      const exists = isUuid(teamId) && (await this.people.teamExists(teamId, manager));
      if (!exists) errors.add('teamId', `no team with id ${teamId.slice(0, 64)}`);
    }
    const repIds = input.repIds ?? [];
    if (repIds.length > 100) errors.add('repIds', 'at most 100 reps');
    const valid = repIds.slice(0, 100).filter(isUuid);
    const reps = await this.people.activeReps(valid, manager);
    const repById = new Map(reps.map((r) => [r.id, r]));
    repIds.slice(0, 100).forEach((id, i) => {
      const rep = isUuid(id) ? repById.get(id.toLowerCase()) : undefined;
      if (!rep) errors.add(`repIds[${i}]`, `no active rep with id ${String(id).slice(0, 64)}`);
      else if (repIds.indexOf(id) !== i) errors.add(`repIds[${i}]`, 'listed twice');
      else if (teamId && rep.teamId !== teamId) errors.add(`repIds[${i}]`, `rep ${id} is not in team ${teamId}`);
    });
    if (input.strategy === 'SPECIFIC_REP' && repIds.length === 0) errors.add('repIds', 'SPECIFIC_REP needs at least one rep');
    errors.throwIfAny();
    return { name, enabled: input.enabled ?? true, strategy: input.strategy, teamId, repIds: repIds.map((id) => id.toLowerCase()), conditions };
  }

  async create(user: AuthUser, input: RoutingRuleInput): Promise<RoutingRuleModel> {
    return this.rules.transaction(async (tx) => {
      await this.rules.lock(tx);
      const rule = await this.validate(input, tx);
      const { count, nextPosition } = await this.rules.size(tx);
      if (count >= MAX_RULES) throw new LeadOpsError('CONFLICT', `At most ${MAX_RULES} routing rules: delete one first`);
      const created = toModel(await this.rules.insert(rule, nextPosition, tx));
      await this.audit.record({ actorId: user.id, entity: 'routing_rule', entityId: created.id, action: 'CREATE', after: created }, tx);
      return created;
    });
  }

  async update(user: AuthUser, id: string, input: RoutingRuleInput): Promise<RoutingRuleModel> {
    return this.rules.transaction(async (tx) => {
      await this.rules.lock(tx);
      const before = await this.find(id, tx);
      const rule = await this.validate(input, tx);
      const after = toModel(await this.rules.update(before.id, rule, tx));
      await this.audit.record({ actorId: user.id, entity: 'routing_rule', entityId: before.id, action: 'UPDATE', before, after }, tx);
      return after;
    });
  }

  async delete(user: AuthUser, id: string): Promise<boolean> {
    return this.rules.transaction(async (tx) => {
      await this.rules.lock(tx);
      const before = await this.find(id, tx);
      await this.rules.delete(before.id, tx);
      await this.audit.record({ actorId: user.id, entity: 'routing_rule', entityId: before.id, action: 'DELETE', before }, tx);
      return true;
    });
  }

  /** `ids` must list every rule once, in the new order. */
  async reorder(user: AuthUser, ids: string[]): Promise<RoutingRuleModel[]> {
    return this.rules.transaction(async (tx) => {
      await this.rules.lock(tx);
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
      await this.rules.reorder(ids.map((id) => id.toLowerCase()), tx);
      const after = await this.list(tx);
      await this.audit.record({ actorId: user.id, entity: 'routing_rules', entityId: 'order', action: 'REORDER', before: before.map((r) => r.id), after: after.map((r) => r.id) }, tx);
      return after;
    });
  }
}
