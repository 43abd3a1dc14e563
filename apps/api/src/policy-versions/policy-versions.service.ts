import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  applyPolicyOverride, DEFAULT_POLICY, publishedPolicyVersion, simulatePolicyDraft,
  type ClassificationPolicy, type PolicyOverride, type RoutingConditions, type RoutingStrategy,
} from '@leadops/domain';
import { PolicyVersionStore, type PolicySnapshot, type PolicyVersionRow, type StoredRoutingRule } from '@leadops/persistence';
import type { AuthUser } from '../auth/auth.types';
import { LeadOpsError } from '../core/errors';
import { FieldErrors, isUuid } from '../input-checks/field-errors';
import { RoutingRulesService } from '../routing/routing-rules.service';
import type { PolicyDraftInput } from './dto/policy-draft.input';
import type {
  DraftRoutingRuleModel, PolicyDraftModel, PolicySettingsModel, PolicySimulationModel, PolicyVersionModel, SimulatedDecisionModel,
} from './policy-versions.model';

const YEAR_MINUTES = 366 * 24 * 60;
const MAX_RULES = 200;
const MAX_DAYS = 90;
const KEYWORD_ITEMS = 2000;
const KEYWORD_CHARS = 120;

const ASSUMPTIONS = [
  'Both sides are replays with the rules classifier: leads the model (LLM) classified are re-read by the rules, so compare the two replays, not the replay with what happened.',
  'Each lead is read from its inputs as stored, against its seller profile as it is now.',
  'Reps keep the capacity, weight, skills, territories and working hours they have now (their history is not kept); out-of-office dates are the ones stored.',
  'Open leads per rep start from the leads they owned before the window and were still open then; a replayed lead frees its owner when it closed in history.',
  'Round-robin and weighted cursors start afresh for each replay; SLA minutes owed are the minutes to first response promised over the window.',
];

/** The settings shape of a policy: its numbers as they are, its word lists whole. */
function settingsOf(policy: ClassificationPolicy): PolicySettingsModel {
  const { P1, P2, P3 } = policy.slaMinutes;
  return { fit: policy.fit, urgency: policy.urgency, dataQuality: policy.dataQuality, slaMinutes: { P1: P1 ?? 0, P2: P2 ?? 0, P3: P3 ?? 0 }, keywords: policy.keywords };
}

function ruleModel(r: StoredRoutingRule): DraftRoutingRuleModel {
  const c = (r.conditions ?? {}) as RoutingConditions;
  return {
    id: r.id, name: r.name, position: r.position, enabled: r.enabled, strategy: r.strategy, teamId: r.teamId, repIds: r.repIds ?? [],
    conditions: {
      stages: c.stages ?? [], priorities: c.priorities ?? [], industries: c.industries ?? [], countries: c.countries ?? [],
      languages: c.languages ?? [], sources: c.sources ?? [], dealSizes: c.dealSizes ?? [],
    },
  };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Checks `value` has the shape of `model` (the default word lists): the same keys, lists of short phrases at the leaves. */
function checkKeywords(errors: FieldErrors, field: string, value: unknown, model: unknown): void {
  if (Array.isArray(model)) {
    errors.list(field, value, { max: KEYWORD_ITEMS, itemMax: KEYWORD_CHARS });
    return;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.add(field, 'must be an object like the default word lists');
    return;
  }
  const m = model as Record<string, unknown>;
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v)) if (!(key in m)) errors.add(`${field}.${key}`, `unknown list; one of ${Object.keys(m).join(', ')}`);
  for (const key of Object.keys(m)) {
    if (!(key in v)) errors.add(`${field}.${key}`, 'is required');
    else checkKeywords(errors, `${field}.${key}`, v[key], m[key]);
  }
}

/** Draft, publish, restore and simulate the classification policy together with the routing rules (sales ops). */
@Injectable()
export class PolicyVersionsService {
  constructor(
    private readonly store: PolicyVersionStore,
    private readonly routingRules: RoutingRulesService,
  ) {}

  async draft(): Promise<PolicyDraftModel> {
    const live = await this.store.live();
    const draft = await this.store.draft();
    const source = draft ?? live;
    return {
      state: draft ? 'DRAFT' : 'PUBLISHED', publishedVersion: live.publishedVersion, basedOnVersion: draft ? draft.basedOnVersion : live.publishedVersion,
      updatedAt: draft?.updatedAt ?? null, updatedBy: draft?.updatedBy ?? null,
      policy: settingsOf(applyPolicyOverride(source.policy, 'draft')), routingRules: source.routingRules.map(ruleModel),
    };
  }

  async versions(first: number): Promise<PolicyVersionModel[]> {
    if (!Number.isInteger(first) || first < 1 || first > 500) throw new LeadOpsError('BAD_USER_INPUT', 'first: must be between 1 and 500', 'first');
    const live = await this.store.live();
    return (await this.store.versions(first)).map((v) => this.versionModel(v, live.publishedVersion));
  }

