import type { Level, LeadSource, Priority, Stage } from '../classification/types';
import { isWithinBusinessHours, type BusinessCalendar } from '../sla/business-hours';
import { localDateKey, zonedParts } from '../sla/time-zone';
import { countryCode } from '../enrichment/location';

export const ROUTING_STRATEGIES = ['ROUND_ROBIN', 'WEIGHTED', 'LOAD_BALANCED', 'TERRITORY', 'SKILLS', 'SPECIFIC_REP'] as const;
export type RoutingStrategy = (typeof ROUTING_STRATEGIES)[number];

/** What routing may look at for one lead. */
export interface LeadRoutingFacts {
  stage: Stage;
  priority: Priority;
  industry: string | null;
  /** ISO code ("MX"); rules and territories may name countries either way ("Mexico", "México", "MX"). */
  country: string | null;
  language: string | null;
  source: LeadSource | string | null;
  dealSize: Level | null;
  /** Services matched by the classifier: a rep's skills are compared with these and the industry. */
  matchedServices: string[];
}

/** Conditions of a rule: every list that is set must contain the lead's value (case-insensitive). */
export interface RoutingConditions {
  stages?: Stage[];
  priorities?: Priority[];
  industries?: string[];
  countries?: string[];
  languages?: string[];
  sources?: string[];
  dealSizes?: Level[];
}

export interface RoutingRule {
  id: string;
  name: string;
  position: number;
  enabled: boolean;
  conditions: RoutingConditions;
  strategy: RoutingStrategy;
  /** The reps this rule routes to; empty means every rep of the team (or of the company). */
  repIds: string[];
  teamId: string | null;
}

export interface RepCandidate {
  id: string;
  active: boolean;
  teamId: string | null;
  capacity: number;
  openLeads: number;
  weight: number;
  skills: string[];
  languages: string[];
  territories: string[];
  timeZone: string;
  /** ISO weekday "1".."7" -> ["09:00","18:00"]; null means always available. */
  workingHours: Record<string, [string, string]> | null;
  outOfOffice: Array<{ from: string; to: string }>;
}

/** Round-robin memory of one rule: who got the last lead and how many were routed. */
export interface RoutingCursor {
  lastRepId: string | null;
  counter: number;
}

/**
 * What happened to one rep when a lead was routed: chosen, or why not. Reps outside the rule (another team, not named)
 * are not listed: the rule never considered them.
 */
export const CANDIDATE_OUTCOMES = [
  'CHOSEN', 'INACTIVE', 'EXCLUDED', 'NO_TERRITORY', 'NO_SKILL', 'OUT_OF_OFFICE', 'OFF_HOURS', 'AT_CAPACITY', 'NOT_NEXT', 'LOWER_WEIGHT', 'MORE_LOADED',
] as const;
export type CandidateOutcome = (typeof CANDIDATE_OUTCOMES)[number];

export interface CandidateVerdict {
  repId: string;
  outcome: CandidateOutcome;
  /** In English for the timeline and logs; the console words it from outcome and params in the reader's language. */
  reason: string;
  /** The figures behind the reason: { openLeads, capacity }, { until }, { timeZone, localTime }, { weight, totalWeight }... */
  params: Record<string, string | number>;
}

export type RoutingDecision =
  | { kind: 'ASSIGN'; repId: string; ruleId: string | null; ruleName: string; strategy: RoutingStrategy; reason: string; candidates: CandidateVerdict[] }
  | { kind: 'QUEUE'; ruleId: string | null; ruleName: string; strategy: RoutingStrategy; reason: string; candidates: CandidateVerdict[] };

export interface RoutingOptions {
  /** Reps this routing must not pick (the owner a lead is taken from): listed as EXCLUDED. */
  excludedRepIds?: readonly string[];
}

