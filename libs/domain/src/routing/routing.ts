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

export type RoutingDecision =
  | { kind: 'ASSIGN'; repId: string; ruleId: string | null; ruleName: string; strategy: RoutingStrategy; reason: string }
  | { kind: 'QUEUE'; ruleId: string | null; ruleName: string; reason: string };

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

/** Why a rep cannot take a lead right now, or null when they can. */
export function repUnavailability(rep: RepCandidate, now: Date): Unavailability | null {
  if (!rep.active) return 'INACTIVE';
  // The local date costs an Intl call (~5 µs): only a rep with out-of-office dates needs it.
  if (rep.outOfOffice.length) {
    const today = localDateKey(zonedParts(now, rep.timeZone));
    if (rep.outOfOffice.some((r) => today >= r.from && today <= r.to)) return 'OUT_OF_OFFICE';
  }
  if (rep.workingHours && !isWithinBusinessHours(now, { timeZone: rep.timeZone, hours: rep.workingHours } as BusinessCalendar)) return 'OFF_HOURS';
  if (rep.openLeads >= rep.capacity) return 'AT_CAPACITY';
  return null;
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

/**
 * Picks the owner for a lead: the rule's reps, narrowed by territory or skills when the strategy says so,
 * then only those available now; none left means the fallback queue.
 */
export function decideRouting(
  rule: RoutingRule | null,
  candidates: RepCandidate[],
  cursor: RoutingCursor,
  lead: LeadRoutingFacts,
  now: Date,
): RoutingDecision {
  const strategy: RoutingStrategy = rule?.strategy ?? 'ROUND_ROBIN';
  const ruleId = rule?.id ?? null;
  const ruleName = rule?.name ?? 'default round-robin';
  let pool = candidates.filter((c) => (rule && rule.repIds.length ? rule.repIds.includes(c.id) : rule?.teamId ? c.teamId === rule.teamId : true));
  if (strategy === 'TERRITORY') pool = pool.filter((c) => c.territories.length > 0 && countriesAccept(c.territories, lead.country));
  if (strategy === 'SKILLS') {
    const wanted = [lead.industry, lead.language, ...lead.matchedServices].map(norm).filter(Boolean);
    pool = pool.filter((c) => [...c.skills, ...c.languages].map(norm).some((s) => wanted.some((w) => w.includes(s) || s.includes(w))));
  }
  const available = pool.filter((c) => repUnavailability(c, now) === null).sort((a, b) => (a.id < b.id ? -1 : 1));
  if (available.length === 0) {
    return { kind: 'QUEUE', ruleId, ruleName, reason: pool.length ? 'no rep available now (hours, out of office or capacity)' : 'no rep matches the rule' };
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
  return { kind: 'ASSIGN', repId: rep.id, ruleId, ruleName, strategy, reason: `${ruleName}: ${strategy.toLowerCase().replace('_', ' ')}` };
}
