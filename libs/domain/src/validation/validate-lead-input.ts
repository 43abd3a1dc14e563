// One check of an incoming lead for every entry point (API, webhooks, CSV import, CLI): types, ranges and
// lengths, with trimmed strings. The email is not required to be valid: an invalid one is stored and classified.
import { LEAD_SOURCES, type LeadInput, type LeadSource } from '../classification/types';
import { isSingleMailbox } from './notify-recipient';

export interface FieldError {
  field: string;
  message: string;
}

export type LeadValidation = { ok: true; lead: LeadInput } | { ok: false; errors: FieldError[] };

export const LEAD_LIMITS = {
  name: 200,
  email: 320,
  phone: 50,
  gender: 50,
  description: 5000,
  maxAge: 130,
  maxCompanySize: 10_000_000,
} as const;

type TextField = 'jobPosition' | 'companyName' | 'industry' | 'location' | 'phone' | 'gender' | 'notifyEmail' | 'description';

const OPTIONAL_TEXT: Record<TextField, number> = {
  jobPosition: LEAD_LIMITS.name,
  companyName: LEAD_LIMITS.name,
  industry: LEAD_LIMITS.name,
  location: LEAD_LIMITS.name,
  phone: LEAD_LIMITS.phone,
  gender: LEAD_LIMITS.gender,
  notifyEmail: LEAD_LIMITS.email,
  description: LEAD_LIMITS.description,
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** An integer, also from a digits-only string (CSV cells are text). */
function toInteger(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  return null;
}

export function validateLeadInput(raw: unknown): LeadValidation {
  if (!isPlainObject(raw)) return { ok: false, errors: [{ field: 'lead', message: 'must be an object' }] };
  const errors: FieldError[] = [];
  const lead: Partial<LeadInput> = {};

  const required = (field: 'fullName' | 'email', max: number) => {
    const value = raw[field];
    if (isBlank(value)) errors.push({ field, message: 'is required' });
    else if (typeof value !== 'string') errors.push({ field, message: 'must be a string' });
    else if (value.trim().length > max) errors.push({ field, message: `must be at most ${max} characters` });
    else lead[field] = value.trim();
  };
  required('fullName', LEAD_LIMITS.name);
  required('email', LEAD_LIMITS.email);

  for (const [field, max] of Object.entries(OPTIONAL_TEXT) as [TextField, number][]) {
    const value = raw[field];
    if (isBlank(value)) continue;
    if (typeof value !== 'string') errors.push({ field, message: 'must be a string' });
    else if (value.trim().length > max) errors.push({ field, message: `must be at most ${max} characters` });
    else if (field === 'notifyEmail' && !isSingleMailbox(value.trim())) errors.push({ field, message: 'must be one email address' });
    else lead[field] = value.trim();
  }

  if (!isBlank(raw.age)) {
    const age = toInteger(raw.age);
    if (age === null || age < 0 || age > LEAD_LIMITS.maxAge) errors.push({ field: 'age', message: `must be an integer from 0 to ${LEAD_LIMITS.maxAge}` });
    else lead.age = age;
  }
  if (!isBlank(raw.companySize)) {
    const size = toInteger(raw.companySize);
    if (size === null || size < 0 || size > LEAD_LIMITS.maxCompanySize) errors.push({ field: 'companySize', message: 'must be a whole number of employees (0 or more)' });
    else lead.companySize = size;
  }
  if (!isBlank(raw.source)) {
    const source = typeof raw.source === 'string' ? raw.source.trim().toLowerCase() : raw.source;
    if (typeof source !== 'string' || !(LEAD_SOURCES as readonly string[]).includes(source)) {
      errors.push({ field: 'source', message: `must be one of ${LEAD_SOURCES.join(', ')}` });
    } else lead.source = source as LeadSource;
  }
  return errors.length ? { ok: false, errors } : { ok: true, lead: lead as LeadInput };
}
