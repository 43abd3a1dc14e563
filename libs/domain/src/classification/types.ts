// The classification contract of ../shared/policy.md (v1): field names here are the API's and the CLI's.
import type { Explained } from '../explanations/codes';

export const SENIORITY_LEVELS = ['C_LEVEL', 'DIRECTOR', 'MANAGER', 'TECHNICAL', 'USER', 'UNKNOWN'] as const;
export type SeniorityLevel = (typeof SENIORITY_LEVELS)[number];

export const ROLE_TYPES = ['TECH_DECISION_MAKER', 'BUSINESS_DECISION_MAKER', 'INFLUENCER', 'USER', 'UNKNOWN'] as const;
export type RoleType = (typeof ROLE_TYPES)[number];

export const LEVELS = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type Level = (typeof LEVELS)[number];

export const EMAIL_TYPES = ['CORPORATE', 'FREE', 'DISPOSABLE', 'INVALID'] as const;
export type EmailType = (typeof EMAIL_TYPES)[number];

export const FIT_GRADES = ['A', 'B', 'C', 'D'] as const;
export type FitGrade = (typeof FIT_GRADES)[number];

export const URGENCY_LEVELS = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const;
export type UrgencyLevel = (typeof URGENCY_LEVELS)[number];

export const DATA_QUALITY_LABELS = ['GOOD', 'REVIEW', 'POOR'] as const;
export type DataQualityLabel = (typeof DATA_QUALITY_LABELS)[number];

export const STAGES = ['SQL', 'MQL', 'NURTURE', 'DISQUALIFIED', 'REVIEW'] as const;
export type Stage = (typeof STAGES)[number];

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const OWNER_ROLES = ['AE_ENTERPRISE', 'AE', 'SDR', 'SALES_OPS', 'MARKETING', 'NONE'] as const;
export type OwnerRole = (typeof OWNER_ROLES)[number];

export const LEAD_SOURCES = ['web_form', 'api', 'webhook', 'import', 'chat', 'event', 'referral'] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

export type ClassifierKind = 'llm' | 'rules';

/** A lead as the "+ Add Lead" form, the API, webhooks and CSV import accept it. */
export interface LeadInput {
  fullName: string;
  email: string;
  jobPosition?: string | null;
  companyName?: string | null;
  industry?: string | null;
  location?: string | null;
  phone?: string | null;
  age?: number | null;
  gender?: string | null;
  notifyEmail?: string | null;
  description?: string | null;
  source?: LeadSource | null;
  companySize?: number | null;
}

/** The seller's "Company Info", with the optional structured hints sales ops may add. */
export interface CompanyProfile {
  id?: string;
  /** Version of this profile; every classification records the one it used. */
  version?: number;
  companyName: string;
  shortDescription: string;
  mainServices: string[];
  targetAudience: string;
  targetIndustries?: string[];
  targetCountries?: string[];
  excludedIndustries?: string[];
  competitorDomains?: string[];
  /** Areas whose managers buy what the seller sells ("logística" for warehouse software): policy.md section 1. */
  buyerAreas?: string[];
}

export interface ContactProfile {
  seniorityLevel: SeniorityLevel;
  roleType: RoleType;
  decisionPower: Level;
  emailType: EmailType;
}

/** Who is writing, as far as buying goes (issue 14): a buyer, or one of the kinds policy.md s6 rule 1 puts out. */
export const LEAD_INTENTS = ['BUYER', 'JOB_SEEKER', 'VENDOR_PITCH', 'PARTNER_OR_RESELLER', 'COMPETITOR', 'PERSONAL', 'STUDENT', 'SPAM', 'UNCLEAR'] as const;
export type LeadIntent = (typeof LEAD_INTENTS)[number];

export interface ClassificationResult {
  contactProfile: ContactProfile;
  /** reasons in English (as before); reasonCodes the same reasons as codes, for the reader's language. */
  fit: { score: number; grade: FitGrade; reasons: string[]; reasonCodes?: Explained[] };
  urgency: { score: number; level: UrgencyLevel; signals: string[]; signalCodes?: Explained[] };
  opportunity: { dealSize: Level; complexity: Level };
  dataQuality: { score: number; label: DataQualityLabel; missing: string[] };
  stage: Stage;
  priority: Priority;
  slaMinutes: number | null;
  recommendedOwner: OwnerRole;
  summary: string;
  detectedNeeds: string[];
  matchedServices: string[];
  nextSteps: string[];
  classifier: ClassifierKind;
  explanation: string[];
  /** nextSteps and explanation as codes (issue 14); absent on results stored before them. */
  nextStepCodes?: Explained[];
  explanationCodes?: Explained[];
  /** The ClassificationPolicy version that decided stage / priority / SLA. */
  policyVersion: string;
  /** The CompanyProfile version the lead was judged against (null when the profile has none). */
  profileVersion: number | null;
  /** Why the LLM result was not used (timeout, error, schema), when classifier is "rules" after trying the LLM. */
  fallbackReason?: string;
  /** Who is writing and the lead's own words that showed it (empty evidence for a buyer read by default). */
  intent?: { kind: LeadIntent; evidence: string[] };
  /** Lead language detected from the description: es, en or pt. */
  language?: 'es' | 'en' | 'pt';
}
