// The lead's short text fields, normalised once (and checked for placeholders once) for every rule.
import type { CompiledPolicy } from '../policy/compiled-policy';
import { normalizeText } from '../text/normalize';
import { wordFacts } from './lexicon';
import { isPlaceholderText } from './placeholders';
import type { LeadInput } from './types';

export type LeadTextField = 'fullName' | 'companyName' | 'jobPosition' | 'industry' | 'location';

export interface LeadFields {
  /** Normalised value of each field ('' when absent). */
  text: Record<LeadTextField, string>;
  /** Fields filled with a placeholder ("N/A", "-", "asdf", "Prueba SA") or keyboard mashing. */
  fake: Record<LeadTextField, boolean>;
}

interface ReadField {
  text: string;
  fake: boolean;
}

const isMash = (word: string) => wordFacts(word).mash;
const ABSENT: ReadField = { text: '', fake: false };
// Titles, industries, locations and company names come back lead after lead: each value is read once per
// compiled policy (the placeholder lists are the policy's). Names are nearly all distinct and are not kept.
const READ_LIMIT = 20_000;
const readFields = new WeakMap<CompiledPolicy, Map<string, ReadField>>();

function read(raw: unknown, policy: CompiledPolicy): ReadField {
  if (typeof raw !== 'string' || raw.trim() === '') return ABSENT;
  const text = normalizeText(raw);
  return { text, fake: isPlaceholderText(text, policy, isMash) };
}

function readOnce(raw: unknown, policy: CompiledPolicy, cache: Map<string, ReadField>): ReadField {
  if (typeof raw !== 'string') return ABSENT;
  let field = cache.get(raw);
  if (field === undefined) {
    field = read(raw, policy);
    if (cache.size >= READ_LIMIT) cache.clear();
    cache.set(raw, field);
  }
  return field;
}

export function leadFields(lead: LeadInput, policy: CompiledPolicy): LeadFields {
  let cache = readFields.get(policy);
  if (!cache) readFields.set(policy, (cache = new Map()));
  const fullName = read(lead.fullName, policy);
  const companyName = readOnce(lead.companyName, policy, cache);
  const jobPosition = readOnce(lead.jobPosition, policy, cache);
  const industry = readOnce(lead.industry, policy, cache);
  const location = readOnce(lead.location, policy, cache);
  return {
    text: { fullName: fullName.text, companyName: companyName.text, jobPosition: jobPosition.text, industry: industry.text, location: location.text },
    fake: { fullName: fullName.fake, companyName: companyName.fake, jobPosition: jobPosition.fake, industry: industry.fake, location: location.fake },
  };
}
