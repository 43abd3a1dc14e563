// What a draft of the classification policy and the routing rules would have done to the last days of leads, beside
// what the published version does with the same leads. Pure: the caller reads the history, this only computes.
//
// Both sides are replays with the rules classifier and the same routing code, so a draft equal to the published
// version changes nothing, and every difference is the draft's doing. How far the published replay is from what really
// happened (LLM decisions, manual reassignments, reps edited since) is counted apart: `replayFidelity`.
import { classifyWithRules } from '../classification';
import type { ClassificationResult, CompanyProfile, LeadInput, Priority, Stage } from '../classification/types';
import { countryFromLocation } from '../enrichment/location';
import { stageNeedsOwner } from '../lifecycle/values';
import type { ClassificationPolicy } from '../policy/policy';
import { decideRouting, ruleMatches, type LeadRoutingFacts, type RepCandidate, type RoutingCursor, type RoutingRule } from '../routing/routing';
import { localDateKey, parseClock, zonedParts } from '../sla/time-zone';

/** Stage, priority, SLA and owner of one lead. */
export interface LeadDecision {
  stage: Stage | null;
  priority: Priority | null;
  slaMinutes: number | null;
  /** Null: no owner (no stage that needs one, or waiting in the fallback queue). */
  ownerId: string | null;
}

/** A stored lead of the window: its inputs as submitted and what really happened to it. */
export interface HistoricalLead {
  id: string;
  createdAt: Date;
  /** When the lead closed (its owner's load drops then); null while open. */
  closedAt: Date | null;
  profileId: string;
  input: LeadInput;
  happened: LeadDecision & { classifier: 'llm' | 'rules' | null };
}

/** A rep as routing sees them, with `openLeads` = their open leads when the window starts (older leads still open then). */
export interface SimulationRep extends RepCandidate {
  displayName: string;
}

/** A policy and the routing rules that go with it: the published version, or the draft. */
export interface PolicyRevision {
  policy: ClassificationPolicy;
  routingRules: RoutingRule[];
}

export interface PolicySimulationInput {
  leads: HistoricalLead[];
  /** Seller profiles by id (a lead is classified against its own). */
  profiles: Record<string, CompanyProfile>;
  reps: SimulationRep[];
  published: PolicyRevision;
  draft: PolicyRevision;
}

export interface SimulatedDecision extends LeadDecision {
  /** The routing rule that picked the owner, or the fallback queue's reason. */
  routedBy: string | null;
  queued: boolean;
}

export interface LeadChange {
  leadId: string;
  createdAt: Date;
  happened: LeadDecision;
  before: SimulatedDecision;
  after: SimulatedDecision;
  stageChanged: boolean;
  priorityChanged: boolean;
  ownerChanged: boolean;
  /** Why, in words: which threshold, list or rule made the difference. */
  reasons: string[];
}

export interface RepLoad {
  repId: string;
  displayName: string;
  /** Leads of the window assigned to the rep: as it happened, by the published replay, by the draft's. */
  happened: number;
  before: number;
  after: number;
}

export interface BeforeAfter {
  happened: number;
  before: number;
  after: number;
}

export interface PolicySimulation {
  leads: number;
  /** Leads the model (LLM) had classified: the simulation re-reads them with the rules classifier. */
  llmClassifiedLeads: number;
  /** Leads where the published replay gives the stage / the owner that really happened (the replay's fidelity). */
  replayFidelity: { sameStage: number; sameOwner: number };
  changed: { stage: number; priority: number; owner: number; any: number };
  sql: BeforeAfter & { added: number; missed: number };
  /** Minutes of first-response SLA owed over the window (sum over leads with an SLA), and how many leads owe one. */
  slaMinutesOwed: BeforeAfter;
  leadsWithSla: BeforeAfter;
  /** Leads left in the fallback queue (a stage that needs an owner, no rep available). */
  queued: BeforeAfter;
  repLoad: RepLoad[];
  /** Every lead whose stage, priority or owner changes, oldest first. */
  changes: LeadChange[];
}

interface Replayed extends SimulatedDecision {
  classification: ClassificationResult;
}

// ---- reps' clocks: local weekday / date / minute with one Intl call per time zone and quarter hour ----

const QUARTER = 15 * 60_000;

