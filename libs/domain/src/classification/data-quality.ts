// Can sales start a conversation with this data? (policy.md section 5): completeness of the contact fields,
// pulled down by unusable emails, placeholders ("N/A", "asdf") and fake phones.
import { isPlaceholderPhone } from '../enrichment/phone';
import type { CompiledPolicy } from '../policy/compiled-policy';
import type { ClassificationPolicy } from '../policy/policy';
import { dataQualityLabelFor } from '../policy/thresholds';
import type { LeadFields } from './lead-fields';
import type { LeadText } from './lead-text';
import type { ClassificationResult, EmailType, LeadInput } from './types';

type DataQuality = ClassificationResult['dataQuality'];

// Points for each usable field (sum 100): the four the brief calls critical weigh most.
const EMAIL_POINTS: Record<EmailType, number> = { CORPORATE: 25, FREE: 20, DISPOSABLE: 0, INVALID: 0 };
const FIELD_POINTS = { companyName: 15, jobPosition: 15, description: 20, phone: 10, location: 10, industry: 5 } as const;
const CONTENT_FREE_DESCRIPTION = 5;
const PLACEHOLDER_PENALTY = 10;
const UNUSABLE_EMAIL_PENALTY = 10;

type Field = keyof typeof FIELD_POINTS;

const isBlank = (value: string | null | undefined) => value === null || value === undefined || value.trim() === '';

export function assessDataQuality(
  lead: LeadInput,
  fields: LeadFields,
  text: LeadText,
  emailType: EmailType,
  compiled: CompiledPolicy,
  policy: ClassificationPolicy,
): DataQuality {
  let score = EMAIL_POINTS[emailType];
  if (emailType === 'INVALID' || emailType === 'DISPOSABLE') score -= UNUSABLE_EMAIL_PENALTY;
  const missing: string[] = [];

  for (const field of Object.keys(FIELD_POINTS) as Field[]) {
    const value = lead[field];
    if (isBlank(value)) {
      missing.push(field);
      continue;
    }
    let fake: boolean;
    if (field === 'phone') fake = isPlaceholderPhone(value as string);
    else if (field === 'description') fake = compiled.placeholders.has(text.normalized) || text.gibberish;
    else fake = fields.fake[field];
    if (fake) {
      missing.push(field);
      score -= PLACEHOLDER_PENALTY;
      continue;
    }
    score += field === 'description' && text.contentFree ? CONTENT_FREE_DESCRIPTION : FIELD_POINTS[field];
  }
  if (fields.fake.fullName) score -= PLACEHOLDER_PENALTY;

  score = Math.max(0, Math.min(100, score));
  return { score, label: dataQualityLabelFor(score, policy), missing };
}
