// The lead's short text fields, normalised once (and checked for placeholders once) for every rule.
import type { CompiledPolicy } from '../policy/compiled-policy';
import { normalizeText } from '../text/normalize';
import { isPlaceholderText } from './placeholders';
import type { LeadInput } from './types';

const TEXT_FIELDS = ['fullName', 'companyName', 'jobPosition', 'industry', 'location'] as const;
export type LeadTextField = (typeof TEXT_FIELDS)[number];

export interface LeadFields {
  /** Normalised value of each field ('' when absent). */
  text: Record<LeadTextField, string>;
  /** Fields filled with a placeholder ("N/A", "-", "asdf", "Prueba SA") or keyboard mashing. */
  fake: Record<LeadTextField, boolean>;
}

export function leadFields(lead: LeadInput, policy: CompiledPolicy): LeadFields {
  const text = {} as LeadFields['text'];
  const fake = {} as LeadFields['fake'];
  for (const field of TEXT_FIELDS) {
    const raw = lead[field];
    const present = typeof raw === 'string' && raw.trim() !== '';
    text[field] = present ? normalizeText(raw) : '';
    fake[field] = present && isPlaceholderText(text[field], policy);
  }
  return { text, fake };
}