interface LocalClock {
  dateKey: string;
  weekday: number;
  minuteOfDay: number;
}

/** Every UTC offset is a multiple of 15 minutes, so the local day never changes inside an aligned quarter hour. */
class RepClocks {
  private readonly byZone = new Map<string, Map<number, LocalClock>>();

  at(instant: number, timeZone: string): LocalClock {
    let zone = this.byZone.get(timeZone);
    if (!zone) this.byZone.set(timeZone, (zone = new Map()));
    const bucket = Math.floor(instant / QUARTER) * QUARTER;
    let start = zone.get(bucket);
    if (!start) {
      const p = zonedParts(new Date(bucket), timeZone);
      start = { dateKey: localDateKey(p), weekday: p.weekday, minuteOfDay: p.hour * 60 + p.minute };
      zone.set(bucket, start);
    }
    return { ...start, minuteOfDay: start.minuteOfDay + Math.floor((instant - bucket) / 60_000) };
  }
}

/** routing.ts's repUnavailability without the capacity check (the replay keeps the load): inactive, out of office, off hours. */
function unavailableByTime(rep: RepCandidate, instant: number, clocks: RepClocks): boolean {
  if (!rep.active) return true;
  if (!rep.outOfOffice.length && !rep.workingHours) return false;
  const local = clocks.at(instant, rep.timeZone);
  if (rep.outOfOffice.some((r) => local.dateKey >= r.from && local.dateKey <= r.to)) return true;
  if (!rep.workingHours) return false;
  const hours = rep.workingHours[String(local.weekday)];
  return !hours || local.minuteOfDay < parseClock(hours[0]) || local.minuteOfDay >= parseClock(hours[1]);
}

// ---- the replay ----

/** A min-heap of (time, rep) releases: a replayed owner's load drops when their lead closed in history. */
class Releases {
  private readonly heap: Array<[number, string]> = [];

  push(at: number, repId: string) {
    const h = this.heap;
    h.push([at, repId]);
    for (let i = h.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (h[parent]![0] <= h[i]![0]) break;
      [h[parent], h[i]] = [h[i]!, h[parent]!];
      i = parent;
    }
  }

  popUntil(at: number, release: (repId: string) => void) {
    const h = this.heap;
    while (h.length && h[0]![0] <= at) {
      release(h[0]![1]);
      const last = h.pop()!;
      if (!h.length) break;
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && h[l]![0] < h[m]![0]) m = l;
        if (r < h.length && h[r]![0] < h[m]![0]) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i]!, h[m]!];
        i = m;
      }
    }
  }
}

function routingFactsOf(lead: HistoricalLead, c: ClassificationResult, country: string | null): LeadRoutingFacts {
  return {
    stage: c.stage, priority: c.priority, industry: lead.input.industry ?? null, country, language: c.language ?? null,
    source: lead.input.source ?? null, dealSize: c.opportunity.dealSize, matchedServices: c.matchedServices,
  };
}

function replay(
  leads: HistoricalLead[], countries: Array<string | null>, classifications: ClassificationResult[], rules: RoutingRule[],
  reps: SimulationRep[], timeAvailable: (leadIndex: number, repIndex: number) => boolean,
): Replayed[] {
  const ordered = [...rules].filter((r) => r.enabled).sort((a, b) => a.position - b.position);
  const load = new Map(reps.map((r) => [r.id, r.openLeads]));
  const cursors = new Map<string, RoutingCursor>();
  const releases = new Releases();
  const release = (repId: string) => load.set(repId, (load.get(repId) ?? 1) - 1);
  const out: Replayed[] = new Array(leads.length);
  for (let i = 0; i < leads.length; i++) {
    const lead = leads[i]!;
    const at = lead.createdAt.getTime();
    releases.popUntil(at, release);
    const c = classifications[i]!;
    const decided = { stage: c.stage, priority: c.priority, slaMinutes: c.slaMinutes, classification: c };
    if (!stageNeedsOwner(c.stage)) {
      out[i] = { ...decided, ownerId: null, routedBy: null, queued: false };
      continue;
    }
    const facts = routingFactsOf(lead, c, countries[i]!);
    const rule = ordered.find((r) => ruleMatches(r, facts)) ?? null;
    const scope = rule?.id ?? 'default';
    const cursor = cursors.get(scope) ?? { lastRepId: null, counter: 0 };
    // Time-based availability is settled here once per lead (decideRouting's own check would cost an Intl call per rep).
    const candidates = reps.map((rep, r): RepCandidate =>
      timeAvailable(i, r)
        ? { ...rep, openLeads: load.get(rep.id)!, workingHours: null, outOfOffice: [] }
        : { ...rep, active: false, openLeads: load.get(rep.id)! },
    );
    const decision = decideRouting(rule, candidates, cursor, facts, lead.createdAt);
    if (decision.kind === 'QUEUE') {
      out[i] = { ...decided, ownerId: null, routedBy: `${decision.ruleName}: ${decision.reason}`, queued: true };
      continue;
    }
    cursors.set(scope, { lastRepId: decision.repId, counter: cursor.counter + 1 });
    load.set(decision.repId, load.get(decision.repId)! + 1);
    if (lead.closedAt) releases.push(lead.closedAt.getTime(), decision.repId);
    out[i] = { ...decided, ownerId: decision.repId, routedBy: decision.reason, queued: false };
  }
  return out;
}