  private versionModel(v: PolicyVersionRow, live: number | null): PolicyVersionModel {
    return {
      version: v.version, policyVersion: publishedPolicyVersion(v.version), action: v.action, restoredFrom: v.restoredFrom, note: v.note,
      publishedBy: v.publishedBy, publishedAt: v.publishedAt, live: v.version === live,
      policy: settingsOf(applyPolicyOverride(v.policy, publishedPolicyVersion(v.version))), routingRules: v.routingRules.map(ruleModel),
    };
  }

  /** The input as what differs from the default policy, and rules checked against the live reps and teams. */
  private async check(input: PolicyDraftInput, tx: EntityManager): Promise<PolicySnapshot> {
    const errors = new FieldErrors();
    const p = input.policy;
    const score = (field: string, value: number) => errors.int(`policy.${field}`, value, 0, 100);
    for (const k of ['A', 'B', 'C'] as const) score(`fit.${k}`, p.fit[k]);
    for (const k of ['CRITICAL', 'HIGH', 'MEDIUM'] as const) score(`urgency.${k}`, p.urgency[k]);
    for (const k of ['GOOD', 'REVIEW'] as const) score(`dataQuality.${k}`, p.dataQuality[k]);
    for (const k of ['P1', 'P2', 'P3'] as const) errors.int(`policy.slaMinutes.${k}`, p.slaMinutes[k], 1, YEAR_MINUTES);
    if (errors.ok) {
      if (!(p.fit.A > p.fit.B && p.fit.B > p.fit.C)) errors.add('policy.fit', 'grades must go down: A > B > C');
      if (!(p.urgency.CRITICAL > p.urgency.HIGH && p.urgency.HIGH > p.urgency.MEDIUM)) errors.add('policy.urgency', 'levels must go down: CRITICAL > HIGH > MEDIUM');
      if (!(p.dataQuality.GOOD > p.dataQuality.REVIEW)) errors.add('policy.dataQuality', 'GOOD must be above REVIEW');
      if (!(p.slaMinutes.P1 <= p.slaMinutes.P2 && p.slaMinutes.P2 <= p.slaMinutes.P3)) {
        errors.add('policy.slaMinutes', 'a more urgent priority cannot get a longer SLA (P1 ≤ P2 ≤ P3)');
      }
    }
    if (p.keywords !== undefined && p.keywords !== null) checkKeywords(errors, 'policy.keywords', p.keywords, DEFAULT_POLICY.keywords);
    if (input.routingRules.length > MAX_RULES) errors.add('routingRules', `at most ${MAX_RULES} rules`);
    const ids = new Set<string>();
    input.routingRules.forEach((r, i) => {
      if (r.id === undefined || r.id === null) return;
      if (!isUuid(r.id)) errors.add(`routingRules[${i}].id`, 'must be a rule id (uuid), or none for a new rule');
      else if (ids.has(r.id.toLowerCase())) errors.add(`routingRules[${i}].id`, 'listed twice');
      ids.add(String(r.id).toLowerCase());
    });
    const rules: StoredRoutingRule[] = [];
    for (const [i, r] of input.routingRules.slice(0, MAX_RULES).entries()) {
      try {
        const fields = await this.routingRules.validate(r, tx);
        rules.push({ id: r.id && isUuid(r.id) ? r.id.toLowerCase() : randomUUID(), position: i + 1, ...fields, strategy: fields.strategy as RoutingStrategy });
      } catch (error) {
        if (!(error instanceof LeadOpsError) || !error.details) throw error;
        for (const d of error.details) errors.add(`routingRules[${i}].${d.field}`, d.message);
      }
    }
    errors.throwIfAny();

    // Only what differs from the default is kept: the audit and the version then say what sales ops changed.
    const policy: PolicyOverride = {};
    const slaMinutes = { ...DEFAULT_POLICY.slaMinutes, ...p.slaMinutes };
    if (!sameJson(p.fit, DEFAULT_POLICY.fit)) policy['fit'] = { A: p.fit.A, B: p.fit.B, C: p.fit.C };
    if (!sameJson(p.urgency, DEFAULT_POLICY.urgency)) policy['urgency'] = { CRITICAL: p.urgency.CRITICAL, HIGH: p.urgency.HIGH, MEDIUM: p.urgency.MEDIUM };
    if (!sameJson(p.dataQuality, DEFAULT_POLICY.dataQuality)) policy['dataQuality'] = { GOOD: p.dataQuality.GOOD, REVIEW: p.dataQuality.REVIEW };
    if (!sameJson(slaMinutes, DEFAULT_POLICY.slaMinutes)) policy['slaMinutes'] = slaMinutes;
    if (p.keywords && !sameJson(p.keywords, DEFAULT_POLICY.keywords)) policy['keywords'] = p.keywords;
    return { policy, routingRules: rules };
  }

