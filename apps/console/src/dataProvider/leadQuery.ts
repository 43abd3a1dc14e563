/** react-admin list parameters -> the API's `leads(filter, sort)` arguments. */

import type { CreateLeadInput, LeadFilterInput, LeadSortField } from '../graphql/graphql';

export type { LeadFilterInput, LeadSortField };

/** The only orders the API serves: newest first, soonest SLA due first, or likeliest to convert first (unscored last). */
export const SORTABLE_LEAD_FIELDS: Record<string, LeadSortField> = { createdAt: 'CREATED_AT', slaDueAt: 'SLA_DUE_AT', 'listScore.probability': 'CONVERSION_SCORE' };

/** The filter's minimum score, typed as a percent (0-100), as the API's probability (0-1). */
function minScore(value: unknown): number | undefined {
  const percent = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  return Number.isFinite(percent) && percent >= 0 && percent <= 100 ? percent / 100 : undefined;
}

/** The filter's values as the API's enum (the API refuses a value it does not know, naming the field). */
const asList = <T extends string>(value: unknown): T[] | undefined => {
  const list = (Array.isArray(value) ? value : [value]).filter((v): v is T => typeof v === 'string' && v !== '');
  return list.length ? list : undefined;
};

/** A date input's "2026-11-01" or a full timestamp -> ISO; `endOfDay` makes the "to" date inclusive. */
export function dateBound(value: unknown, endOfDay = false): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(dateOnly ? `${value}T00:00:00` : value);
  if (Number.isNaN(date.getTime())) return undefined;
  if (dateOnly && endOfDay) date.setDate(date.getDate() + 1);
  return date.toISOString();
}

export function toLeadFilter(filter: Record<string, unknown> = {}): LeadFilterInput {
  const out: LeadFilterInput = {
    search: typeof filter['q'] === 'string' && filter['q'].trim() ? filter['q'].trim() : undefined,
    stages: asList(filter['stage']),
    priorities: asList(filter['priority']),
    statuses: asList(filter['status']),
    slaStates: asList(filter['slaState']),
    ownerId: typeof filter['ownerId'] === 'string' && filter['ownerId'] ? filter['ownerId'] : undefined,
    unassigned: filter['unassigned'] === true ? true : undefined,
    source: typeof filter['source'] === 'string' && filter['source'] ? filter['source'] : undefined,
    createdFrom: dateBound(filter['createdFrom']),
    createdTo: dateBound(filter['createdTo'], true),
    openOnly: filter['openOnly'] === true ? true : undefined,
    minConversionScore: minScore(filter['minScore']),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as LeadFilterInput;
}

export function toLeadSort(sort?: { field?: string }): LeadSortField {
  return SORTABLE_LEAD_FIELDS[sort?.field ?? ''] ?? 'CREATED_AT';
}

/** What the brief's "+ Add Lead" form sends: blanks become null, age a number. */
export function toCreateLeadInput(data: Record<string, unknown>): CreateLeadInput {
  const text = (key: string) => {
    const v = data[key];
    return typeof v === 'string' && v.trim() ? v.trim() : null;
  };
  const age = data['age'];
  return {
    fullName: text('fullName') ?? '',
    email: text('email') ?? '',
    jobPosition: text('jobPosition'),
    companyName: text('companyName'),
    industry: text('industry'),
    location: text('location'),
    phone: text('phone'),
    age: typeof age === 'number' && Number.isFinite(age) ? age : typeof age === 'string' && age.trim() ? Number(age) : null,
    gender: text('gender'),
    notifyEmail: text('notifyEmail'),
    description: text('description'),
    source: text('source') ?? 'web_form',
  };
}