// ---- reasons in words ----

function thresholdReasons(before: ClassificationResult, after: ClassificationResult, pub: ClassificationPolicy, draft: ClassificationPolicy): string[] {
  const out: string[] = [];
  const band = <K extends string>(label: string, score: number, was: K, now: K, pubMin: Record<string, number>, draftMin: Record<string, number>) => {
    if (was === now) return;
    const moved = Object.keys(draftMin).filter((k) => pubMin[k] !== draftMin[k]).map((k) => `${k} from ${draftMin[k]} (was ${pubMin[k]})`);
    out.push(`${label} score ${score} reads ${now} instead of ${was}${moved.length ? `: ${moved.join(', ')}` : ''}`);
  };
  if (before.fit.score !== after.fit.score) out.push(`fit score ${before.fit.score} → ${after.fit.score} with the draft's word lists`);
  else band('fit', after.fit.score, before.fit.grade, after.fit.grade, pub.fit, draft.fit);
  if (before.urgency.score !== after.urgency.score) out.push(`urgency score ${before.urgency.score} → ${after.urgency.score} with the draft's word lists`);
  else band('urgency', after.urgency.score, before.urgency.level, after.urgency.level, pub.urgency, draft.urgency);
  if (before.dataQuality.score !== after.dataQuality.score) out.push(`data quality score ${before.dataQuality.score} → ${after.dataQuality.score}`);
  else band('data quality', after.dataQuality.score, before.dataQuality.label, after.dataQuality.label, pub.dataQuality, draft.dataQuality);
  return out;
}

function describeOwner(d: SimulatedDecision, names: Map<string, string>): string {
  if (d.ownerId) return names.get(d.ownerId) ?? d.ownerId;
  return d.queued ? 'the fallback queue' : 'no owner';
}

function changeReasons(b: Replayed, a: Replayed, pub: ClassificationPolicy, draft: ClassificationPolicy, names: Map<string, string>): string[] {
  const reasons: string[] = [];
  if (b.stage !== a.stage) {
    reasons.push(`Stage ${b.stage} → ${a.stage}: ${a.classification.explanation[0] ?? ''}`.trim());
    reasons.push(...thresholdReasons(b.classification, a.classification, pub, draft));
  } else if (b.priority !== a.priority) {
    reasons.push(`Priority ${b.priority} → ${a.priority}: the draft gives ${a.stage} with ${a.classification.urgency.level} urgency ${a.priority}`);
  }
  if (b.slaMinutes !== a.slaMinutes) reasons.push(`First-response SLA ${b.slaMinutes ?? 'none'} → ${a.slaMinutes ?? 'none'} minutes`);
  if (b.ownerId !== a.ownerId) {
    const how = a.ownerId ? ` (${a.routedBy})` : a.queued ? ` (${a.routedBy})` : ` (${a.stage} needs no owner)`;
    reasons.push(`Owner ${describeOwner(b, names)} → ${describeOwner(a, names)}${how}`);
  }
  return reasons;
}

