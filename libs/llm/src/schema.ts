// The JSON schema of what the model extracts: sent as response_format and used to validate the answer.
import {
  DATA_QUALITY_LABELS,
  FIT_GRADES,
  LEAD_INTENTS,
  LEVELS,
  ROLE_TYPES,
  SENIORITY_LEVELS,
  URGENCY_LEVELS,
  type DataQualityLabel,
  type FitGrade,
  type LeadIntent,
  type Level,
  type RoleType,
  type SeniorityLevel,
  type UrgencyLevel,
} from '@leadops/domain';

/** The fields the model reads out of a lead; stage, priority, SLA and owner are never among them. */
export interface LlmExtraction {
  contactProfile: { seniorityLevel: SeniorityLevel; roleType: RoleType; decisionPower: Level };
  fit: { score: number; grade: FitGrade; reasons: string[] };
  urgency: { score: number; level: UrgencyLevel; signals: string[] };
  opportunity: { dealSize: Level; complexity: Level };
  dataQuality: { score: number; label: DataQualityLabel; missing: string[] };
  /** Who is writing and the lead's own words that showed it; the policy decides the stage from it (intentSignals). */
  intent: { kind: LeadIntent; evidence: string[] };
  summary: string;
  detectedNeeds: string[];
  matchedServices: string[];
  nextSteps: string[];
}

/** The subset of JSON Schema this module writes and validates. */
export type JsonSchema =
  | { type: 'object'; properties: Record<string, JsonSchema>; required: string[]; additionalProperties: false; description?: string }
  | { type: 'array'; items: JsonSchema; description?: string }
  | { type: 'string'; enum?: readonly string[]; description?: string }
  | { type: 'number'; minimum: number; maximum: number; description?: string }
  | { type: 'boolean'; description?: string };

// Strict structured outputs want every property required and no extra ones.
function object(properties: Record<string, JsonSchema>, description?: string): JsonSchema {
  return { type: 'object', properties, required: Object.keys(properties), additionalProperties: false, ...(description ? { description } : {}) };
}
const oneOf = (values: readonly string[], description?: string): JsonSchema => ({ type: 'string', enum: values, ...(description ? { description } : {}) });
const text = (description: string): JsonSchema => ({ type: 'string', description });
const texts = (description: string): JsonSchema => ({ type: 'array', items: { type: 'string' }, description });
const score = (description: string): JsonSchema => ({ type: 'number', minimum: 0, maximum: 100, description });

export const EXTRACTION_SCHEMA_NAME = 'lead_classification';

export const EXTRACTION_SCHEMA: JsonSchema = object({
  contactProfile: object({
    seniorityLevel: oneOf(SENIORITY_LEVELS, 'from jobPosition, any language'),
    roleType: oneOf(ROLE_TYPES),
    decisionPower: oneOf(LEVELS),
  }),
  fit: object({
    score: score('fit with the seller ideal customer, 0-100'),
    grade: oneOf(FIT_GRADES),
    reasons: texts('short reasons for the fit score'),
  }),
  urgency: object({
    score: score('urgency of the need, 0-100'),
    level: oneOf(URGENCY_LEVELS),
    signals: texts('phrases of the lead that show (or deny) urgency'),
  }),
  opportunity: object({ dealSize: oneOf(LEVELS), complexity: oneOf(LEVELS) }),
  dataQuality: object({
    score: score('completeness and coherence of the lead data, 0-100'),
    label: oneOf(DATA_QUALITY_LABELS),
    missing: texts('names of absent lead fields'),
  }),
  intent: object({
    kind: oneOf(LEAD_INTENTS, 'who is writing: a BUYER, one of the non-buyer kinds, or UNCLEAR when the need cannot be judged'),
    evidence: texts('the words of the lead that show the kind, copied exactly; empty for a BUYER or UNCLEAR'),
  }),
  summary: text('one or two sentences, in the lead language'),
  detectedNeeds: texts('the needs the lead expresses, in the lead language'),
  matchedServices: texts('seller mainServices the need matches, as named in the profile'),
  nextSteps: texts('concrete next steps for the sales team, in the lead language'),
});