  async saveDraft(user: AuthUser, input: PolicyDraftInput): Promise<PolicyDraftModel> {
    await this.store.transaction(async (tx) => {
      await this.store.lock(tx);
      const snapshot = await this.check(input, tx);
      const existing = await this.store.draft(tx);
      const basedOn = existing ? existing.basedOnVersion : (await this.store.live(tx)).publishedVersion;
      await this.store.saveDraft(snapshot, basedOn, user.id, tx);
    });
    return this.draft();
  }

  async discardDraft(): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      await this.store.lock(tx);
      return this.store.discardDraft(tx);
    });
  }

  async publish(user: AuthUser, note: string | null): Promise<PolicyVersionModel> {
    const errors = new FieldErrors();
    const text = errors.text('note', note, { max: 500 });
    errors.throwIfAny();
    const row = await this.store.transaction(async (tx) => {
      await this.store.lock(tx);
      const draft = await this.store.draft(tx);
      if (!draft) throw new LeadOpsError('CONFLICT', 'There is no draft to publish: save one first');
      // Reps and teams may have changed since the draft was saved: check its rules again against the live ones.
      const snapshot = await this.check({ policy: { ...settingsOf(applyPolicyOverride(draft.policy, 'draft')), keywords: draft.policy['keywords'] ?? null }, routingRules: draft.routingRules }, tx);
      return this.store.publish(snapshot, { action: 'PUBLISH', note: text }, user.id, tx);
    });
    return this.versionModel(row, row.version);
  }

  async restore(user: AuthUser, version: number): Promise<PolicyVersionModel> {
    const row = await this.store.transaction(async (tx) => {
      await this.store.lock(tx);
      const old = Number.isInteger(version) ? await this.store.version(version, tx) : null;
      if (!old) throw new LeadOpsError('NOT_FOUND', `version: no published version ${version}`, 'version');
      // Restored as stored: a rep who left since is simply skipped by routing (inactive), as with any live rule.
      return this.store.publish({ policy: old.policy, routingRules: old.routingRules }, { action: 'RESTORE', restoredFrom: old.version, note: `restores version ${old.version}` }, user.id, tx);
    });
    return this.versionModel(row, row.version);
  }

  /** Reads the window once and computes; writes nothing, starts nothing, sends nothing. */
  async simulate(days: number, maxChanges: number): Promise<PolicySimulationModel> {
    if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) throw new LeadOpsError('BAD_USER_INPUT', `days: between 1 and ${MAX_DAYS}`, 'days');
    if (!Number.isInteger(maxChanges) || maxChanges < 0 || maxChanges > 1000) throw new LeadOpsError('BAD_USER_INPUT', 'maxChanges: between 0 and 1000', 'maxChanges');
    const to = new Date();
    const from = new Date(to.getTime() - days * 24 * 3600_000);
    const [history, live, draft] = [await this.store.simulationHistory(from, to), await this.store.live(), await this.store.draft()];
    const draftSide = draft ?? live;
    const started = Date.now();
    const result = simulatePolicyDraft({
      leads: history.leads, profiles: history.profiles, reps: history.reps,
      published: { policy: applyPolicyOverride(live.policy, 'published'), routingRules: live.routingRules },
      draft: { policy: applyPolicyOverride(draftSide.policy, 'draft'), routingRules: draftSide.routingRules },
    });
    const durationMs = Date.now() - started;
    const names = new Map(history.reps.map((r) => [r.id, r.displayName]));
    const leads = new Map(history.leads.map((l) => [l.id, l]));
    const decision = (d: { stage: string | null; priority: string | null; slaMinutes: number | null; ownerId: string | null; queued?: boolean; routedBy?: string | null }): SimulatedDecisionModel => ({
      stage: d.stage, priority: d.priority, slaMinutes: d.slaMinutes, ownerId: d.ownerId, ownerName: d.ownerId ? (names.get(d.ownerId) ?? null) : null,
      queued: d.queued ?? false, routedBy: d.routedBy ?? null,
    });
    return {
      days, from, to, durationMs, assumptions: ASSUMPTIONS,
      leads: result.leads, llmClassifiedLeads: result.llmClassifiedLeads, replayFidelity: result.replayFidelity, changed: result.changed, sql: result.sql,
      slaMinutesOwed: result.slaMinutesOwed, leadsWithSla: result.leadsWithSla, queued: result.queued, repLoad: result.repLoad,
      changes: result.changes.slice(0, maxChanges).map((c) => ({
        leadId: c.leadId, fullName: leads.get(c.leadId)!.input.fullName, companyName: leads.get(c.leadId)!.input.companyName ?? null, createdAt: c.createdAt,
        happened: decision(c.happened), before: decision(c.before), after: decision(c.after),
        stageChanged: c.stageChanged, priorityChanged: c.priorityChanged, ownerChanged: c.ownerChanged, reasons: c.reasons,
      })),
    };
  }
}