const norm = (s: string | null | undefined) =>
  (s ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();

function listAccepts(list: readonly string[] | undefined, value: string | null): boolean {
  if (!list || list.length === 0) return true;
  const v = norm(value);
  return v !== '' && list.some((item) => norm(item) === v);
}

function countriesAccept(list: readonly string[] | undefined, code: string | null): boolean {
  if (!list || list.length === 0) return true;
  return code !== null && list.some((name) => (countryCode(name) ?? name.trim().toUpperCase()) === code);
}

export function ruleMatches(rule: RoutingRule, lead: LeadRoutingFacts): boolean {
  const c = rule.conditions;
  return (
    listAccepts(c.stages, lead.stage) &&
    listAccepts(c.priorities, lead.priority) &&
    listAccepts(c.industries, lead.industry) &&
    countriesAccept(c.countries, lead.country) &&
    listAccepts(c.languages, lead.language) &&
    listAccepts(c.sources, lead.source) &&
    listAccepts(c.dealSizes, lead.dealSize)
  );
}

/** Rules in their configured order; the first enabled one that matches wins. */
export function firstMatchingRule(rules: RoutingRule[], lead: LeadRoutingFacts): RoutingRule | null {
  return [...rules].sort((a, b) => a.position - b.position).find((r) => r.enabled && ruleMatches(r, lead)) ?? null;
}

export type Unavailability = 'INACTIVE' | 'OUT_OF_OFFICE' | 'OFF_HOURS' | 'AT_CAPACITY';

const hhmm = (p: { hour: number; minute: number }) => `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;

/** Why a rep cannot take a lead right now, with the figures that show it, or null when they can. */
export function repUnavailabilityDetail(rep: RepCandidate, now: Date): Omit<CandidateVerdict, 'repId'> & { outcome: Unavailability } | null {
  if (!rep.active) return { outcome: 'INACTIVE', reason: 'inactive', params: {} };
  // The local date costs an Intl call (~5 µs, and the what-if replays thousands of leads): only when it is needed.
  const today = rep.outOfOffice.length ? localDateKey(zonedParts(now, rep.timeZone)) : '';
  const away = rep.outOfOffice.filter((r) => today >= r.from && today <= r.to);
  if (away.length) {
    const until = away.map((r) => r.to).sort().at(-1)!;
    return { outcome: 'OUT_OF_OFFICE', reason: `out of office until ${until}`, params: { until } };
  }
  if (rep.workingHours && !isWithinBusinessHours(now, { timeZone: rep.timeZone, hours: rep.workingHours } as BusinessCalendar)) {
    const localTime = hhmm(zonedParts(now, rep.timeZone));
    return { outcome: 'OFF_HOURS', reason: `outside working hours (${localTime} in ${rep.timeZone})`, params: { timeZone: rep.timeZone, localTime } };
  }
  if (rep.openLeads >= rep.capacity) {
    return { outcome: 'AT_CAPACITY', reason: `at capacity (${rep.openLeads} of ${rep.capacity})`, params: { openLeads: rep.openLeads, capacity: rep.capacity } };
  }
  return null;
}

/** Why a rep cannot take a lead right now, or null when they can. */
export function repUnavailability(rep: RepCandidate, now: Date): Unavailability | null {
  return repUnavailabilityDetail(rep, now)?.outcome ?? null;
}

function nextAfter(sorted: RepCandidate[], lastRepId: string | null): RepCandidate {
  if (!lastRepId) return sorted[0]!;
  const next = sorted.find((r) => r.id > lastRepId);
  return next ?? sorted[0]!;
}

function leastLoaded(reps: RepCandidate[]): RepCandidate {
  return [...reps].sort((a, b) => a.openLeads / Math.max(a.capacity, 1) - b.openLeads / Math.max(b.capacity, 1) || a.openLeads - b.openLeads || (a.id < b.id ? -1 : 1))[0]!;
}

/** Smooth weighted round-robin by the routed counter: rep i gets weight_i of every sum(weights) leads. */
function weightedPick(sorted: RepCandidate[], counter: number): RepCandidate {
  const total = sorted.reduce((s, r) => s + Math.max(r.weight, 0), 0);
  if (total === 0) return sorted[counter % sorted.length]!;
  // Interleave: slot k goes to the rep whose share is most behind after k leads.
  const slot = counter % total;
  const given = new Map(sorted.map((r) => [r.id, 0]));
  let chosen = sorted[0]!;
  for (let k = 0; k <= slot; k++) {
    chosen = sorted.reduce((best, r) => {
      const lag = (r.weight * (k + 1)) / total - given.get(r.id)!;
      const bestLag = (best.weight * (k + 1)) / total - given.get(best.id)!;
      return lag > bestLag ? r : best;
    });
    given.set(chosen.id, given.get(chosen.id)! + 1);
  }
  return chosen;
}

const byId = (a: RepCandidate, b: RepCandidate) => (a.id < b.id ? -1 : 1);

/** The lead's wanted skills: its industry, language and matched services, as the SKILLS strategy compares them. */
function wantedSkills(lead: LeadRoutingFacts): string[] {
  return [lead.industry, lead.language, ...lead.matchedServices].map(norm).filter(Boolean);
}

function hasSkill(rep: RepCandidate, wanted: string[]): boolean {
  return [...rep.skills, ...rep.languages].map(norm).some((s) => wanted.some((w) => w.includes(s) || s.includes(w)));
}

/** Why a rep the strategy did not pick lost to the one it did, in the strategy's own terms. */
function notPicked(rep: RepCandidate, strategy: RoutingStrategy, available: RepCandidate[]): Omit<CandidateVerdict, 'repId'> {
  switch (strategy) {
    case 'WEIGHTED': {
      const totalWeight = available.reduce((s, r) => s + Math.max(r.weight, 0), 0);
      return { outcome: 'LOWER_WEIGHT', reason: `not their turn this cycle (weight ${rep.weight} of ${totalWeight})`, params: { weight: rep.weight, totalWeight } };
    }
    case 'LOAD_BALANCED':
    case 'SKILLS':
      return { outcome: 'MORE_LOADED', reason: `more loaded (${rep.openLeads} of ${rep.capacity} open)`, params: { openLeads: rep.openLeads, capacity: rep.capacity } };
    default:
      return { outcome: 'NOT_NEXT', reason: 'not next in the rotation', params: {} };
  }
}

/**
 * Picks the owner for a lead: the rule's reps, narrowed by territory or skills when the strategy says so,
 * then only those available now; none left means the fallback queue. The decision lists every rep the rule
 * considered with why they were or were not chosen, so the assignment can be audited later.
 */
export function decideRouting(
  rule: RoutingRule | null,
  candidates: RepCandidate[],
  cursor: RoutingCursor,
  lead: LeadRoutingFacts,
  now: Date,
  options: RoutingOptions = {},
): RoutingDecision {
  const strategy: RoutingStrategy = rule?.strategy ?? 'ROUND_ROBIN';
  const ruleId = rule?.id ?? null;
  const ruleName = rule?.name ?? 'default round-robin';
  const excluded = new Set(options.excludedRepIds ?? []);
  const pool = candidates
    .filter((c) => (rule && rule.repIds.length ? rule.repIds.includes(c.id) : rule?.teamId ? c.teamId === rule.teamId : true))
    .sort(byId);
  const wanted = wantedSkills(lead);
  const verdicts = new Map<string, Omit<CandidateVerdict, 'repId'>>();
  const available: RepCandidate[] = [];
  let eligible = 0;
  for (const c of pool) {
    let verdict: Omit<CandidateVerdict, 'repId'> | null = null;
    if (!c.active) {
      eligible++; // matches the rule, just not available: the lead queues for "no rep available", as before
      verdict = { outcome: 'INACTIVE', reason: 'inactive', params: {} };
    } else if (excluded.has(c.id)) verdict = { outcome: 'EXCLUDED', reason: 'the owner the lead was taken from', params: {} };
    else if (strategy === 'TERRITORY' && !(c.territories.length > 0 && countriesAccept(c.territories, lead.country))) {
      verdict = { outcome: 'NO_TERRITORY', reason: `territory does not cover ${lead.country ?? 'an unknown country'}`, params: { country: lead.country ?? '' } };
    } else if (strategy === 'SKILLS' && !hasSkill(c, wanted)) {
      verdict = { outcome: 'NO_SKILL', reason: 'lacks the skill or language the lead needs', params: { wanted: wanted.join(', ') } };
    } else {
      eligible++;
      verdict = repUnavailabilityDetail(c, now);
    }
    if (verdict) verdicts.set(c.id, verdict);
    else available.push(c);
  }
  const list = (): CandidateVerdict[] => pool.map((c) => ({ repId: c.id, ...verdicts.get(c.id)! }));

  if (available.length === 0) {
    return { kind: 'QUEUE', ruleId, ruleName, strategy, reason: eligible ? 'no rep available now (hours, out of office or capacity)' : 'no rep matches the rule', candidates: list() };
  }
  let rep: RepCandidate;
  switch (strategy) {
    case 'LOAD_BALANCED':
    case 'SKILLS':
      rep = leastLoaded(available);
      break;
    case 'WEIGHTED':
      rep = weightedPick(available, cursor.counter);
      break;
    default:
      rep = nextAfter(available, cursor.lastRepId);
  }
  for (const c of available) {
    verdicts.set(c.id, c.id === rep.id ? { outcome: 'CHOSEN', reason: 'chosen', params: {} } : notPicked(c, strategy, available));
  }
  return { kind: 'ASSIGN', repId: rep.id, ruleId, ruleName, strategy, reason: `${ruleName}: ${strategy.toLowerCase().replace('_', ' ')}`, candidates: list() };
}
