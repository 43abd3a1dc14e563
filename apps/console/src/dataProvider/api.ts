/**
 * The API's shapes as the console reads them: names for the types `npm run codegen` generates in src/graphql from the
 * API's schema and the documents in documents.ts. Nothing here spells out a field; a field the API renames or drops
 * fails to compile where the console uses it.
 */
import type * as G from '../graphql/graphql';

export type { LeadStatus, Priority, RoutingStrategy, SlaState, Stage } from '../graphql/graphql';
export type Outcome = G.LeadOutcome;

export type User = G.UserFieldsFragment;
/** A lead as a list row; the detail fields are there when it was read on its own (getOne). */
export type Lead = G.LeadRowFragment & Partial<Omit<G.LeadDetailFragment, keyof G.LeadRowFragment>>;
export type Classification = NonNullable<G.LeadDetailFragment['classification']>;
export type TimelineEvent = G.LeadDetailFragment['timeline'][number];
export type LeadIntent = NonNullable<G.LeadDetailFragment['intent']>;
export type RoutingDecision = NonNullable<G.LeadDetailFragment['routingDecision']>;
export type RoutingCandidate = RoutingDecision['candidates'][number];
export type ConversionScore = NonNullable<G.LeadDetailFragment['conversionScore']>;
export type ScoringModel = G.ScoringModelFieldsFragment;
export type ScoringStatus = G.ScoringStatusQuery['scoringStatus'];
export type ScoreBand = G.ConversionByScoreBandQuery['conversionByScoreBand'][number];
/** A keyset page of leads; totalCountCapped: a text search stopped counting (at 1,000), totalCount is a lower bound. */
export type Connection<T> = Omit<G.LeadsQuery['leads'], 'nodes'> & { nodes: T[] };

export type RoutingRule = G.RoutingRuleFieldsFragment;
export type RoutingConditions = Partial<G.RoutingRuleFieldsFragment['conditions']>;
export type Team = G.TeamsQuery['teams'][number];
export type Rep = G.RepFieldsFragment;
/** ISO weekday 1 (Monday) .. 7 (Sunday), "HH:MM" local time. */
export type OpeningHours = NonNullable<G.RepFieldsFragment['workingHours']>[number];

export type CompanyProfile = G.CompanyProfileFieldsFragment;
export type CompanyProfileInput = G.CompanyProfileInput;
export type SlaSettings = G.SlaSettingsFieldsFragment;
export type PolicyDraft = G.PolicyDraftFieldsFragment;
export type PolicyDraftInput = G.PolicyDraftInput;
export type PolicyVersion = G.PolicyVersionFieldsFragment;
export type PolicySimulation = G.SimulatePolicyDraftQuery['simulatePolicyDraft'];
export type NurtureSequence = G.NurtureFieldsFragment;
export type EmailTemplate = G.EmailTemplateFieldsFragment;
export type TemplateLanguage = keyof EmailTemplate['subject'];
export type WebhookSubscription = G.WebhookFieldsFragment;
export type WebhookDelivery = WebhookSubscription['recentDeliveries'][number];
export type Metrics = G.MetricsQuery['metrics'];
export type BoardLead = G.BoardLeadFragment;
export type SlaBoardRow = G.SlaBoardQuery['slaBoard'][number];

/**
 * Every value of one of the API's enums, in the order the console shows them (the lifecycle's order, not the
 * schema's alphabetical one). A value the API adds and the list lacks fails to compile, as does one the API dropped.
 */
const everyValueOf =
  <T extends string>() =>
  <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : { missing: Exclude<T, L[number]> })): L =>
    list;

export const STAGES = everyValueOf<G.Stage>()(['SQL', 'MQL', 'NURTURE', 'DISQUALIFIED', 'REVIEW']);
export const PRIORITIES = everyValueOf<G.Priority>()(['P1', 'P2', 'P3', 'P4']);
export const LEAD_STATUSES = everyValueOf<G.LeadStatus>()(['NEW', 'CLASSIFIED', 'QUEUED', 'ASSIGNED', 'CONTACTED', 'NURTURING', 'CLOSED']);
export const SLA_STATES = everyValueOf<G.SlaState>()(['NONE', 'RUNNING', 'MET', 'BREACHED']);
export const OUTCOMES = everyValueOf<G.LeadOutcome>()(['CONVERTED', 'LOST', 'DISQUALIFIED']);
export const ROUTING_STRATEGIES = everyValueOf<G.RoutingStrategy>()(['ROUND_ROBIN', 'WEIGHTED', 'LOAD_BALANCED', 'TERRITORY', 'SKILLS', 'SPECIFIC_REP']);
export const LEVELS = everyValueOf<G.Level>()(['HIGH', 'MEDIUM', 'LOW']);
export const LEAD_INTENTS = everyValueOf<G.LeadIntentKind>()([
  'BUYER', 'JOB_SEEKER', 'VENDOR_PITCH', 'PARTNER_OR_RESELLER', 'COMPETITOR', 'PERSONAL', 'STUDENT', 'SPAM', 'UNCLEAR',
]);
export const ROUTING_CANDIDATE_OUTCOMES = everyValueOf<G.RoutingCandidateOutcome>()([
  'CHOSEN', 'INACTIVE', 'EXCLUDED', 'NO_TERRITORY', 'NO_SKILL', 'OUT_OF_OFFICE', 'OFF_HOURS', 'AT_CAPACITY', 'NOT_NEXT', 'LOWER_WEIGHT', 'MORE_LOADED',
]);
export const ESCALATION_ACTIONS = everyValueOf<G.EscalationAction>()(['REMIND_OWNER', 'NOTIFY_MANAGER', 'REASSIGN', 'MARK_BREACHED']);
export const TEMPLATE_LANGUAGES = ['es', 'en', 'pt'] as const satisfies readonly TemplateLanguage[];

// Plain strings in the schema (the API validates them): the values the console offers.
export const LEAD_SOURCES = ['web_form', 'api', 'webhook', 'import', 'chat', 'event', 'referral'] as const;
export const GENDERS = ['male', 'female', 'non_binary', 'undisclosed'] as const;
export const WEBHOOK_EVENTS = ['lead.created', 'lead.classified', 'lead.assigned', 'lead.sla_breached', 'lead.contacted', 'lead.closed', 'lead.erased'] as const;
