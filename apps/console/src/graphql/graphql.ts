/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type BusinessCalendarInput = {
  holidays?: Array<string> | null | undefined;
  hours: Array<OpeningHoursInput>;
  timeZone: string;
};

export type CompanyProfileInput = {
  /** Areas whose managers buy what the seller sells (policy.md s1) */
  buyerAreas?: Array<string> | null | undefined;
  companyName: string;
  competitorDomains?: Array<string> | null | undefined;
  excludedIndustries?: Array<string> | null | undefined;
  mainServices: Array<string>;
  shortDescription: string;
  targetAudience: string;
  targetCountries?: Array<string> | null | undefined;
  targetIndustries?: Array<string> | null | undefined;
};

/** SCORED: the lead has a probability; NOT_ENOUGH_OUTCOMES: no model yet, too few closed leads; NOT_SCORED: a model exists but has not scored this lead yet */
export type ConversionScoreState =
  | 'NOT_ENOUGH_OUTCOMES'
  | 'NOT_SCORED'
  | 'SCORED';

export type CreateLeadInput = {
  age?: number | null | undefined;
  companyName?: string | null | undefined;
  companySize?: number | null | undefined;
  description?: string | null | undefined;
  email: string;
  fullName: string;
  gender?: string | null | undefined;
  industry?: string | null | undefined;
  jobPosition?: string | null | undefined;
  location?: string | null | undefined;
  notifyEmail?: string | null | undefined;
  phone?: string | null | undefined;
  source?: string | null | undefined;
};

export type DataQualityLabel =
  | 'GOOD'
  | 'POOR'
  | 'REVIEW';

export type DataQualityThresholdsInput = {
  GOOD: number;
  REVIEW: number;
};

export type DateRangeInput = {
  /** First day away, YYYY-MM-DD */
  from: string;
  /** Last day away, YYYY-MM-DD */
  to: string;
};

export type DraftRoutingRuleInput = {
  conditions?: RoutingConditionsInput | null | undefined;
  enabled?: boolean | null | undefined;
  /** The rule this edits; none for a new rule. */
  id?: string | number | null | undefined;
  name: string;
  /** Route to these reps only */
  repIds?: Array<string | number> | null | undefined;
  strategy: RoutingStrategy;
  /** Route within this team (when repIds is empty) */
  teamId?: string | number | null | undefined;
};

export type EmailTemplateInput = {
  body: LocalizedTextInput;
  subject: LocalizedTextInput;
};

export type EmailType =
  | 'CORPORATE'
  | 'DISPOSABLE'
  | 'FREE'
  | 'INVALID';

export type EscalationAction =
  | 'MARK_BREACHED'
  | 'NOTIFY_MANAGER'
  | 'REASSIGN'
  | 'REMIND_OWNER';

export type EscalationStepInput = {
  action: EscalationAction;
  afterMinutes: number;
};

export type FitGrade =
  | 'A'
  | 'B'
  | 'C'
  | 'D';

export type FitThresholdsInput = {
  A: number;
  B: number;
  C: number;
};

export type LeadFilterInput = {
  createdFrom?: string | null | undefined;
  createdTo?: string | null | undefined;
  /** Only leads whose conversion score is at least this probability (0-1) */
  minConversionScore?: number | null | undefined;
  /** Leave out closed leads */
  openOnly?: boolean | null | undefined;
  ownerId?: string | number | null | undefined;
  priorities?: Array<Priority> | null | undefined;
  /** Text search over name, company, e-mail and description */
  search?: string | null | undefined;
  slaStates?: Array<SlaState> | null | undefined;
  source?: string | null | undefined;
  stages?: Array<Stage> | null | undefined;
  statuses?: Array<LeadStatus> | null | undefined;
  /** Only leads without an owner (the fallback queue) */
  unassigned?: boolean | null | undefined;
};

/** Who is writing, as far as buying goes: a buyer, or a kind of lead policy.md puts out */
export type LeadIntentKind =
  | 'BUYER'
  | 'COMPETITOR'
  | 'JOB_SEEKER'
  | 'PARTNER_OR_RESELLER'
  | 'PERSONAL'
  | 'SPAM'
  | 'STUDENT'
  | 'UNCLEAR'
  | 'VENDOR_PITCH';

export type LeadOutcome =
  | 'CONVERTED'
  | 'DISQUALIFIED'
  | 'LOST';

export type LeadSortField =
  | 'CONVERSION_SCORE'
  | 'CREATED_AT'
  | 'SLA_DUE_AT';

export type LeadStatus =
  | 'ASSIGNED'
  | 'CLASSIFIED'
  | 'CLOSED'
  | 'CONTACTED'
  | 'NEW'
  | 'NURTURING'
  | 'QUEUED';

export type Level =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type LocalizedTextInput = {
  en: string;
  es: string;
  pt: string;
};

export type NurtureSequenceInput = {
  businessDaysOnly: boolean;
  steps: Array<NurtureStepInput>;
};

export type NurtureStepInput = {
  templateKey: string;
  waitDays: number;
};

export type OpeningHoursInput = {
  from: string;
  to: string;
  weekday: number;
};

export type OwnerRole =
  | 'AE'
  | 'AE_ENTERPRISE'
  | 'MARKETING'
  | 'NONE'
  | 'SALES_OPS'
  | 'SDR';

/** The whole draft: the policy numbers and word lists, and the routing rules in the order they are tried. */
export type PolicyDraftInput = {
  policy: PolicySettingsInput;
  routingRules: Array<DraftRoutingRuleInput>;
};

/** DRAFT: a draft exists; PUBLISHED: what is shown is what is live. */
export type PolicyEditionState =
  | 'DRAFT'
  | 'PUBLISHED';

export type PolicySettingsInput = {
  dataQuality: DataQualityThresholdsInput;
  fit: FitThresholdsInput;
  /** The word lists, shaped as the policy's keywords; null keeps the default lists. */
  keywords?: unknown;
  slaMinutes: PolicySlaMinutesInput;
  urgency: UrgencyThresholdsInput;
};

export type PolicySlaMinutesInput = {
  P1: number;
  P2: number;
  P3: number;
};

export type PolicyVersionAction =
  | 'BASELINE'
  | 'PUBLISH'
  | 'RESTORE';

export type Priority =
  | 'P1'
  | 'P2'
  | 'P3'
  | 'P4';

export type RepInput = {
  active?: boolean | null | undefined;
  capacity?: number | null | undefined;
  /** en, es or pt-BR: the e-mails to the rep are written in it */
  language?: string | null | undefined;
  languages?: Array<string> | null | undefined;
  outOfOffice?: Array<DateRangeInput> | null | undefined;
  routingWeight?: number | null | undefined;
  skills?: Array<string> | null | undefined;
  teamId?: string | number | null | undefined;
  territories?: Array<string> | null | undefined;
  timeZone?: string | null | undefined;
  workingHours?: Array<OpeningHoursInput> | null | undefined;
};

export type RoleType =
  | 'BUSINESS_DECISION_MAKER'
  | 'INFLUENCER'
  | 'TECH_DECISION_MAKER'
  | 'UNKNOWN'
  | 'USER';

export type RoutingCandidateOutcome =
  | 'AT_CAPACITY'
  | 'CHOSEN'
  | 'EXCLUDED'
  | 'INACTIVE'
  | 'LOWER_WEIGHT'
  | 'MORE_LOADED'
  | 'NOT_NEXT'
  | 'NO_SKILL'
  | 'NO_TERRITORY'
  | 'OFF_HOURS'
  | 'OUT_OF_OFFICE';

export type RoutingConditionsInput = {
  countries?: Array<string> | null | undefined;
  dealSizes?: Array<Level> | null | undefined;
  industries?: Array<string> | null | undefined;
  languages?: Array<string> | null | undefined;
  priorities?: Array<Priority> | null | undefined;
  sources?: Array<string> | null | undefined;
  stages?: Array<Stage> | null | undefined;
};

export type RoutingRuleInput = {
  conditions?: RoutingConditionsInput | null | undefined;
  enabled?: boolean | null | undefined;
  name: string;
  /** Route to these reps only */
  repIds?: Array<string | number> | null | undefined;
  strategy: RoutingStrategy;
  /** Route within this team (when repIds is empty) */
  teamId?: string | number | null | undefined;
};

export type RoutingStrategy =
  | 'LOAD_BALANCED'
  | 'ROUND_ROBIN'
  | 'SKILLS'
  | 'SPECIFIC_REP'
  | 'TERRITORY'
  | 'WEIGHTED';

export type SeniorityLevel =
  | 'C_LEVEL'
  | 'DIRECTOR'
  | 'MANAGER'
  | 'TECHNICAL'
  | 'UNKNOWN'
  | 'USER';

export type SlaMinutesInput = {
  P1: number;
  P2: number;
  P3: number;
};

export type SlaSettingsInput = {
  businessCalendar?: BusinessCalendarInput | null | undefined;
  businessHoursOnly?: boolean | null | undefined;
  escalationChain?: Array<EscalationStepInput> | null | undefined;
  minutesByPriority?: SlaMinutesInput | null | undefined;
};

export type SlaState =
  | 'BREACHED'
  | 'MET'
  | 'NONE'
  | 'RUNNING';

export type Stage =
  | 'DISQUALIFIED'
  | 'MQL'
  | 'NURTURE'
  | 'REVIEW'
  | 'SQL';

export type UrgencyLevel =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type UrgencyThresholdsInput = {
  CRITICAL: number;
  HIGH: number;
  MEDIUM: number;
};

