/** The API's shapes as the console reads them (see documents.ts for what is selected). */
import type { Role } from '../access';

export const STAGES = ['SQL', 'MQL', 'NURTURE', 'DISQUALIFIED', 'REVIEW'] as const;
export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export const LEAD_STATUSES = ['NEW', 'CLASSIFIED', 'QUEUED', 'ASSIGNED', 'CONTACTED', 'NURTURING', 'CLOSED'] as const;
export const SLA_STATES = ['NONE', 'RUNNING', 'MET', 'BREACHED'] as const;
export const OUTCOMES = ['CONVERTED', 'LOST', 'DISQUALIFIED'] as const;
export const LEAD_SOURCES = ['web_form', 'api', 'webhook', 'import', 'chat', 'event', 'referral'] as const;
export const GENDERS = ['male', 'female', 'non_binary', 'undisclosed'] as const;
export const ROUTING_STRATEGIES = ['ROUND_ROBIN', 'WEIGHTED', 'LOAD_BALANCED', 'TERRITORY', 'SKILLS', 'SPECIFIC_REP'] as const;
export const LEVELS = ['HIGH', 'MEDIUM', 'LOW'] as const;
export const ESCALATION_ACTIONS = ['REMIND_OWNER', 'NOTIFY_MANAGER', 'REASSIGN', 'MARK_BREACHED'] as const;

export type Stage = (typeof STAGES)[number];
export type Priority = (typeof PRIORITIES)[number];
export type LeadStatus = (typeof LEAD_STATUSES)[number];
export type SlaState = (typeof SLA_STATES)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type RoutingStrategy = (typeof ROUTING_STRATEGIES)[number];

export interface User {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  teamId: string | null;
  active: boolean;
  capacity: number;
  openLeads?: number | null;
}

export interface Classification {
  contactProfile: { seniorityLevel: string; roleType: string; decisionPower: string; emailType: string };
  fit: { score: number; grade: string; reasons: string[] };
  urgency: { score: number; level: string; signals: string[] };
  opportunity: { dealSize: string; complexity: string };
  dataQuality: { score: number; label: string; missing: string[] };
  stage: Stage;
  priority: Priority;
  slaMinutes: number | null;
  recommendedOwner: string;
  summary: string;
  detectedNeeds: string[];
  matchedServices: string[];
  nextSteps: string[];
  classifier: string;
  explanation: string[];
  policyVersion: string;
  profileVersion: number | null;
  fallbackReason?: string | null;
  language?: string | null;
  latencyMs?: number | null;
  createdAt?: string;
}

export interface TimelineEvent {
  id: string;
  at: string;
  type: string;
  message: string;
  actorId: string | null;
}

export interface Lead {
  id: string;
  createdAt: string;
  updatedAt: string;
  source: string;
  fullName: string;
  email: string;
  phone: string | null;
  jobPosition: string | null;
  companyName: string | null;
  industry: string | null;
  location: string | null;
  age: number | null;
  gender: string | null;
  status: LeadStatus;
  stage: Stage | null;
  priority: Priority | null;
  ownerId: string | null;
  owner: Pick<User, 'id' | 'displayName' | 'email'> | null;
  assignedAt: string | null;
  slaDueAt: string | null;
  slaState: SlaState;
  escalationLevel: number;
  firstContactedAt: string | null;
  outcome: Outcome | null;
  closedAt: string | null;
  // Detail only:
  phoneE164?: string | null;
  notifyEmail?: string | null;
  description?: string | null;
  companySize?: number | null;
  outcomeReason?: string | null;
  workflowId?: string;
  temporalUrl?: string;
  classification?: Classification | null;
  timeline?: TimelineEvent[];
  workflowState?: { step: string; slaDueAt: string | null; slaState: string; escalationLevel: number; nurtureStep: number | null } | null;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
  /** A text search stopped counting (at 1,000): totalCount is a lower bound. */
  totalCountCapped?: boolean;
}

export interface RoutingConditions {
  stages?: string[] | null;
  priorities?: string[] | null;
  industries?: string[] | null;
  countries?: string[] | null;
  languages?: string[] | null;
  sources?: string[] | null;
  dealSizes?: string[] | null;
}

