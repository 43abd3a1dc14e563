/** Form records -> the API's input types: only the fields the API accepts, blanks cleaned. */
import type { RepInput, RoutingRuleInput } from '../graphql/graphql';
import type { RoutingConditions } from './api';

const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [])
    .map((v) => String(v).trim())
    .filter(Boolean);

const CONDITION_KEYS: Array<keyof RoutingConditions> = ['stages', 'priorities', 'industries', 'countries', 'languages', 'sources', 'dealSizes'];

export function toRoutingRuleInput(data: Record<string, any>): RoutingRuleInput {
  const conditions = Object.fromEntries(
    CONDITION_KEYS.map((key) => [key, list(data['conditions']?.[key])]).filter(([, values]) => (values as string[]).length > 0),
  );
  return {
    name: String(data['name'] ?? '').trim(),
    enabled: data['enabled'] !== false,
    strategy: data['strategy'],
    repIds: list(data['repIds']),
    teamId: data['teamId'] || null,
    conditions,
  };
}

export function toRepInput(data: Record<string, any>): RepInput {
  const workingHours = Array.isArray(data['workingHours'])
    ? data['workingHours'].filter((d: any) => d && d.weekday).map((d: any) => ({ weekday: Number(d.weekday), from: String(d.from ?? ''), to: String(d.to ?? '') }))
    : null;
  const outOfOffice = Array.isArray(data['outOfOffice'])
    ? data['outOfOffice'].filter((r: any) => r && r.from && r.to).map((r: any) => ({ from: String(r.from).slice(0, 10), to: String(r.to).slice(0, 10) }))
    : [];
  return {
    active: data['active'] !== false,
    teamId: data['teamId'] || undefined,
    capacity: Number(data['capacity'] ?? 0),
    routingWeight: Number(data['routingWeight'] ?? 1),
    skills: list(data['skills']),
    languages: list(data['languages']),
    territories: list(data['territories']),
    timeZone: data['timeZone'] || 'America/Mexico_City',
    // What the rep's e-mails are written in (en, es, pt-BR); left out, it stays as it is.
    ...(data['language'] ? { language: String(data['language']) } : {}),
    // An empty week means "always available", which the API spells null.
    workingHours: workingHours && workingHours.length ? workingHours : null,
    outOfOffice,
  };
}