export type UserRole =
  | 'MANAGER'
  | 'REP'
  | 'SALES_OPS';

export type UserFieldsFragment = { id: string, email: string, displayName: string, role: UserRole, teamId: string | null, active: boolean, capacity: number, openLeads: number | null };

export type LeadRowFragment = { id: string, createdAt: string, updatedAt: string, source: string, fullName: string, email: string, phone: string | null, jobPosition: string | null, companyName: string | null, industry: string | null, location: string | null, age: number | null, gender: string | null, status: LeadStatus, stage: Stage | null, priority: Priority | null, ownerId: string | null, assignedAt: string | null, slaDueAt: string | null, slaState: SlaState, escalationLevel: number, firstContactedAt: string | null, outcome: LeadOutcome | null, closedAt: string | null, owner: { id: string, displayName: string, email: string } | null, listScore: { state: ConversionScoreState, probability: number | null } | null };

export type LeadDetailFragment = { phoneE164: string | null, notifyEmail: string | null, description: string | null, companySize: number | null, outcomeReason: string | null, workflowId: string, temporalUrl: string | null, id: string, createdAt: string, updatedAt: string, source: string, fullName: string, email: string, phone: string | null, jobPosition: string | null, companyName: string | null, industry: string | null, location: string | null, age: number | null, gender: string | null, status: LeadStatus, stage: Stage | null, priority: Priority | null, ownerId: string | null, assignedAt: string | null, slaDueAt: string | null, slaState: SlaState, escalationLevel: number, firstContactedAt: string | null, outcome: LeadOutcome | null, closedAt: string | null, classification: { stage: Stage, rulesStage: Stage | null, priority: Priority, slaMinutes: number | null, recommendedOwner: OwnerRole, summary: string, detectedNeeds: Array<string>, matchedServices: Array<string>, nextSteps: Array<string>, classifier: string, explanation: Array<string>, policyVersion: string, profileVersion: number | null, fallbackReason: string | null, language: string | null, latencyMs: number | null, createdAt: string | null, contactProfile: { seniorityLevel: SeniorityLevel, roleType: RoleType, decisionPower: Level, emailType: EmailType }, fit: { score: number, grade: FitGrade, reasons: Array<string>, reasonCodes: Array<{ code: string, params: unknown, sign: string | null }> }, urgency: { score: number, level: UrgencyLevel, signals: Array<string>, signalCodes: Array<{ code: string, params: unknown, sign: string | null }> }, opportunity: { dealSize: Level, complexity: Level }, dataQuality: { score: number, label: DataQualityLabel, missing: Array<string> }, nextStepCodes: Array<{ code: string, params: unknown, sign: string | null }>, explanationCodes: Array<{ code: string, params: unknown, sign: string | null }> } | null, intent: { kind: LeadIntentKind, evidence: Array<string> } | null, routingDecision: { strategy: RoutingStrategy, assigned: boolean, cause: string | null, decidedAt: string, rule: { id: string | null, name: string }, candidates: Array<{ repId: string, repName: string, outcome: RoutingCandidateOutcome, reason: string, params: unknown }> } | null, timeline: Array<{ id: string, at: string, type: string, message: string, code: string | null, params: unknown, actorId: string | null }>, workflowState: { step: string, slaDueAt: string | null, slaState: string, escalationLevel: number, nurtureStep: number | null } | null, conversionScore: { state: ConversionScoreState, probability: number | null, modelVersion: number | null, closedLeads: number, minClosedLeads: number, trainedAt: string | null, factors: Array<{ feature: string, weight: number }> } | null, owner: { id: string, displayName: string, email: string } | null, listScore: { state: ConversionScoreState, probability: number | null } | null };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { id: string, email: string, displayName: string, role: UserRole, teamId: string | null, active: boolean, capacity: number, openLeads: number | null } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, role: UserRole, teamId: string | null, active: boolean, capacity: number, openLeads: number | null } };