export interface RoutingRule {
  id: string;
  name: string;
  position: number;
  enabled: boolean;
  strategy: RoutingStrategy;
  repIds: string[];
  teamId: string | null;
  conditions: RoutingConditions;
}

export interface OpeningHours {
  /** ISO weekday 1 (Monday) .. 7 (Sunday) */
  weekday: number;
  /** "HH:MM" local time */
  from: string;
  to: string;
}

export interface Team {
  id: string;
  name: string;
  timeZone: string;
}

export interface Rep {
  id: string;
  email: string;
  displayName: string;
  teamId: string | null;
  active: boolean;
  capacity: number;
  routingWeight: number;
  skills: string[];
  languages: string[];
  territories: string[];
  timeZone: string;
  /** null: always available */
  workingHours: OpeningHours[] | null;
  outOfOffice: Array<{ from: string; to: string }>;
  openLeads: number;
}

export interface CompanyProfile {
  id: string;
  version: number;
  companyName: string;
  shortDescription: string;
  mainServices: string[];
  targetAudience: string;
  targetIndustries: string[];
  targetCountries: string[];
  excludedIndustries: string[];
  competitorDomains: string[];
  buyerAreas: string[];
  createdAt: string;
  createdById: string | null;
}

export type CompanyProfileInput = Pick<
  CompanyProfile,
  'companyName' | 'shortDescription' | 'mainServices' | 'targetAudience' | 'targetIndustries' | 'targetCountries' | 'excludedIndustries' | 'competitorDomains' | 'buyerAreas'
>;

export interface SlaSettings {
  businessHoursOnly: boolean;
  minutesByPriority: { P1: number; P2: number; P3: number };
  businessCalendar: { timeZone: string; hours: OpeningHours[]; holidays: string[] };
  escalationChain: Array<{ action: string; afterMinutes: number }>;
}

export interface NurtureSequence {
  businessDaysOnly: boolean;
  steps: Array<{ templateKey: string; waitDays: number }>;
}

export type TemplateLanguage = 'es' | 'en' | 'pt';
export const TEMPLATE_LANGUAGES: TemplateLanguage[] = ['es', 'en', 'pt'];

export interface EmailTemplate {
  key: string;
  subject: Record<TemplateLanguage, string>;
  body: Record<TemplateLanguage, string>;
}

export const WEBHOOK_EVENTS = ['lead.created', 'lead.classified', 'lead.assigned', 'lead.sla_breached', 'lead.contacted', 'lead.closed', 'lead.erased'] as const;

export interface WebhookDelivery {
  id: string;
  at: string;
  event: string;
  attempt: number;
  statusCode: number | null;
  ok: boolean;
  error: string | null;
  durationMs: number | null;
}

export interface WebhookSubscription {
  id: string;
  url: string;
  events: string[];
  active: boolean;
  createdBy: string | null;
  createdAt: string;
  recentDeliveries: WebhookDelivery[];
}

export interface Metrics {
  from: string;
  to: string;
  timeZone: string;
  leadsCreated: number;
  slaMet: number;
  slaBreached: number;
  slaCompliance: number | null;
  breachesOpen: number;
  breachesInRange: number;
  firstResponseP50Minutes: number | null;
  firstResponseP90Minutes: number | null;
  funnel: Array<{ stage: Stage | null; leads: number; contacted: number; converted: number }>;
  leadsBySource: Array<{ source: string; count: number }>;
  leadsByOwner: Array<{ ownerId: string | null; displayName: string; count: number }>;
  leadsByDay: Array<{ day: string; count: number }>;
  breachesByDay: Array<{ day: string; count: number }>;
}

export type BoardLead = Pick<Lead, 'id' | 'fullName' | 'companyName' | 'email' | 'priority' | 'stage' | 'status' | 'slaDueAt' | 'slaState' | 'assignedAt' | 'createdAt' | 'firstContactedAt' | 'escalationLevel' | 'owner'>;

export interface SlaBoardRow {
  rep: User;
  openLeads: number;
  breached: BoardLead[];
  atRisk: BoardLead[];
}

export interface ImportResult {
  imported: number;
  duplicates: number;
  failed: number;
  complete: boolean;
  ignoredColumns: string[];
  rows: Array<{ row: number; field: string | null; reason: string }>;
  truncated: boolean;
}
