// A seller's Company Info as the rules need it: the four fields of the screen, plus optional hints.
import type { CompanyProfile } from '../classification/types';
import type { FieldError } from './validate-lead-input';

export type ProfileValidation = { ok: true; profile: CompanyProfile } | { ok: false; errors: FieldError[] };

const HINT_LISTS = ['targetIndustries', 'targetCountries', 'excludedIndustries', 'competitorDomains', 'buyerAreas'] as const;

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

export function validateCompanyProfile(raw: unknown): ProfileValidation {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, errors: [{ field: 'profile', message: 'must be an object' }] };
  const p = raw as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const field of ['companyName', 'shortDescription', 'targetAudience'] as const) {
    if (typeof p[field] !== 'string' || !(p[field] as string).trim()) errors.push({ field, message: 'is required text' });
  }
  if (!isStringList(p.mainServices) || !p.mainServices.some((s) => s.trim())) errors.push({ field: 'mainServices', message: 'must be a non-empty list of texts' });
  for (const field of HINT_LISTS) {
    if (p[field] !== undefined && p[field] !== null && !isStringList(p[field])) errors.push({ field, message: 'must be a list of texts' });
  }
  if (p.version !== undefined && p.version !== null && !Number.isInteger(p.version)) errors.push({ field: 'version', message: 'must be an integer' });
  return errors.length ? { ok: false, errors } : { ok: true, profile: raw as CompanyProfile };
}