export type LeadsQueryVariables = Exact<{
  filter?: LeadFilterInput | null | undefined;
  sort?: LeadSortField | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LeadsQuery = { leads: { totalCount: number, totalCountCapped: boolean, nodes: Array<{ id: string, createdAt: string, updatedAt: string, source: string, fullName: string, email: string, phone: string | null, jobPosition: string | null, companyName: string | null, industry: string | null, location: string | null, age: number | null, gender: string | null, status: LeadStatus, stage: Stage | null, priority: Priority | null, ownerId: string | null, assignedAt: string | null, slaDueAt: string | null, slaState: SlaState, escalationLevel: number, firstContactedAt: string | null, outcome: LeadOutcome | null, closedAt: string | null, owner: { id: string, displayName: string, email: string } | null, listScore: { state: ConversionScoreState, probability: number | null } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type LeadsCursorsQueryVariables = Exact<{
  filter?: LeadFilterInput | null | undefined;
  sort?: LeadSortField | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LeadsCursorsQuery = { leads: { totalCount: number, totalCountCapped: boolean, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type MyQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyQueueQuery = { myQueue: { totalCount: number, totalCountCapped: boolean, nodes: Array<{ id: string, createdAt: string, updatedAt: string, source: string, fullName: string, email: string, phone: string | null, jobPosition: string | null, companyName: string | null, industry: string | null, location: string | null, age: number | null, gender: string | null, status: LeadStatus, stage: Stage | null, priority: Priority | null, ownerId: string | null, assignedAt: string | null, slaDueAt: string | null, slaState: SlaState, escalationLevel: number, firstContactedAt: string | null, outcome: LeadOutcome | null, closedAt: string | null, owner: { id: string, displayName: string, email: string } | null, listScore: { state: ConversionScoreState, probability: number | null } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type MyQueueCursorsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyQueueCursorsQuery = { myQueue: { totalCount: number, totalCountCapped: boolean, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type LeadQueryVariables = Exact<{
  id: string | number;
}>;


export type LeadQuery = { lead: { phoneE164: string | null, notifyEmail: string | null, description: string | null, companySize: number | null, outcomeReason: string | null, workflowId: string, temporalUrl: string | null, id: string, createdAt: string, updatedAt: string, source: string, fullName: string, email: string, phone: string | null, jobPosition: string | null, companyName: string | null, industry: string | null, location: string | null, age: number | null, gender: string | null, status: LeadStatus, stage: Stage | null, priority: Priority | null, ownerId: string | null, assignedAt: string | null, slaDueAt: string | null, slaState: SlaState, escalationLevel: number, firstContactedAt: string | null, outcome: LeadOutcome | null, closedAt: string | null, classification: { stage: Stage, rulesStage: Stage | null, priority: Priority, slaMinutes: number | null, recommendedOwner: OwnerRole, summary: string, detectedNeeds: Array<string>, matchedServices: Array<string>, nextSteps: Array<string>, classifier: string, explanation: Array<string>, policyVersion: string, profileVersion: number | null, fallbackReason: string | null, language: string | null, latencyMs: number | null, createdAt: string | null, contactProfile: { seniorityLevel: SeniorityLevel, roleType: RoleType, decisionPower: Level, emailType: EmailType }, fit: { score: number, grade: FitGrade, reasons: Array<string>, reasonCodes: Array<{ code: string, params: unknown, sign: string | null }> }, urgency: { score: number, level: UrgencyLevel, signals: Array<string>, signalCodes: Array<{ code: string, params: unknown, sign: string | null }> }, opportunity: { dealSize: Level, complexity: Level }, dataQuality: { score: number, label: DataQualityLabel, missing: Array<string> }, nextStepCodes: Array<{ code: string, params: unknown, sign: string | null }>, explanationCodes: Array<{ code: string, params: unknown, sign: string | null }> } | null, intent: { kind: LeadIntentKind, evidence: Array<string> } | null, routingDecision: { strategy: RoutingStrategy, assigned: boolean, cause: string | null, decidedAt: string, rule: { id: string | null, name: string }, candidates: Array<{ repId: string, repName: string, outcome: RoutingCandidateOutcome, reason: string, params: unknown }> } | null, timeline: Array<{ id: string, at: string, type: string, message: string, code: string | null, params: unknown, actorId: string | null }>, workflowState: { step: string, slaDueAt: string | null, slaState: string, escalationLevel: number, nurtureStep: number | null } | null, conversionScore: { state: ConversionScoreState, probability: number | null, modelVersion: number | null, closedLeads: number, minClosedLeads: number, trainedAt: string | null, factors: Array<{ feature: string, weight: number }> } | null, owner: { id: string, displayName: string, email: string } | null, listScore: { state: ConversionScoreState, probability: number | null } | null } };

export type CreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type CreateLeadMutation = { createLead: { id: string, createdAt: string, updatedAt: string, source: string, fullName: string, email: string, phone: string | null, jobPosition: string | null, companyName: string | null, industry: string | null, location: string | null, age: number | null, gender: string | null, status: LeadStatus, stage: Stage | null, priority: Priority | null, ownerId: string | null, assignedAt: string | null, slaDueAt: string | null, slaState: SlaState, escalationLevel: number, firstContactedAt: string | null, outcome: LeadOutcome | null, closedAt: string | null, owner: { id: string, displayName: string, email: string } | null, listScore: { state: ConversionScoreState, probability: number | null } | null } };

export type MarkContactedMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkContactedMutation = { markContacted: { id: string, status: LeadStatus } };

export type CloseLeadMutationVariables = Exact<{
  id: string | number;
  outcome: LeadOutcome;
  reason?: string | null | undefined;
}>;


export type CloseLeadMutation = { closeLead: { id: string, status: LeadStatus } };

export type ReassignMutationVariables = Exact<{
  id: string | number;
  toUserId?: string | number | null | undefined;
}>;


export type ReassignMutation = { reassign: { id: string, ownerId: string | null } };

export type ReclassifyMutationVariables = Exact<{
  id: string | number;
}>;


export type ReclassifyMutation = { reclassify: { id: string, status: LeadStatus } };

export type AddNoteMutationVariables = Exact<{
  id: string | number;
  text: string;
}>;


export type AddNoteMutation = { addNote: { id: string } };

export type UsersQueryVariables = Exact<{
  role?: UserRole | null | undefined;
}>;


export type UsersQuery = { users: Array<{ id: string, email: string, displayName: string, role: UserRole, teamId: string | null, active: boolean, capacity: number, openLeads: number | null }> };

export type TeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsQuery = { teams: Array<{ id: string, name: string, timeZone: string }> };

export type RepFieldsFragment = { id: string, email: string, displayName: string, teamId: string | null, active: boolean, capacity: number, routingWeight: number, skills: Array<string>, languages: Array<string>, territories: Array<string>, timeZone: string, language: string, openLeads: number, workingHours: Array<{ weekday: number, from: string, to: string }> | null, outOfOffice: Array<{ from: string, to: string }> };

export type RepsQueryVariables = Exact<{ [key: string]: never; }>;


export type RepsQuery = { reps: Array<{ id: string, email: string, displayName: string, teamId: string | null, active: boolean, capacity: number, routingWeight: number, skills: Array<string>, languages: Array<string>, territories: Array<string>, timeZone: string, language: string, openLeads: number, workingHours: Array<{ weekday: number, from: string, to: string }> | null, outOfOffice: Array<{ from: string, to: string }> }> };

export type UpdateRepMutationVariables = Exact<{
  id: string | number;
  input: RepInput;
}>;


export type UpdateRepMutation = { updateRep: { id: string, email: string, displayName: string, teamId: string | null, active: boolean, capacity: number, routingWeight: number, skills: Array<string>, languages: Array<string>, territories: Array<string>, timeZone: string, language: string, openLeads: number, workingHours: Array<{ weekday: number, from: string, to: string }> | null, outOfOffice: Array<{ from: string, to: string }> } };

export type RoutingRuleFieldsFragment = { id: string, name: string, position: number, enabled: boolean, strategy: RoutingStrategy, repIds: Array<string>, teamId: string | null, createdAt: string, updatedAt: string, conditions: { stages: Array<Stage>, priorities: Array<Priority>, industries: Array<string>, countries: Array<string>, languages: Array<string>, sources: Array<string>, dealSizes: Array<Level> } };

export type RoutingRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type RoutingRulesQuery = { routingRules: Array<{ id: string, name: string, position: number, enabled: boolean, strategy: RoutingStrategy, repIds: Array<string>, teamId: string | null, createdAt: string, updatedAt: string, conditions: { stages: Array<Stage>, priorities: Array<Priority>, industries: Array<string>, countries: Array<string>, languages: Array<string>, sources: Array<string>, dealSizes: Array<Level> } }> };

export type CreateRoutingRuleMutationVariables = Exact<{
  input: RoutingRuleInput;
}>;


export type CreateRoutingRuleMutation = { createRoutingRule: { id: string, name: string, position: number, enabled: boolean, strategy: RoutingStrategy, repIds: Array<string>, teamId: string | null, createdAt: string, updatedAt: string, conditions: { stages: Array<Stage>, priorities: Array<Priority>, industries: Array<string>, countries: Array<string>, languages: Array<string>, sources: Array<string>, dealSizes: Array<Level> } } };

export type UpdateRoutingRuleMutationVariables = Exact<{
  id: string | number;
  input: RoutingRuleInput;
}>;


export type UpdateRoutingRuleMutation = { updateRoutingRule: { id: string, name: string, position: number, enabled: boolean, strategy: RoutingStrategy, repIds: Array<string>, teamId: string | null, createdAt: string, updatedAt: string, conditions: { stages: Array<Stage>, priorities: Array<Priority>, industries: Array<string>, countries: Array<string>, languages: Array<string>, sources: Array<string>, dealSizes: Array<Level> } } };

export type DeleteRoutingRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteRoutingRuleMutation = { deleteRoutingRule: boolean };

export type ReorderRoutingRulesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ReorderRoutingRulesMutation = { reorderRoutingRules: Array<{ id: string, name: string, position: number, enabled: boolean, strategy: RoutingStrategy, repIds: Array<string>, teamId: string | null, createdAt: string, updatedAt: string, conditions: { stages: Array<Stage>, priorities: Array<Priority>, industries: Array<string>, countries: Array<string>, languages: Array<string>, sources: Array<string>, dealSizes: Array<Level> } }> };

export type CompanyProfileFieldsFragment = { id: string, version: number, companyName: string, shortDescription: string, mainServices: Array<string>, targetAudience: string, targetIndustries: Array<string>, targetCountries: Array<string>, excludedIndustries: Array<string>, competitorDomains: Array<string>, buyerAreas: Array<string>, createdAt: string, createdById: string | null };

export type CompanyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyProfileQuery = { companyProfile: { id: string, version: number, companyName: string, shortDescription: string, mainServices: Array<string>, targetAudience: string, targetIndustries: Array<string>, targetCountries: Array<string>, excludedIndustries: Array<string>, competitorDomains: Array<string>, buyerAreas: Array<string>, createdAt: string, createdById: string | null } };

export type CompanyProfileHistoryQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type CompanyProfileHistoryQuery = { companyProfileHistory: Array<{ id: string, version: number, companyName: string, shortDescription: string, mainServices: Array<string>, targetAudience: string, targetIndustries: Array<string>, targetCountries: Array<string>, excludedIndustries: Array<string>, competitorDomains: Array<string>, buyerAreas: Array<string>, createdAt: string, createdById: string | null }> };

export type UpdateCompanyProfileMutationVariables = Exact<{
  input: CompanyProfileInput;
}>;


export type UpdateCompanyProfileMutation = { updateCompanyProfile: { id: string, version: number, companyName: string, shortDescription: string, mainServices: Array<string>, targetAudience: string, targetIndustries: Array<string>, targetCountries: Array<string>, excludedIndustries: Array<string>, competitorDomains: Array<string>, buyerAreas: Array<string>, createdAt: string, createdById: string | null } };

export type SlaSettingsFieldsFragment = { businessHoursOnly: boolean, minutesByPriority: { P1: number, P2: number, P3: number }, businessCalendar: { timeZone: string, holidays: Array<string>, hours: Array<{ weekday: number, from: string, to: string }> }, escalationChain: Array<{ action: EscalationAction, afterMinutes: number }> };

export type SlaSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SlaSettingsQuery = { slaSettings: { businessHoursOnly: boolean, minutesByPriority: { P1: number, P2: number, P3: number }, businessCalendar: { timeZone: string, holidays: Array<string>, hours: Array<{ weekday: number, from: string, to: string }> }, escalationChain: Array<{ action: EscalationAction, afterMinutes: number }> } };

export type UpdateSlaSettingsMutationVariables = Exact<{
  input: SlaSettingsInput;
}>;


export type UpdateSlaSettingsMutation = { updateSlaSettings: { businessHoursOnly: boolean, minutesByPriority: { P1: number, P2: number, P3: number }, businessCalendar: { timeZone: string, holidays: Array<string>, hours: Array<{ weekday: number, from: string, to: string }> }, escalationChain: Array<{ action: EscalationAction, afterMinutes: number }> } };

export type NurtureFieldsFragment = { businessDaysOnly: boolean, steps: Array<{ templateKey: string, waitDays: number }> };

export type NurtureSequenceQueryVariables = Exact<{ [key: string]: never; }>;


export type NurtureSequenceQuery = { nurtureSequence: { businessDaysOnly: boolean, steps: Array<{ templateKey: string, waitDays: number }> } };

export type UpdateNurtureSequenceMutationVariables = Exact<{
  input: NurtureSequenceInput;
}>;


export type UpdateNurtureSequenceMutation = { updateNurtureSequence: { businessDaysOnly: boolean, steps: Array<{ templateKey: string, waitDays: number }> } };

export type EmailTemplateFieldsFragment = { key: string, subject: { es: string, en: string, pt: string }, body: { es: string, en: string, pt: string } };

export type EmailTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type EmailTemplatesQuery = { emailTemplates: Array<{ key: string, subject: { es: string, en: string, pt: string }, body: { es: string, en: string, pt: string } }> };

export type UpdateEmailTemplateMutationVariables = Exact<{
  key: string;
  input: EmailTemplateInput;
}>;


export type UpdateEmailTemplateMutation = { updateEmailTemplate: { key: string, subject: { es: string, en: string, pt: string }, body: { es: string, en: string, pt: string } } };

export type WebhookFieldsFragment = { id: string, url: string, events: Array<string>, active: boolean, createdBy: string | null, createdAt: string, recentDeliveries: Array<{ id: string, at: string, event: string, attempt: number, statusCode: number | null, ok: boolean, error: string | null, durationMs: number | null }> };

export type WebhookSubscriptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookSubscriptionsQuery = { webhookSubscriptions: Array<{ id: string, url: string, events: Array<string>, active: boolean, createdBy: string | null, createdAt: string, recentDeliveries: Array<{ id: string, at: string, event: string, attempt: number, statusCode: number | null, ok: boolean, error: string | null, durationMs: number | null }> }> };

export type CreateWebhookSubscriptionMutationVariables = Exact<{
  url: string;
  events: Array<string> | string;
  secret: string;
}>;


export type CreateWebhookSubscriptionMutation = { createWebhookSubscription: { id: string, url: string, events: Array<string>, active: boolean, createdBy: string | null, createdAt: string, recentDeliveries: Array<{ id: string, at: string, event: string, attempt: number, statusCode: number | null, ok: boolean, error: string | null, durationMs: number | null }> } };

export type DeleteWebhookSubscriptionMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteWebhookSubscriptionMutation = { deleteWebhookSubscription: boolean };

export type MetricsQueryVariables = Exact<{
  from: string;
  to: string;
  timeZone?: string | null | undefined;
}>;


export type MetricsQuery = { metrics: { from: string, to: string, timeZone: string, leadsCreated: number, slaMet: number, slaBreached: number, slaCompliance: number | null, breachesOpen: number, breachesInRange: number, firstResponseP50Minutes: number | null, firstResponseP90Minutes: number | null, funnel: Array<{ stage: Stage | null, leads: number, contacted: number, converted: number }>, leadsBySource: Array<{ source: string, count: number }>, leadsByOwner: Array<{ ownerId: string | null, displayName: string, count: number }>, leadsByDay: Array<{ day: string, count: number }>, breachesByDay: Array<{ day: string, count: number }>, stageDisagreementsByDay: Array<{ day: string, count: number }> } };

export type BoardLeadFragment = { id: string, fullName: string, companyName: string | null, email: string, priority: Priority | null, stage: Stage | null, status: LeadStatus, slaDueAt: string | null, slaState: SlaState, assignedAt: string | null, createdAt: string, firstContactedAt: string | null, escalationLevel: number, owner: { id: string, displayName: string } | null };

export type SlaBoardQueryVariables = Exact<{ [key: string]: never; }>;


export type SlaBoardQuery = { slaBoard: Array<{ openLeads: number, rep: { id: string, email: string, displayName: string, role: UserRole, teamId: string | null, active: boolean, capacity: number, openLeads: number | null }, breached: Array<{ id: string, fullName: string, companyName: string | null, email: string, priority: Priority | null, stage: Stage | null, status: LeadStatus, slaDueAt: string | null, slaState: SlaState, assignedAt: string | null, createdAt: string, firstContactedAt: string | null, escalationLevel: number, owner: { id: string, displayName: string } | null }>, atRisk: Array<{ id: string, fullName: string, companyName: string | null, email: string, priority: Priority | null, stage: Stage | null, status: LeadStatus, slaDueAt: string | null, slaState: SlaState, assignedAt: string | null, createdAt: string, firstContactedAt: string | null, escalationLevel: number, owner: { id: string, displayName: string } | null }> }> };

export type PolicySettingsFieldsFragment = { keywords: unknown, fit: { A: number, B: number, C: number }, urgency: { CRITICAL: number, HIGH: number, MEDIUM: number }, dataQuality: { GOOD: number, REVIEW: number }, slaMinutes: { P1: number, P2: number, P3: number } };

export type DraftRuleFieldsFragment = { id: string, name: string, position: number, enabled: boolean, strategy: RoutingStrategy, teamId: string | null, repIds: Array<string>, conditions: { stages: Array<Stage>, priorities: Array<Priority>, industries: Array<string>, countries: Array<string>, languages: Array<string>, sources: Array<string>, dealSizes: Array<Level> } };

export type PolicyDraftFieldsFragment = { state: PolicyEditionState, publishedVersion: number | null, basedOnVersion: number | null, updatedAt: string | null, policy: { keywords: unknown, fit: { A: number, B: number, C: number }, urgency: { CRITICAL: number, HIGH: number, MEDIUM: number }, dataQuality: { GOOD: number, REVIEW: number }, slaMinutes: { P1: number, P2: number, P3: number } }, routingRules: Array<{ id: string, name: string, position: number, enabled: boolean, strategy: RoutingStrategy, teamId: string | null, repIds: Array<string>, conditions: { stages: Array<Stage>, priorities: Array<Priority>, industries: Array<string>, countries: Array<string>, languages: Array<string>, sources: Array<string>, dealSizes: Array<Level> } }> };

export type PolicyDraftQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyDraftQuery = { policyDraft: { state: PolicyEditionState, publishedVersion: number | null, basedOnVersion: number | null, updatedAt: string | null, policy: { keywords: unknown, fit: { A: number, B: number, C: number }, urgency: { CRITICAL: number, HIGH: number, MEDIUM: number }, dataQuality: { GOOD: number, REVIEW: number }, slaMinutes: { P1: number, P2: number, P3: number } }, routingRules: Array<{ id: string, name: string, position: number, enabled: boolean, strategy: RoutingStrategy, teamId: string | null, repIds: Array<string>, conditions: { stages: Array<Stage>, priorities: Array<Priority>, industries: Array<string>, countries: Array<string>, languages: Array<string>, sources: Array<string>, dealSizes: Array<Level> } }> } };

export type SavePolicyDraftMutationVariables = Exact<{
  input: PolicyDraftInput;
}>;


export type SavePolicyDraftMutation = { savePolicyDraft: { state: PolicyEditionState, publishedVersion: number | null, basedOnVersion: number | null, updatedAt: string | null, policy: { keywords: unknown, fit: { A: number, B: number, C: number }, urgency: { CRITICAL: number, HIGH: number, MEDIUM: number }, dataQuality: { GOOD: number, REVIEW: number }, slaMinutes: { P1: number, P2: number, P3: number } }, routingRules: Array<{ id: string, name: string, position: number, enabled: boolean, strategy: RoutingStrategy, teamId: string | null, repIds: Array<string>, conditions: { stages: Array<Stage>, priorities: Array<Priority>, industries: Array<string>, countries: Array<string>, languages: Array<string>, sources: Array<string>, dealSizes: Array<Level> } }> } };

export type DiscardPolicyDraftMutationVariables = Exact<{ [key: string]: never; }>;


export type DiscardPolicyDraftMutation = { discardPolicyDraft: boolean };

export type PolicyVersionFieldsFragment = { version: number, policyVersion: string, action: PolicyVersionAction, restoredFrom: number | null, note: string | null, publishedBy: string | null, publishedAt: string, live: boolean };

export type PolicyVersionsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type PolicyVersionsQuery = { policyVersions: Array<{ version: number, policyVersion: string, action: PolicyVersionAction, restoredFrom: number | null, note: string | null, publishedBy: string | null, publishedAt: string, live: boolean }> };

export type PublishPolicyDraftMutationVariables = Exact<{
  note?: string | null | undefined;
}>;


export type PublishPolicyDraftMutation = { publishPolicyDraft: { version: number, policyVersion: string, action: PolicyVersionAction, restoredFrom: number | null, note: string | null, publishedBy: string | null, publishedAt: string, live: boolean } };

export type RestorePolicyVersionMutationVariables = Exact<{
  version: number;
}>;


export type RestorePolicyVersionMutation = { restorePolicyVersion: { version: number, policyVersion: string, action: PolicyVersionAction, restoredFrom: number | null, note: string | null, publishedBy: string | null, publishedAt: string, live: boolean } };

export type SimulatePolicyDraftQueryVariables = Exact<{
  days?: number | null | undefined;
  maxChanges?: number | null | undefined;
}>;


export type SimulatePolicyDraftQuery = { simulatePolicyDraft: { days: number, from: string, to: string, leads: number, llmClassifiedLeads: number, durationMs: number, assumptions: Array<string>, replayFidelity: { sameStage: number, sameOwner: number }, changed: { stage: number, priority: number, owner: number, any: number }, sql: { happened: number, before: number, after: number, added: number, missed: number }, slaMinutesOwed: { happened: number, before: number, after: number }, leadsWithSla: { happened: number, before: number, after: number }, queued: { happened: number, before: number, after: number }, repLoad: Array<{ repId: string, displayName: string, happened: number, before: number, after: number }>, changes: Array<{ leadId: string, fullName: string, companyName: string | null, createdAt: string, stageChanged: boolean, priorityChanged: boolean, ownerChanged: boolean, reasons: Array<string>, before: { stage: Stage | null, priority: Priority | null, slaMinutes: number | null, ownerName: string | null, queued: boolean }, after: { stage: Stage | null, priority: Priority | null, slaMinutes: number | null, ownerName: string | null, queued: boolean, routedBy: string | null } }> } };

export type ScoringModelFieldsFragment = { version: number, auc: number, brier: number, ece: number, closedLeads: number, trainLeads: number, heldOutLeads: number, trainingMs: number, trainedAt: string, promoted: boolean, promotedAt: string | null, refusal: string | null, calibration: Array<{ from: number, to: number, count: number, meanPredicted: number, observedRate: number }>, heldOutScoreBands: Array<{ band: string, leads: number, converted: number, conversionRate: number | null }> };

export type ScoringModelsQueryVariables = Exact<{
  first: number;
}>;


export type ScoringModelsQuery = { scoringModels: Array<{ version: number, auc: number, brier: number, ece: number, closedLeads: number, trainLeads: number, heldOutLeads: number, trainingMs: number, trainedAt: string, promoted: boolean, promotedAt: string | null, refusal: string | null, calibration: Array<{ from: number, to: number, count: number, meanPredicted: number, observedRate: number }>, heldOutScoreBands: Array<{ band: string, leads: number, converted: number, conversionRate: number | null }> }> };

export type ScoringStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type ScoringStatusQuery = { scoringStatus: { closedLeads: number, minClosedLeads: number, orderQueueByScore: boolean, promoted: { version: number, auc: number, brier: number, ece: number, closedLeads: number, trainLeads: number, heldOutLeads: number, trainingMs: number, trainedAt: string, promoted: boolean, promotedAt: string | null, refusal: string | null, calibration: Array<{ from: number, to: number, count: number, meanPredicted: number, observedRate: number }>, heldOutScoreBands: Array<{ band: string, leads: number, converted: number, conversionRate: number | null }> } | null } };

export type ConversionByScoreBandQueryVariables = Exact<{ [key: string]: never; }>;


export type ConversionByScoreBandQuery = { conversionByScoreBand: Array<{ band: string, leads: number, converted: number, conversionRate: number | null }> };

export type TrainScoringModelMutationVariables = Exact<{ [key: string]: never; }>;


export type TrainScoringModelMutation = { trainScoringModel: { workflowId: string } };

export type RollbackScoringModelMutationVariables = Exact<{
  version?: number | null | undefined;
}>;


export type RollbackScoringModelMutation = { rollbackScoringModel: { version: number, auc: number, brier: number, ece: number, closedLeads: number, trainLeads: number, heldOutLeads: number, trainingMs: number, trainedAt: string, promoted: boolean, promotedAt: string | null, refusal: string | null, calibration: Array<{ from: number, to: number, count: number, meanPredicted: number, observedRate: number }>, heldOutScoreBands: Array<{ band: string, leads: number, converted: number, conversionRate: number | null }> } };

export type SetOrderQueueByScoreMutationVariables = Exact<{
  enabled: boolean;
}>;


export type SetOrderQueueByScoreMutation = { setOrderQueueByScore: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const UserFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserFields on User {
  id
  email
  displayName
  role
  teamId
  active
  capacity
  openLeads
}
    `, {"fragmentName":"UserFields"}) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const LeadRowFragmentDoc = new TypedDocumentString(`
    fragment LeadRow on Lead {
  id
  createdAt
  updatedAt
  source
  fullName
  email
  phone
  jobPosition
  companyName
  industry
  location
  age
  gender
  status
  stage
  priority
  ownerId
  owner {
    id
    displayName
    email
  }
  assignedAt
  slaDueAt
  slaState
  escalationLevel
  firstContactedAt
  outcome
  closedAt
  listScore: conversionScore {
    state
    probability
  }
}
    `, {"fragmentName":"LeadRow"}) as unknown as TypedDocumentString<LeadRowFragment, unknown>;
export const LeadDetailFragmentDoc = new TypedDocumentString(`
    fragment LeadDetail on Lead {
  ...LeadRow
  phoneE164
  notifyEmail
  description
  companySize
  outcomeReason
  workflowId
  temporalUrl
  classification {
    contactProfile {
      seniorityLevel
      roleType
      decisionPower
      emailType
    }
    fit {
      score
      grade
      reasons
      reasonCodes {
        code
        params
        sign
      }
    }
    urgency {
      score
      level
      signals
      signalCodes {
        code
        params
        sign
      }
    }
    opportunity {
      dealSize
      complexity
    }
    dataQuality {
      score
      label
      missing
    }
    stage
    rulesStage
    priority
    slaMinutes
    recommendedOwner
    summary
    detectedNeeds
    matchedServices
    nextSteps
    nextStepCodes {
      code
      params
      sign
    }
    classifier
    explanation
    explanationCodes {
      code
      params
      sign
    }
    policyVersion
    profileVersion
    fallbackReason
    language
    latencyMs
    createdAt
  }
  intent {
    kind
    evidence
  }
  routingDecision {
    rule {
      id
      name
    }
    strategy
    assigned
    cause
    decidedAt
    candidates {
      repId
      repName
      outcome
      reason
      params
    }
  }
  timeline {
    id
    at
    type
    message
    code
    params
    actorId
  }
  workflowState {
    step
    slaDueAt
    slaState
    escalationLevel
    nurtureStep
  }
  conversionScore {
    state
    probability
    modelVersion
    closedLeads
    minClosedLeads
    trainedAt
    factors {
      feature
      weight
    }
  }
}
    fragment LeadRow on Lead {
  id
  createdAt
  updatedAt
  source
  fullName
  email
  phone
  jobPosition
  companyName
  industry
  location
  age
  gender
  status
  stage
  priority
  ownerId
  owner {
    id
    displayName
    email
  }
  assignedAt
  slaDueAt
  slaState
  escalationLevel
  firstContactedAt
  outcome
  closedAt
  listScore: conversionScore {
    state
    probability
  }
}`, {"fragmentName":"LeadDetail"}) as unknown as TypedDocumentString<LeadDetailFragment, unknown>;
export const RepFieldsFragmentDoc = new TypedDocumentString(`
    fragment RepFields on Rep {
  id
  email
  displayName
  teamId
  active
  capacity
  routingWeight
  skills
  languages
  territories
  timeZone
  language
  workingHours {
    weekday
    from
    to
  }
  outOfOffice {
    from
    to
  }
  openLeads
}
    `, {"fragmentName":"RepFields"}) as unknown as TypedDocumentString<RepFieldsFragment, unknown>;
export const RoutingRuleFieldsFragmentDoc = new TypedDocumentString(`
    fragment RoutingRuleFields on RoutingRule {
  id
  name
  position
  enabled
  strategy
  repIds
  teamId
  createdAt
  updatedAt
  conditions {
    stages
    priorities
    industries
    countries
    languages
    sources
    dealSizes
  }
}
    `, {"fragmentName":"RoutingRuleFields"}) as unknown as TypedDocumentString<RoutingRuleFieldsFragment, unknown>;
export const CompanyProfileFieldsFragmentDoc = new TypedDocumentString(`
    fragment CompanyProfileFields on CompanyProfile {
  id
  version
  companyName
  shortDescription
  mainServices
  targetAudience
  targetIndustries
  targetCountries
  excludedIndustries
  competitorDomains
  buyerAreas
  createdAt
  createdById
}
    `, {"fragmentName":"CompanyProfileFields"}) as unknown as TypedDocumentString<CompanyProfileFieldsFragment, unknown>;
export const SlaSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment SlaSettingsFields on SlaSettings {
  businessHoursOnly
  minutesByPriority {
    P1
    P2
    P3
  }
  businessCalendar {
    timeZone
    hours {
      weekday
      from
      to
    }
    holidays
  }
  escalationChain {
    action
    afterMinutes
  }
}
    `, {"fragmentName":"SlaSettingsFields"}) as unknown as TypedDocumentString<SlaSettingsFieldsFragment, unknown>;
export const NurtureFieldsFragmentDoc = new TypedDocumentString(`
    fragment NurtureFields on NurtureSequence {
  businessDaysOnly
  steps {
    templateKey
    waitDays
  }
}
    `, {"fragmentName":"NurtureFields"}) as unknown as TypedDocumentString<NurtureFieldsFragment, unknown>;
export const EmailTemplateFieldsFragmentDoc = new TypedDocumentString(`
    fragment EmailTemplateFields on EmailTemplate {
  key
  subject {
    es
    en
    pt
  }
  body {
    es
    en
    pt
  }
}
    `, {"fragmentName":"EmailTemplateFields"}) as unknown as TypedDocumentString<EmailTemplateFieldsFragment, unknown>;
export const WebhookFieldsFragmentDoc = new TypedDocumentString(`
    fragment WebhookFields on WebhookSubscription {
  id
  url
  events
  active
  createdBy
  createdAt
  recentDeliveries {
    id
    at
    event
    attempt
    statusCode
    ok
    error
    durationMs
  }
}
    `, {"fragmentName":"WebhookFields"}) as unknown as TypedDocumentString<WebhookFieldsFragment, unknown>;
export const BoardLeadFragmentDoc = new TypedDocumentString(`
    fragment BoardLead on Lead {
  id
  fullName
  companyName
  email
  priority
  stage
  status
  slaDueAt
  slaState
  assignedAt
  createdAt
  firstContactedAt
  escalationLevel
  owner {
    id
    displayName
  }
}
    `, {"fragmentName":"BoardLead"}) as unknown as TypedDocumentString<BoardLeadFragment, unknown>;
export const PolicySettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment PolicySettingsFields on ClassificationPolicySettings {
  fit {
    A
    B
    C
  }
  urgency {
    CRITICAL
    HIGH
    MEDIUM
  }
  dataQuality {
    GOOD
    REVIEW
  }
  slaMinutes {
    P1
    P2
    P3
  }
  keywords
}
    `, {"fragmentName":"PolicySettingsFields"}) as unknown as TypedDocumentString<PolicySettingsFieldsFragment, unknown>;
export const DraftRuleFieldsFragmentDoc = new TypedDocumentString(`
    fragment DraftRuleFields on DraftRoutingRule {
  id
  name
  position
  enabled
  strategy
  teamId
  repIds
  conditions {
    stages
    priorities
    industries
    countries
    languages
    sources
    dealSizes
  }
}
    `, {"fragmentName":"DraftRuleFields"}) as unknown as TypedDocumentString<DraftRuleFieldsFragment, unknown>;
export const PolicyDraftFieldsFragmentDoc = new TypedDocumentString(`
    fragment PolicyDraftFields on PolicyDraft {
  state
  publishedVersion
  basedOnVersion
  updatedAt
  policy {
    ...PolicySettingsFields
  }
  routingRules {
    ...DraftRuleFields
  }
}
    fragment PolicySettingsFields on ClassificationPolicySettings {
  fit {
    A
    B
    C
  }
  urgency {
    CRITICAL
    HIGH
    MEDIUM
  }
  dataQuality {
    GOOD
    REVIEW
  }
  slaMinutes {
    P1
    P2
    P3
  }
  keywords
}
fragment DraftRuleFields on DraftRoutingRule {
  id
  name
  position
  enabled
  strategy
  teamId
  repIds
  conditions {
    stages
    priorities
    industries
    countries
    languages
    sources
    dealSizes
  }
}`, {"fragmentName":"PolicyDraftFields"}) as unknown as TypedDocumentString<PolicyDraftFieldsFragment, unknown>;
export const PolicyVersionFieldsFragmentDoc = new TypedDocumentString(`
    fragment PolicyVersionFields on PolicyVersion {
  version
  policyVersion
  action
  restoredFrom
  note
  publishedBy
  publishedAt
  live
}
    `, {"fragmentName":"PolicyVersionFields"}) as unknown as TypedDocumentString<PolicyVersionFieldsFragment, unknown>;
export const ScoringModelFieldsFragmentDoc = new TypedDocumentString(`
    fragment ScoringModelFields on ScoringModel {
  version
  auc
  brier
  ece
  closedLeads
  trainLeads
  heldOutLeads
  trainingMs
  trainedAt
  promoted
  promotedAt
  refusal
  calibration {
    from
    to
    count
    meanPredicted
    observedRate
  }
  heldOutScoreBands {
    band
    leads
    converted
    conversionRate
  }
}
    `, {"fragmentName":"ScoringModelFields"}) as unknown as TypedDocumentString<ScoringModelFieldsFragment, unknown>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
    user {
      ...UserFields
    }
  }
}
    fragment UserFields on User {
  id
  email
  displayName
  role
  teamId
  active
  capacity
  openLeads
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  displayName
  role
  teamId
  active
  capacity
  openLeads
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LeadsDocument = new TypedDocumentString(`
    query Leads($filter: LeadFilterInput, $sort: LeadSortField, $first: Int, $after: String) {
  leads(filter: $filter, sort: $sort, first: $first, after: $after) {
    nodes {
      ...LeadRow
    }
    pageInfo {
      endCursor
      hasNextPage
    }
    totalCount
    totalCountCapped
  }
}
    fragment LeadRow on Lead {
  id
  createdAt
  updatedAt
  source
  fullName
  email
  phone
  jobPosition
  companyName
  industry
  location
  age
  gender
  status
  stage
  priority
  ownerId
  owner {
    id
    displayName
    email
  }
  assignedAt
  slaDueAt
  slaState
  escalationLevel
  firstContactedAt
  outcome
  closedAt
  listScore: conversionScore {
    state
    probability
  }
}`) as unknown as TypedDocumentString<LeadsQuery, LeadsQueryVariables>;
export const LeadsCursorsDocument = new TypedDocumentString(`
    query LeadsCursors($filter: LeadFilterInput, $sort: LeadSortField, $first: Int, $after: String) {
  leads(filter: $filter, sort: $sort, first: $first, after: $after) {
    pageInfo {
      endCursor
      hasNextPage
    }
    totalCount
    totalCountCapped
  }
}
    `) as unknown as TypedDocumentString<LeadsCursorsQuery, LeadsCursorsQueryVariables>;
export const MyQueueDocument = new TypedDocumentString(`
    query MyQueue($first: Int, $after: String) {
  myQueue(first: $first, after: $after) {
    nodes {
      ...LeadRow
    }
    pageInfo {
      endCursor
      hasNextPage
    }
    totalCount
    totalCountCapped
  }
}
    fragment LeadRow on Lead {
  id
  createdAt
  updatedAt
  source
  fullName
  email
  phone
  jobPosition
  companyName
  industry
  location
  age
  gender
  status
  stage
  priority
  ownerId
  owner {
    id
    displayName
    email
  }
  assignedAt
  slaDueAt
  slaState
  escalationLevel
  firstContactedAt
  outcome
  closedAt
  listScore: conversionScore {
    state
    probability
  }
}`) as unknown as TypedDocumentString<MyQueueQuery, MyQueueQueryVariables>;
export const MyQueueCursorsDocument = new TypedDocumentString(`
    query MyQueueCursors($first: Int, $after: String) {
  myQueue(first: $first, after: $after) {
    pageInfo {
      endCursor
      hasNextPage
    }
    totalCount
    totalCountCapped
  }
}
    `) as unknown as TypedDocumentString<MyQueueCursorsQuery, MyQueueCursorsQueryVariables>;
export const LeadDocument = new TypedDocumentString(`
    query Lead($id: ID!) {
  lead(id: $id) {
    ...LeadDetail
  }
}
    fragment LeadRow on Lead {
  id
  createdAt
  updatedAt
  source
  fullName
  email
  phone
  jobPosition
  companyName
  industry
  location
  age
  gender
  status
  stage
  priority
  ownerId
  owner {
    id
    displayName
    email
  }
  assignedAt
  slaDueAt
  slaState
  escalationLevel
  firstContactedAt
  outcome
  closedAt
  listScore: conversionScore {
    state
    probability
  }
}
fragment LeadDetail on Lead {
  ...LeadRow
  phoneE164
  notifyEmail
  description
  companySize
  outcomeReason
  workflowId
  temporalUrl
  classification {
    contactProfile {
      seniorityLevel
      roleType
      decisionPower
      emailType
    }
    fit {
      score
      grade
      reasons
      reasonCodes {
        code
        params
        sign
      }
    }
    urgency {
      score
      level
      signals
      signalCodes {
        code
        params
        sign
      }
    }
    opportunity {
      dealSize
      complexity
    }
    dataQuality {
      score
      label
      missing
    }
    stage
    rulesStage
    priority
    slaMinutes
    recommendedOwner
    summary
    detectedNeeds
    matchedServices
    nextSteps
    nextStepCodes {
      code
      params
      sign
    }
    classifier
    explanation
    explanationCodes {
      code
      params
      sign
    }
    policyVersion
    profileVersion
    fallbackReason
    language
    latencyMs
    createdAt
  }
  intent {
    kind
    evidence
  }
  routingDecision {
    rule {
      id
      name
    }
    strategy
    assigned
    cause
    decidedAt
    candidates {
      repId
      repName
      outcome
      reason
      params
    }
  }
  timeline {
    id
    at
    type
    message
    code
    params
    actorId
  }
  workflowState {
    step
    slaDueAt
    slaState
    escalationLevel
    nurtureStep
  }
  conversionScore {
    state
    probability
    modelVersion
    closedLeads
    minClosedLeads
    trainedAt
    factors {
      feature
      weight
    }
  }
}`) as unknown as TypedDocumentString<LeadQuery, LeadQueryVariables>;
export const CreateLeadDocument = new TypedDocumentString(`
    mutation CreateLead($input: CreateLeadInput!) {
  createLead(input: $input) {
    ...LeadRow
  }
}
    fragment LeadRow on Lead {
  id
  createdAt
  updatedAt
  source
  fullName
  email
  phone
  jobPosition
  companyName
  industry
  location
  age
  gender
  status
  stage
  priority
  ownerId
  owner {
    id
    displayName
    email
  }
  assignedAt
  slaDueAt
  slaState
  escalationLevel
  firstContactedAt
  outcome
  closedAt
  listScore: conversionScore {
    state
    probability
  }
}`) as unknown as TypedDocumentString<CreateLeadMutation, CreateLeadMutationVariables>;
export const MarkContactedDocument = new TypedDocumentString(`
    mutation MarkContacted($id: ID!) {
  markContacted(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<MarkContactedMutation, MarkContactedMutationVariables>;
export const CloseLeadDocument = new TypedDocumentString(`
    mutation CloseLead($id: ID!, $outcome: LeadOutcome!, $reason: String) {
  closeLead(id: $id, outcome: $outcome, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CloseLeadMutation, CloseLeadMutationVariables>;
export const ReassignDocument = new TypedDocumentString(`
    mutation Reassign($id: ID!, $toUserId: ID) {
  reassign(id: $id, toUserId: $toUserId) {
    id
    ownerId
  }
}
    `) as unknown as TypedDocumentString<ReassignMutation, ReassignMutationVariables>;
export const ReclassifyDocument = new TypedDocumentString(`
    mutation Reclassify($id: ID!) {
  reclassify(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReclassifyMutation, ReclassifyMutationVariables>;
export const AddNoteDocument = new TypedDocumentString(`
    mutation AddNote($id: ID!, $text: String!) {
  addNote(id: $id, text: $text) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddNoteMutation, AddNoteMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($role: UserRole) {
  users(role: $role) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  displayName
  role
  teamId
  active
  capacity
  openLeads
}`) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const TeamsDocument = new TypedDocumentString(`
    query Teams {
  teams {
    id
    name
    timeZone
  }
}
    `) as unknown as TypedDocumentString<TeamsQuery, TeamsQueryVariables>;
export const RepsDocument = new TypedDocumentString(`
    query Reps {
  reps {
    ...RepFields
  }
}
    fragment RepFields on Rep {
  id
  email
  displayName
  teamId
  active
  capacity
  routingWeight
  skills
  languages
  territories
  timeZone
  language
  workingHours {
    weekday
    from
    to
  }
  outOfOffice {
    from
    to
  }
  openLeads
}`) as unknown as TypedDocumentString<RepsQuery, RepsQueryVariables>;
export const UpdateRepDocument = new TypedDocumentString(`
    mutation UpdateRep($id: ID!, $input: RepInput!) {
  updateRep(id: $id, input: $input) {
    ...RepFields
  }
}
    fragment RepFields on Rep {
  id
  email
  displayName
  teamId
  active
  capacity
  routingWeight
  skills
  languages
  territories
  timeZone
  language
  workingHours {
    weekday
    from
    to
  }
  outOfOffice {
    from
    to
  }
  openLeads
}`) as unknown as TypedDocumentString<UpdateRepMutation, UpdateRepMutationVariables>;
export const RoutingRulesDocument = new TypedDocumentString(`
    query RoutingRules {
  routingRules {
    ...RoutingRuleFields
  }
}
    fragment RoutingRuleFields on RoutingRule {
  id
  name
  position
  enabled
  strategy
  repIds
  teamId
  createdAt
  updatedAt
  conditions {
    stages
    priorities
    industries
    countries
    languages
    sources
    dealSizes
  }
}`) as unknown as TypedDocumentString<RoutingRulesQuery, RoutingRulesQueryVariables>;
export const CreateRoutingRuleDocument = new TypedDocumentString(`
    mutation CreateRoutingRule($input: RoutingRuleInput!) {
  createRoutingRule(input: $input) {
    ...RoutingRuleFields
  }
}
    fragment RoutingRuleFields on RoutingRule {
  id
  name
  position
  enabled
  strategy
  repIds
  teamId
  createdAt
  updatedAt
  conditions {
    stages
    priorities
    industries
    countries
    languages
    sources
    dealSizes
  }
}`) as unknown as TypedDocumentString<CreateRoutingRuleMutation, CreateRoutingRuleMutationVariables>;
export const UpdateRoutingRuleDocument = new TypedDocumentString(`
    mutation UpdateRoutingRule($id: ID!, $input: RoutingRuleInput!) {
  updateRoutingRule(id: $id, input: $input) {
    ...RoutingRuleFields
  }
}
    fragment RoutingRuleFields on RoutingRule {
  id
  name
  position
  enabled
  strategy
  repIds
  teamId
  createdAt
  updatedAt
  conditions {
    stages
    priorities
    industries
    countries
    languages
    sources
    dealSizes
  }
}`) as unknown as TypedDocumentString<UpdateRoutingRuleMutation, UpdateRoutingRuleMutationVariables>;
export const DeleteRoutingRuleDocument = new TypedDocumentString(`
    mutation DeleteRoutingRule($id: ID!) {
  deleteRoutingRule(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteRoutingRuleMutation, DeleteRoutingRuleMutationVariables>;
export const ReorderRoutingRulesDocument = new TypedDocumentString(`
    mutation ReorderRoutingRules($ids: [ID!]!) {
  reorderRoutingRules(ids: $ids) {
    ...RoutingRuleFields
  }
}
    fragment RoutingRuleFields on RoutingRule {
  id
  name
  position
  enabled
  strategy
  repIds
  teamId
  createdAt
  updatedAt
  conditions {
    stages
    priorities
    industries
    countries
    languages
    sources
    dealSizes
  }
}`) as unknown as TypedDocumentString<ReorderRoutingRulesMutation, ReorderRoutingRulesMutationVariables>;
export const CompanyProfileDocument = new TypedDocumentString(`
    query CompanyProfile {
  companyProfile {
    ...CompanyProfileFields
  }
}
    fragment CompanyProfileFields on CompanyProfile {
  id
  version
  companyName
  shortDescription
  mainServices
  targetAudience
  targetIndustries
  targetCountries
  excludedIndustries
  competitorDomains
  buyerAreas
  createdAt
  createdById
}`) as unknown as TypedDocumentString<CompanyProfileQuery, CompanyProfileQueryVariables>;
export const CompanyProfileHistoryDocument = new TypedDocumentString(`
    query CompanyProfileHistory($first: Int) {
  companyProfileHistory(first: $first) {
    ...CompanyProfileFields
  }
}
    fragment CompanyProfileFields on CompanyProfile {
  id
  version
  companyName
  shortDescription
  mainServices
  targetAudience
  targetIndustries
  targetCountries
  excludedIndustries
  competitorDomains
  buyerAreas
  createdAt
  createdById
}`) as unknown as TypedDocumentString<CompanyProfileHistoryQuery, CompanyProfileHistoryQueryVariables>;
export const UpdateCompanyProfileDocument = new TypedDocumentString(`
    mutation UpdateCompanyProfile($input: CompanyProfileInput!) {
  updateCompanyProfile(input: $input) {
    ...CompanyProfileFields
  }
}
    fragment CompanyProfileFields on CompanyProfile {
  id
  version
  companyName
  shortDescription
  mainServices
  targetAudience
  targetIndustries
  targetCountries
  excludedIndustries
  competitorDomains
  buyerAreas
  createdAt
  createdById
}`) as unknown as TypedDocumentString<UpdateCompanyProfileMutation, UpdateCompanyProfileMutationVariables>;
export const SlaSettingsDocument = new TypedDocumentString(`
    query SlaSettings {
  slaSettings {
    ...SlaSettingsFields
  }
}
    fragment SlaSettingsFields on SlaSettings {
  businessHoursOnly
  minutesByPriority {
    P1
    P2
    P3
  }
  businessCalendar {
    timeZone
    hours {
      weekday
      from
      to
    }
    holidays
  }
  escalationChain {
    action
    afterMinutes
  }
}`) as unknown as TypedDocumentString<SlaSettingsQuery, SlaSettingsQueryVariables>;
export const UpdateSlaSettingsDocument = new TypedDocumentString(`
    mutation UpdateSlaSettings($input: SlaSettingsInput!) {
  updateSlaSettings(input: $input) {
    ...SlaSettingsFields
  }
}
    fragment SlaSettingsFields on SlaSettings {
  businessHoursOnly
  minutesByPriority {
    P1
    P2
    P3
  }
  businessCalendar {
    timeZone
    hours {
      weekday
      from
      to
    }
    holidays
  }
  escalationChain {
    action
    afterMinutes
  }
}`) as unknown as TypedDocumentString<UpdateSlaSettingsMutation, UpdateSlaSettingsMutationVariables>;
export const NurtureSequenceDocument = new TypedDocumentString(`
    query NurtureSequence {
  nurtureSequence {
    ...NurtureFields
  }
}
    fragment NurtureFields on NurtureSequence {
  businessDaysOnly
  steps {
    templateKey
    waitDays
  }
}`) as unknown as TypedDocumentString<NurtureSequenceQuery, NurtureSequenceQueryVariables>;
export const UpdateNurtureSequenceDocument = new TypedDocumentString(`
    mutation UpdateNurtureSequence($input: NurtureSequenceInput!) {
  updateNurtureSequence(input: $input) {
    ...NurtureFields
  }
}
    fragment NurtureFields on NurtureSequence {
  businessDaysOnly
  steps {
    templateKey
    waitDays
  }
}`) as unknown as TypedDocumentString<UpdateNurtureSequenceMutation, UpdateNurtureSequenceMutationVariables>;
export const EmailTemplatesDocument = new TypedDocumentString(`
    query EmailTemplates {
  emailTemplates {
    ...EmailTemplateFields
  }
}
    fragment EmailTemplateFields on EmailTemplate {
  key
  subject {
    es
    en
    pt
  }
  body {
    es
    en
    pt
  }
}`) as unknown as TypedDocumentString<EmailTemplatesQuery, EmailTemplatesQueryVariables>;
export const UpdateEmailTemplateDocument = new TypedDocumentString(`
    mutation UpdateEmailTemplate($key: String!, $input: EmailTemplateInput!) {
  updateEmailTemplate(key: $key, input: $input) {
    ...EmailTemplateFields
  }
}
    fragment EmailTemplateFields on EmailTemplate {
  key
  subject {
    es
    en
    pt
  }
  body {
    es
    en
    pt
  }
}`) as unknown as TypedDocumentString<UpdateEmailTemplateMutation, UpdateEmailTemplateMutationVariables>;
export const WebhookSubscriptionsDocument = new TypedDocumentString(`
    query WebhookSubscriptions {
  webhookSubscriptions {
    ...WebhookFields
  }
}
    fragment WebhookFields on WebhookSubscription {
  id
  url
  events
  active
  createdBy
  createdAt
  recentDeliveries {
    id
    at
    event
    attempt
    statusCode
    ok
    error
    durationMs
  }
}`) as unknown as TypedDocumentString<WebhookSubscriptionsQuery, WebhookSubscriptionsQueryVariables>;
export const CreateWebhookSubscriptionDocument = new TypedDocumentString(`
    mutation CreateWebhookSubscription($url: String!, $events: [String!]!, $secret: String!) {
  createWebhookSubscription(url: $url, events: $events, secret: $secret) {
    ...WebhookFields
  }
}
    fragment WebhookFields on WebhookSubscription {
  id
  url
  events
  active
  createdBy
  createdAt
  recentDeliveries {
    id
    at
    event
    attempt
    statusCode
    ok
    error
    durationMs
  }
}`) as unknown as TypedDocumentString<CreateWebhookSubscriptionMutation, CreateWebhookSubscriptionMutationVariables>;
export const DeleteWebhookSubscriptionDocument = new TypedDocumentString(`
    mutation DeleteWebhookSubscription($id: ID!) {
  deleteWebhookSubscription(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteWebhookSubscriptionMutation, DeleteWebhookSubscriptionMutationVariables>;
export const MetricsDocument = new TypedDocumentString(`
    query Metrics($from: DateTime!, $to: DateTime!, $timeZone: String) {
  metrics(from: $from, to: $to, timeZone: $timeZone) {
    from
    to
    timeZone
    leadsCreated
    slaMet
    slaBreached
    slaCompliance
    breachesOpen
    breachesInRange
    firstResponseP50Minutes
    firstResponseP90Minutes
    funnel {
      stage
      leads
      contacted
      converted
    }
    leadsBySource {
      source
      count
    }
    leadsByOwner {
      ownerId
      displayName
      count
    }
    leadsByDay {
      day
      count
    }
    breachesByDay {
      day
      count
    }
    stageDisagreementsByDay {
      day
      count
    }
  }
}
    `) as unknown as TypedDocumentString<MetricsQuery, MetricsQueryVariables>;
export const SlaBoardDocument = new TypedDocumentString(`
    query SlaBoard {
  slaBoard {
    rep {
      ...UserFields
    }
    openLeads
    breached {
      ...BoardLead
    }
    atRisk {
      ...BoardLead
    }
  }
}
    fragment UserFields on User {
  id
  email
  displayName
  role
  teamId
  active
  capacity
  openLeads
}
fragment BoardLead on Lead {
  id
  fullName
  companyName
  email
  priority
  stage
  status
  slaDueAt
  slaState
  assignedAt
  createdAt
  firstContactedAt
  escalationLevel
  owner {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<SlaBoardQuery, SlaBoardQueryVariables>;
export const PolicyDraftDocument = new TypedDocumentString(`
    query PolicyDraft {
  policyDraft {
    ...PolicyDraftFields
  }
}
    fragment PolicySettingsFields on ClassificationPolicySettings {
  fit {
    A
    B
    C
  }
  urgency {
    CRITICAL
    HIGH
    MEDIUM
  }
  dataQuality {
    GOOD
    REVIEW
  }
  slaMinutes {
    P1
    P2
    P3
  }
  keywords
}
fragment DraftRuleFields on DraftRoutingRule {
  id
  name
  position
  enabled
  strategy
  teamId
  repIds
  conditions {
    stages
    priorities
    industries
    countries
    languages
    sources
    dealSizes
  }
}
fragment PolicyDraftFields on PolicyDraft {
  state
  publishedVersion
  basedOnVersion
  updatedAt
  policy {
    ...PolicySettingsFields
  }
  routingRules {
    ...DraftRuleFields
  }
}`) as unknown as TypedDocumentString<PolicyDraftQuery, PolicyDraftQueryVariables>;
export const SavePolicyDraftDocument = new TypedDocumentString(`
    mutation SavePolicyDraft($input: PolicyDraftInput!) {
  savePolicyDraft(input: $input) {
    ...PolicyDraftFields
  }
}
    fragment PolicySettingsFields on ClassificationPolicySettings {
  fit {
    A
    B
    C
  }
  urgency {
    CRITICAL
    HIGH
    MEDIUM
  }
  dataQuality {
    GOOD
    REVIEW
  }
  slaMinutes {
    P1
    P2
    P3
  }
  keywords
}
fragment DraftRuleFields on DraftRoutingRule {
  id
  name
  position
  enabled
  strategy
  teamId
  repIds
  conditions {
    stages
    priorities
    industries
    countries
    languages
    sources
    dealSizes
  }
}
fragment PolicyDraftFields on PolicyDraft {
  state
  publishedVersion
  basedOnVersion
  updatedAt
  policy {
    ...PolicySettingsFields
  }
  routingRules {
    ...DraftRuleFields
  }
}`) as unknown as TypedDocumentString<SavePolicyDraftMutation, SavePolicyDraftMutationVariables>;
export const DiscardPolicyDraftDocument = new TypedDocumentString(`
    mutation DiscardPolicyDraft {
  discardPolicyDraft
}
    `) as unknown as TypedDocumentString<DiscardPolicyDraftMutation, DiscardPolicyDraftMutationVariables>;
export const PolicyVersionsDocument = new TypedDocumentString(`
    query PolicyVersions($first: Int) {
  policyVersions(first: $first) {
    ...PolicyVersionFields
  }
}
    fragment PolicyVersionFields on PolicyVersion {
  version
  policyVersion
  action
  restoredFrom
  note
  publishedBy
  publishedAt
  live
}`) as unknown as TypedDocumentString<PolicyVersionsQuery, PolicyVersionsQueryVariables>;
export const PublishPolicyDraftDocument = new TypedDocumentString(`
    mutation PublishPolicyDraft($note: String) {
  publishPolicyDraft(note: $note) {
    ...PolicyVersionFields
  }
}
    fragment PolicyVersionFields on PolicyVersion {
  version
  policyVersion
  action
  restoredFrom
  note
  publishedBy
  publishedAt
  live
}`) as unknown as TypedDocumentString<PublishPolicyDraftMutation, PublishPolicyDraftMutationVariables>;
export const RestorePolicyVersionDocument = new TypedDocumentString(`
    mutation RestorePolicyVersion($version: Int!) {
  restorePolicyVersion(version: $version) {
    ...PolicyVersionFields
  }
}
    fragment PolicyVersionFields on PolicyVersion {
  version
  policyVersion
  action
  restoredFrom
  note
  publishedBy
  publishedAt
  live
}`) as unknown as TypedDocumentString<RestorePolicyVersionMutation, RestorePolicyVersionMutationVariables>;
export const SimulatePolicyDraftDocument = new TypedDocumentString(`
    query SimulatePolicyDraft($days: Int, $maxChanges: Int) {
  simulatePolicyDraft(days: $days, maxChanges: $maxChanges) {
    days
    from
    to
    leads
    llmClassifiedLeads
    durationMs
    assumptions
    replayFidelity {
      sameStage
      sameOwner
    }
    changed {
      stage
      priority
      owner
      any
    }
    sql {
      happened
      before
      after
      added
      missed
    }
    slaMinutesOwed {
      happened
      before
      after
    }
    leadsWithSla {
      happened
      before
      after
    }
    queued {
      happened
      before
      after
    }
    repLoad {
      repId
      displayName
      happened
      before
      after
    }
    changes {
      leadId
      fullName
      companyName
      createdAt
      stageChanged
      priorityChanged
      ownerChanged
      reasons
      before {
        stage
        priority
        slaMinutes
        ownerName
        queued
      }
      after {
        stage
        priority
        slaMinutes
        ownerName
        queued
        routedBy
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SimulatePolicyDraftQuery, SimulatePolicyDraftQueryVariables>;
export const ScoringModelsDocument = new TypedDocumentString(`
    query ScoringModels($first: Int!) {
  scoringModels(first: $first) {
    ...ScoringModelFields
  }
}
    fragment ScoringModelFields on ScoringModel {
  version
  auc
  brier
  ece
  closedLeads
  trainLeads
  heldOutLeads
  trainingMs
  trainedAt
  promoted
  promotedAt
  refusal
  calibration {
    from
    to
    count
    meanPredicted
    observedRate
  }
  heldOutScoreBands {
    band
    leads
    converted
    conversionRate
  }
}`) as unknown as TypedDocumentString<ScoringModelsQuery, ScoringModelsQueryVariables>;
export const ScoringStatusDocument = new TypedDocumentString(`
    query ScoringStatus {
  scoringStatus {
    closedLeads
    minClosedLeads
    orderQueueByScore
    promoted {
      ...ScoringModelFields
    }
  }
}
    fragment ScoringModelFields on ScoringModel {
  version
  auc
  brier
  ece
  closedLeads
  trainLeads
  heldOutLeads
  trainingMs
  trainedAt
  promoted
  promotedAt
  refusal
  calibration {
    from
    to
    count
    meanPredicted
    observedRate
  }
  heldOutScoreBands {
    band
    leads
    converted
    conversionRate
  }
}`) as unknown as TypedDocumentString<ScoringStatusQuery, ScoringStatusQueryVariables>;
export const ConversionByScoreBandDocument = new TypedDocumentString(`
    query ConversionByScoreBand {
  conversionByScoreBand {
    band
    leads
    converted
    conversionRate
  }
}
    `) as unknown as TypedDocumentString<ConversionByScoreBandQuery, ConversionByScoreBandQueryVariables>;
export const TrainScoringModelDocument = new TypedDocumentString(`
    mutation TrainScoringModel {
  trainScoringModel {
    workflowId
  }
}
    `) as unknown as TypedDocumentString<TrainScoringModelMutation, TrainScoringModelMutationVariables>;
export const RollbackScoringModelDocument = new TypedDocumentString(`
    mutation RollbackScoringModel($version: Int) {
  rollbackScoringModel(version: $version) {
    ...ScoringModelFields
  }
}
    fragment ScoringModelFields on ScoringModel {
  version
  auc
  brier
  ece
  closedLeads
  trainLeads
  heldOutLeads
  trainingMs
  trainedAt
  promoted
  promotedAt
  refusal
  calibration {
    from
    to
    count
    meanPredicted
    observedRate
  }
  heldOutScoreBands {
    band
    leads
    converted
    conversionRate
  }
}`) as unknown as TypedDocumentString<RollbackScoringModelMutation, RollbackScoringModelMutationVariables>;
export const SetOrderQueueByScoreDocument = new TypedDocumentString(`
    mutation SetOrderQueueByScore($enabled: Boolean!) {
  setOrderQueueByScore(enabled: $enabled)
}
    `) as unknown as TypedDocumentString<SetOrderQueueByScoreMutation, SetOrderQueueByScoreMutationVariables>;