const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Replays `input.leads` (any order) under the published version and under the draft and compares them. */
export function simulatePolicyDraft(input: PolicySimulationInput): PolicySimulation {
  const leads = [...input.leads].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
  const { reps, published, draft } = input;
  const countries = leads.map((l) => countryFromLocation(l.input.location));

  const classifyAll = (policy: ClassificationPolicy) =>
    leads.map((l) => {
      const profile = input.profiles[l.profileId];
      if (!profile) throw new Error(`company profile "${l.profileId}" is not configured`);
      return classifyWithRules(l.input, profile, policy);
    });
  const beforeClassifications = classifyAll(published.policy);
  // The version string aside, an unchanged policy classifies alike: read each lead once.
  const { version: _p, ...publishedRest } = published.policy;
  const { version: _d, ...draftRest } = draft.policy;
  const afterClassifications = sameJson(publishedRest, draftRest) ? beforeClassifications : classifyAll(draft.policy);

  const clocks = new RepClocks();
  const availability: Array<boolean[] | undefined> = new Array(leads.length);
  const timeAvailable = (i: number, r: number) => {
    let row = availability[i];
    if (!row) availability[i] = row = reps.map((rep) => !unavailableByTime(rep, leads[i]!.createdAt.getTime(), clocks));
    return row[r]!;
  };
  const before = replay(leads, countries, beforeClassifications, published.routingRules, reps, timeAvailable);
  const after = replay(leads, countries, afterClassifications, draft.routingRules, reps, timeAvailable);

  const names = new Map(reps.map((r) => [r.id, r.displayName]));
  const result: PolicySimulation = {
    leads: leads.length,
    llmClassifiedLeads: 0,
    replayFidelity: { sameStage: 0, sameOwner: 0 },
    changed: { stage: 0, priority: 0, owner: 0, any: 0 },
    sql: { happened: 0, before: 0, after: 0, added: 0, missed: 0 },
    slaMinutesOwed: { happened: 0, before: 0, after: 0 },
    leadsWithSla: { happened: 0, before: 0, after: 0 },
    queued: { happened: 0, before: 0, after: 0 },
    repLoad: [],
    changes: [],
  };
  const load = new Map(reps.map((r) => [r.id, { repId: r.id, displayName: r.displayName, happened: 0, before: 0, after: 0 }]));
  const count = (side: 'happened' | 'before' | 'after', d: LeadDecision & { queued?: boolean }) => {
    if (d.stage === 'SQL') result.sql[side]++;
    if (d.slaMinutes !== null && stageNeedsOwner(d.stage)) {
      result.slaMinutesOwed[side] += d.slaMinutes;
      result.leadsWithSla[side]++;
    }
    if (d.ownerId) {
      const rep = load.get(d.ownerId);
      if (rep) rep[side]++;
    } else if (stageNeedsOwner(d.stage) && (side === 'happened' || d.queued)) {
      result.queued[side]++;
    }
  };

  for (let i = 0; i < leads.length; i++) {
    const lead = leads[i]!;
    const b = before[i]!;
    const a = after[i]!;
    if (lead.happened.classifier === 'llm') result.llmClassifiedLeads++;
    if (lead.happened.stage === b.stage) result.replayFidelity.sameStage++;
    if (lead.happened.ownerId === b.ownerId) result.replayFidelity.sameOwner++;
    count('happened', lead.happened);
    count('before', b);
    count('after', a);
    if (b.stage === 'SQL' && a.stage !== 'SQL') result.sql.missed++;
    if (b.stage !== 'SQL' && a.stage === 'SQL') result.sql.added++;

    const stageChanged = b.stage !== a.stage;
    const priorityChanged = b.priority !== a.priority;
    const ownerChanged = b.ownerId !== a.ownerId;
    if (!stageChanged && !priorityChanged && !ownerChanged) continue;
    if (stageChanged) result.changed.stage++;
    if (priorityChanged) result.changed.priority++;
    if (ownerChanged) result.changed.owner++;
    result.changed.any++;
    const { classification: _b, ...beforeDecision } = b;
    const { classification: _a, ...afterDecision } = a;
    const { classifier: _c, ...happened } = lead.happened;
    result.changes.push({
      leadId: lead.id, createdAt: lead.createdAt, happened, before: beforeDecision, after: afterDecision, stageChanged, priorityChanged, ownerChanged,
      reasons: changeReasons(b, a, published.policy, draft.policy, names),
    });
  }
  result.repLoad = [...load.values()];
  return result;
}
