// What the conversion score may look at: the lead's stored enrichment and classification and what the process did
// with it. Age and gender are not in ScoringFacts at all, so no model can ever learn from them.
import {
  EMAIL_TYPES, FIT_GRADES, LEAD_INTENTS, LEAD_SOURCES, LEVELS, ROLE_TYPES, SENIORITY_LEVELS, URGENCY_LEVELS,
  type ClassificationResult,
} from '../classification/types';

/** The facts of one lead the score reads; built by the activities from the stored lead, its classification and timeline. */
export interface ScoringFacts {
  classification: Pick<ClassificationResult, 'contactProfile' | 'fit' | 'urgency' | 'opportunity' | 'matchedServices' | 'intent' | 'language'> | null;
  source: string | null;
  industry: string | null;
  country: string | null;
  companySize: number | null;
  /** Minutes from creation to the first contact; null while nobody answered. */
  minutesToFirstResponse: number | null;
  escalations: number;
  /** Nurture e-mails opened or clicked. */
  nurtureEngagements: number;
}

/** The feature groups a model uses; every feature code starts with one of these. Never age or gender. */
export const SCORING_FEATURE_GROUPS = [
  'seniority', 'role', 'emailType', 'fitScore', 'fitGrade', 'urgencyScore', 'urgencyLevel', 'dealSize', 'complexity', 'intent',
  'industry', 'country', 'companySizeBand', 'source', 'service', 'language', 'firstResponse', 'noResponse', 'escalations', 'nurtureEngagement',
] as const;
export type ScoringFeatureGroup = (typeof SCORING_FEATURE_GROUPS)[number];

export const COMPANY_SIZE_BANDS = ['1-10', '11-50', '51-200', '201-1000', '1000+', 'UNKNOWN'] as const;
export const SCORING_LANGUAGES = ['es', 'en', 'pt', 'UNKNOWN'] as const;

/**
 * How facts become numbers: the fixed vocabularies plus the industries, countries and services seen often enough in
 * training (the rest fall in OTHER). Stored with the model so a lead is scored the way the model was trained.
 */
export interface FeatureSpec {
  version: 1;
  industries: string[];
  countries: string[];
  services: string[];
}

const MIN_CATEGORY_COUNT = 10;
const MAX_CATEGORIES = 30;

export function companySizeBand(size: number | null): (typeof COMPANY_SIZE_BANDS)[number] {
  if (size === null || !Number.isFinite(size) || size <= 0) return 'UNKNOWN';
  if (size <= 10) return '1-10';
  if (size <= 50) return '11-50';
  if (size <= 200) return '51-200';
  if (size <= 1000) return '201-1000';
  return '1000+';
}

const norm = (value: string | null | undefined) => (value ?? '').trim().toLowerCase();

function frequent(values: string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .filter(([, n]) => n >= MIN_CATEGORY_COUNT)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_CATEGORIES)
    .map(([v]) => v)
    .sort();
}

/** The spec learned from the training leads (deterministic: the same leads give the same spec). */
export function buildFeatureSpec(leads: readonly ScoringFacts[]): FeatureSpec {
  return {
    version: 1,
    industries: frequent(leads.map((l) => norm(l.industry))),
    countries: frequent(leads.map((l) => norm(l.country).toUpperCase())),
    services: frequent(leads.flatMap((l) => (l.classification?.matchedServices ?? []).map(norm))),
  };
}

/** Feature codes in vector order, e.g. "seniority:C_LEVEL", "fitScore", "industry:OTHER". */
export function featureNames(spec: FeatureSpec): string[] {
  const oneHot = (group: ScoringFeatureGroup, values: readonly string[]) => values.map((v) => `${group}:${v}`);
  return [
    ...oneHot('seniority', SENIORITY_LEVELS),
    ...oneHot('role', ROLE_TYPES),
    ...oneHot('emailType', EMAIL_TYPES),
    'fitScore',
    ...oneHot('fitGrade', FIT_GRADES),
    'urgencyScore',
    ...oneHot('urgencyLevel', URGENCY_LEVELS),
    ...oneHot('dealSize', LEVELS),
    ...oneHot('complexity', LEVELS),
    ...oneHot('intent', LEAD_INTENTS),
    ...oneHot('industry', [...spec.industries, 'OTHER']),
    ...oneHot('country', [...spec.countries, 'OTHER']),
    ...oneHot('companySizeBand', COMPANY_SIZE_BANDS),
    ...oneHot('source', [...LEAD_SOURCES, 'OTHER']),
    ...oneHot('service', spec.services),
    ...oneHot('language', SCORING_LANGUAGES),
    'firstResponse',
    'noResponse',
    'escalations',
    'nurtureEngagement',
  ];
}

/** Numbers in [0, 1] (one-hot or scaled), in the order of featureNames(spec). */
export function featureVector(spec: FeatureSpec, facts: ScoringFacts, names = featureNames(spec)): number[] {
  const index = new Map(names.map((n, i) => [n, i]));
  const x = new Array<number>(names.length).fill(0);
  const set = (name: string, value = 1) => {
    const i = index.get(name);
    if (i !== undefined) x[i] = value;
  };
  const c = facts.classification;
  set(`seniority:${c?.contactProfile.seniorityLevel ?? 'UNKNOWN'}`);
  set(`role:${c?.contactProfile.roleType ?? 'UNKNOWN'}`);
  if (c) set(`emailType:${c.contactProfile.emailType}`);
  set('fitScore', clamp01((c?.fit.score ?? 0) / 100));
  if (c) set(`fitGrade:${c.fit.grade}`);
  set('urgencyScore', clamp01((c?.urgency.score ?? 0) / 100));
  if (c) set(`urgencyLevel:${c.urgency.level}`);
  if (c) set(`dealSize:${c.opportunity.dealSize}`);
  if (c) set(`complexity:${c.opportunity.complexity}`);
  set(`intent:${c?.intent?.kind ?? 'UNCLEAR'}`);
  const industry = norm(facts.industry);
  set(`industry:${spec.industries.includes(industry) ? industry : 'OTHER'}`);
  const country = norm(facts.country).toUpperCase();
  set(`country:${spec.countries.includes(country) ? country : 'OTHER'}`);
  set(`companySizeBand:${companySizeBand(facts.companySize)}`);
  const source = facts.source ?? '';
  set(`source:${(LEAD_SOURCES as readonly string[]).includes(source) ? source : 'OTHER'}`);
  for (const service of c?.matchedServices ?? []) set(`service:${norm(service)}`);
  set(`language:${c?.language ?? 'UNKNOWN'}`);
  if (facts.minutesToFirstResponse === null) set('noResponse');
  // Hours on a log scale, 0 = at once, 1 = a week or more: the first hours matter most.
  else set('firstResponse', clamp01(Math.log1p(Math.max(0, facts.minutesToFirstResponse) / 60) / Math.log1p(168)));
  set('escalations', clamp01(facts.escalations / 3));
  set('nurtureEngagement', clamp01(facts.nurtureEngagements / 5));
  return x;
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
}
