// Every reason, urgency signal, policy explanation, next step and timeline entry the product writes, as a code with
// parameters (issue 14): stored with the result, rendered in the reader's language by the console and the e-mails.
// The English template of each code is also its text in the API's backward-compatible string fields.
//
// Template slots: {name} any text, {name:n} a number, {name:w} one word (a policy value: CRITICAL, P1, AE),
// {name:p} text without parentheses, {name:q} the lead's own words in double quotes (kept as they were),
// {name:@group} another code of that group (nested; plain text when none fits).
// This file imports nothing: the console's catalogue test reads it.

export const EXPLANATION_TEMPLATES = {
  // Plain text no code describes (an LLM's own reason, a row stored before codes): shown as it was written.
  TEXT: { group: 'any', en: '{text}' },

  // Fit (policy.md section 2): each reason carries a sign, + positive, - negative, ? unknown.
  INDUSTRY_FROM_COMPANY_NAME: { group: 'industryLabel', en: '{name:q} (company name)' },
  INDUSTRY_STATED: { group: 'industryLabel', en: '{industry:q}' },
  FIT_INDUSTRY_EXCLUDED: { group: 'fit', en: 'industry {industry:@industryLabel} is excluded by the seller' },
  FIT_ANY_INDUSTRY: { group: 'fit', en: 'the seller targets any industry' },
  FIT_TARGET_INDUSTRY_SECTORS: { group: 'fit', en: 'target industry: {industry:@industryLabel} ({sectors:p})' },
  FIT_TARGET_INDUSTRY: { group: 'fit', en: 'target industry: {industry:@industryLabel}' },
  FIT_INDUSTRY_UNKNOWN: { group: 'fit', en: 'industry unknown' },
  FIT_NOT_TARGET_INDUSTRY: { group: 'fit', en: 'not a target industry: {industry:@industryLabel}' },
  FIT_MICRO_EMPLOYEES_DESCRIBED: { group: 'fit', en: 'micro business: {employees:n} employees (from the description)' },
  FIT_MICRO_EMPLOYEES: { group: 'fit', en: 'micro business: {employees:n} employees' },
  FIT_BELOW_TARGET_SIZE_DESCRIBED: { group: 'fit', en: "{employees:n} employees (from the description), below the seller's target of {min:n}+" },
  FIT_BELOW_TARGET_SIZE: { group: 'fit', en: "{employees:n} employees, below the seller's target of {min:n}+" },
  FIT_ABOVE_TARGET_SIZE_DESCRIBED: { group: 'fit', en: "{employees:n} employees (from the description), above the seller's target of {min:n}-{max:n}" },
  FIT_ABOVE_TARGET_SIZE: { group: 'fit', en: "{employees:n} employees, above the seller's target of {min:n}-{max:n}" },
  FIT_WITHIN_TARGET_SIZE_DESCRIBED: { group: 'fit', en: '{employees:n} employees (from the description), within the target ({target:@sizeTarget})' },
  FIT_WITHIN_TARGET_SIZE: { group: 'fit', en: '{employees:n} employees, within the target ({target:@sizeTarget})' },
  SIZE_TARGET_RANGE: { group: 'sizeTarget', en: '{min:n}-{max:n} employees in the target audience' },
  SIZE_TARGET_MIN: { group: 'sizeTarget', en: '{min:n}+ employees in the target audience' },
  SIZE_TARGET_SMB: { group: 'sizeTarget', en: 'small and medium businesses in the target audience' },
  SIZE_TARGET_LARGE: { group: 'sizeTarget', en: 'large enterprises in the target audience' },
  SIZE_TARGET_DEFAULT: { group: 'sizeTarget', en: '{min:n}+ employees (medium and large companies)' },
  FIT_SEVERAL_SITES: { group: 'fit', en: 'several sites: {quote:q}' },
  FIT_COMPANY_WIDE: { group: 'fit', en: 'company-wide scope: {quote:q}' },
  FIT_MICRO_OR_PERSONAL: { group: 'fit', en: 'micro business or personal use: {quote:q}' },
  FIT_SIZE_UNKNOWN: { group: 'fit', en: 'company size unknown' },
  FIT_NEED_MATCHES_ONE: { group: 'fit', en: 'need matches 1 service: {services}' },
  FIT_NEED_MATCHES: { group: 'fit', en: 'need matches {count:n} services: {services}' },
  FIT_NO_NEED_STATED: { group: 'fit', en: 'the description states no need' },
  FIT_NO_DESCRIPTION: { group: 'fit', en: 'no description' },
  FIT_NEED_UNMATCHED: { group: 'fit', en: "the need matches none of the seller's services" },
  FIT_NEED_KIND_OF_WORK_ONLY: { group: 'fit', en: 'only the kind of work matches ({words}), not what it is for' },
  FIT_NEED_PURCHASE_ASKED: { group: 'fit', en: 'they ask whether we sell it ({quote:q}): buying goods, not one of our services' },
  FIT_ANY_COUNTRY: { group: 'fit', en: 'the seller sells in any country' },
  FIT_IN_TARGET_COUNTRY: { group: 'fit', en: 'location in a target country: {location} ({country:w})' },
  FIT_IN_TARGET_COUNTRY_NAMED: { group: 'fit', en: 'location in a target country: {location}' },
  FIT_OUTSIDE_TARGET_COUNTRIES: { group: 'fit', en: 'location outside the target countries: {location} ({country:w})' },
  FIT_LOCATION_UNRECOGNISED: { group: 'fit', en: 'location not recognised: {location}' },
  FIT_LOCATION_UNKNOWN: { group: 'fit', en: 'location unknown' },

  // Not a buyer (policy.md section 6, rule 1), in the fit reasons and the explanation.
  NOT_BUYER_STUDENT: { group: 'notBuyer', en: 'not a buyer: a student or school work ({quote:q})' },
  NOT_BUYER_STUDENT_TITLE: { group: 'notBuyer', en: 'not a buyer: a student ({title:q})' },
  NOT_BUYER_JOB_SEEKER: { group: 'notBuyer', en: 'not a buyer: looking for a job ({quote:q})' },
  NOT_BUYER_VENDOR: { group: 'notBuyer', en: 'not a buyer: a vendor or agency selling to us ({quote:q})' },
  NOT_BUYER_COMPETITOR: { group: 'notBuyer', en: 'not a buyer: a competitor studying us ({quote:q})' },
  NOT_BUYER_SAME_TRADE: { group: 'notBuyer', en: 'not a buyer: a company in our own trade ({quote:q})' },
  NOT_BUYER_COMPETITOR_DOMAIN: { group: 'notBuyer', en: "not a buyer: writes from a competitor's domain ({domain:p})" },
  NOT_BUYER_PARTNER: { group: 'notBuyer', en: 'not a buyer: a reseller or partner asking to sell with us ({quote:q})' },
  NOT_BUYER_PERSONAL: { group: 'notBuyer', en: 'not a buyer: a private person with a personal matter ({quote:q})' },
  SPAM: { group: 'notBuyer', en: 'spam ({quotes})' },
  FORM_TEST: { group: 'notBuyer', en: 'a form test ({quote:q})' },
  MADE_UP_DATA: { group: 'notBuyer', en: 'test or made-up data (name {name:q})' },
  GIBBERISH: { group: 'notBuyer', en: 'gibberish in the name or description' },
  EMAIL_UNUSABLE: { group: 'disqualifying', en: 'the email address is {emailType:w}' },
  FIT_D: { group: 'disqualifying', en: 'fit is D (score {score:n})' },
  DATA_QUALITY_POOR: { group: 'disqualifying', en: 'data quality is POOR (score {score:n})' },

  // Urgency (policy.md section 3): the lead's words that showed it, quoted.
  URGENCY_NO_DESCRIPTION: { group: 'urgency', en: 'no description: no timeline given' },
  URGENCY_INCIDENT: { group: 'urgency', en: 'incident or operational risk: {quote:q}' },
  URGENCY_EXPLICIT: { group: 'urgency', en: 'urgency in their words: {quote:q}' },
  URGENCY_DEADLINE: { group: 'urgency', en: 'deadline: {quote:q}' },
  URGENCY_NEAR_TERM: { group: 'urgency', en: 'near-term intent: {quote:q}' },
  URGENCY_EVALUATING: { group: 'urgency', en: 'evaluating: {quote:q}' },
  URGENCY_NO_TIMELINE: { group: 'urgency', en: 'no timeline: {quote:q}' },
  URGENCY_DEFERRED: { group: 'urgency', en: 'they put it off: {quote:q} (urgency elsewhere is not urgency for us)' },
  URGENCY_OTHER_TOPIC: { group: 'urgency', en: 'their urgency is for another topic: they turn to ours with {quote:q} (urgency elsewhere is not urgency for us)' },
  URGENCY_NOT_URGENT: { group: 'urgency', en: 'they say it is not urgent: {quote:q} (never CRITICAL)' },
  URGENCY_ONLY_MATERIAL: { group: 'urgency', en: 'their urgency is for reading material: {quote:q} (information only is LOW)' },
  URGENCY_NOTHING_DESCRIBED: { group: 'urgency', en: 'no need or timeline described' },
  URGENCY_NO_WORDS: { group: 'urgency', en: 'no timeline or urgency words' },

  // The policy's decision (policy.md sections 6-7).
  RULE1_DISQUALIFIED: { group: 'explanation', en: 'DISQUALIFIED (rule 1): {reason:@disqualifying}' },
  RULE2_REVIEW: { group: 'explanation', en: 'REVIEW (rule 2): the description shows no need to judge, and nothing else does' },
  RULE3_SQL: { group: 'explanation', en: 'SQL (rule 3): fit {grade:w}, urgency {level:w} and a decision maker ({role:w})' },
  RULE4_MQL_NOT_DECISION_MAKER: { group: 'explanation', en: 'MQL (rule 4): fit {grade:w} and urgency {level:w}, but {role:w} is not a decision maker' },
  RULE4_MQL_EVALUATING: { group: 'explanation', en: 'MQL (rule 4): fit {grade:w} and urgency {level:w} (still evaluating)' },
  RULE5_NURTURE_LOW_URGENCY: { group: 'explanation', en: 'NURTURE (rule 5): fit {grade:w} with LOW urgency' },
  RULE5_NURTURE_FIT: { group: 'explanation', en: 'NURTURE (rule 5): fit {grade:w}: an acceptable fit to keep warm' },
  PRIORITY_SQL: { group: 'explanation', en: '{priority:w}: SQL with {level:w} urgency' },
  OWNER_DEAL_SIZE: { group: 'explanation', en: 'Owner {owner:w}: deal size {dealSize:w}' },
  PRIORITY_MQL: { group: 'explanation', en: '{priority:w}: MQL, qualified by {owner:w}' },
  PRIORITY_REVIEW: { group: 'explanation', en: '{priority:w}: {owner:w} completes the lead before sales' },
  PRIORITY_NURTURE: { group: 'explanation', en: '{priority:w}: a nurture sequence runs instead of a sales SLA' },
  PRIORITY_DISQUALIFIED: { group: 'explanation', en: '{priority:w}: no follow-up' },
  NO_SLA: { group: 'explanation', en: 'No response SLA' },
  SLA_FIRST_RESPONSE_HOURS: { group: 'explanation', en: 'First response within {minutes:n} minutes ({hours:n} h)' },
  SLA_FIRST_RESPONSE: { group: 'explanation', en: 'First response within {minutes:n} minutes' },
  IGNORED_INSTRUCTION: { group: 'explanation', en: 'Ignored as data, not obeyed: {quote:q}' },
  LEARNED_NON_BUYER: { group: 'explanation', en: 'Read as not a buyer from wording learned on labelled leads: {words}' },

  // Next steps (written by the classifier, codes first).
  SLA_MINUTES: { group: 'sla', en: '{minutes:n} minutes' },
  SLA_HOURS: { group: 'sla', en: '{hours:n} h' },
  SLA_SOON: { group: 'sla', en: 'as soon as possible' },
  OUR_OFFERING: { group: 'services', en: 'our offering' },
  STEP_SQL_CONTACT: { group: 'step', en: '{owner:w}: reach out within {sla:@sla}' },
  STEP_SQL_CONFIRM: { group: 'step', en: 'Confirm scope, budget and timing for: {services:@services}' },
  STEP_SQL_MEETING: { group: 'step', en: 'Book a meeting with the buying decision maker' },
  STEP_MQL_QUALIFY: { group: 'step', en: '{owner:w}: qualify within {sla:@sla} who decides and with what budget' },
  STEP_MQL_SHARE: { group: 'step', en: 'Share case studies and material on: {services:@services}' },
  STEP_REVIEW_ASK: { group: 'step', en: '{owner:w}: ask the lead to describe the need' },
  STEP_REVIEW_COMPLETE: { group: 'step', en: 'Complete the missing data before handing it to sales' },
  STEP_NURTURE_ENROL: { group: 'step', en: 'Enrol in the nurture sequence on: {services:@services}' },
  STEP_NURTURE_REQUALIFY: { group: 'step', en: 'Re-qualify when a plan or a date appears' },
  STEP_DO_NOT_CONTACT: { group: 'step', en: 'Do not contact: {reason:@disqualifying}' },

  // Timeline entries (lead_events.data.code / data.params).
  EVENT_CREATED: { group: 'timeline', en: 'Lead received from {source:w}' },
  EVENT_CLASSIFIED: { group: 'timeline', en: 'Classified {stage:w} / {priority:w} by {classifier:w}' },
  EVENT_CLASSIFIED_FALLBACK: { group: 'timeline', en: 'Classified {stage:w} / {priority:w} by {classifier:w} (LLM fallback: {reason})' },
  EVENT_MERGED: { group: 'timeline', en: 'Duplicate of lead {into:w} (same {matchedOn:w}): merged into it' },
  EVENT_RESUBMITTED: { group: 'timeline', en: 'Submitted again via {source:w} (same {matchedOn:w})' },
  EVENT_ASSIGNED: { group: 'timeline', en: 'Assigned to {owner} ({reason})' },
  EVENT_ASSIGNED_DUE: { group: 'timeline', en: 'Assigned to {owner} ({reason}), first response due {due:w}' },
  EVENT_QUEUED: { group: 'timeline', en: 'No rep available ({reason}): waiting in the fallback queue' },
  EVENT_CONTACTED: { group: 'timeline', en: 'First contact logged ({minutes:n} min after arrival, SLA {slaState:w})' },
  EVENT_SLA_BREACHED: { group: 'timeline', en: 'First-response SLA breached (due {due:w}, owner {owner})' },
  EVENT_ESCALATION_REMINDED: { group: 'timeline', en: 'Escalation {level:n}: owner {owner} reminded' },
  EVENT_ESCALATION_MANAGER: { group: 'timeline', en: 'Escalation {level:n}: manager notified' },
  EVENT_ESCALATION_REASSIGNED: { group: 'timeline', en: 'Escalation {level:n}: reassigned with a fresh SLA' },
  EVENT_ESCALATION_NO_REP: { group: 'timeline', en: 'Escalation {level:n}: no other rep available' },
  EVENT_NURTURE_STEP: { group: 'timeline', en: 'Nurture step {step:n} sent ({template:w})' },
  EVENT_NURTURE_SUPPRESSED: { group: 'timeline', en: 'Nurture step {step:n} not sent: the address is {reason:w}' },
  EVENT_ENGAGEMENT: { group: 'timeline', en: 'Engagement: {kind:w}' },
  EVENT_ENGAGEMENT_DETAIL: { group: 'timeline', en: 'Engagement: {kind:w} — {detail}' },
  EVENT_RESCORE_KEPT: { group: 'timeline', en: 'Engagement re-score ({rescored}) would have lowered or closed the lead: it stays {current} until a person decides' },
  EVENT_CLOSED: { group: 'timeline', en: 'Closed as {outcome:w}' },
  EVENT_CLOSED_REASON: { group: 'timeline', en: 'Closed as {outcome:w}: {reason}' },
  EVENT_EMAIL_REFUSED: { group: 'timeline', en: 'E-mail not delivered: {error}' },
  EVENT_NOTIFY_REFUSED: { group: 'timeline', en: 'Scoring not sent to the notify address: it {refusal}' },
} as const satisfies Record<string, { group: string; en: string }>;

export type ExplanationCode = keyof typeof EXPLANATION_TEMPLATES;

/** Every code the domain and the pipeline can write: each needs a message in every console language. */
export const EXPLANATION_CODES = Object.keys(EXPLANATION_TEMPLATES) as ExplanationCode[];

export type ExplainedParam = string | number | Explained;

/** One line a person reads, as data: a code, its parameters, and for a fit reason its sign. */
export interface Explained {
  code: ExplanationCode;
  params?: Record<string, ExplainedParam>;
  /** Fit reasons: + the signal fits, - it does not, ? unknown. */
  sign?: '+' | '-' | '?';
}

/** The names of a code's parameters, as its template has them. */
export function templateParams(code: ExplanationCode): string[] {
  return [...EXPLANATION_TEMPLATES[code].en.matchAll(/\{(\w+)(?::[^}]*)?\}/g)].map((m) => m[1]!);
}
