/**
 * Every GraphQL document the console sends, in one place: when the API renames a field, this file (and types.ts)
 * is what changes. Selections stay under the API's limits (depth 8, 400 fields).
 */

export const USER_FIELDS = 'id email displayName role teamId active capacity openLeads';

export const LEAD_ROW_FIELDS = `id createdAt updatedAt source fullName email phone jobPosition companyName industry location age gender
  status stage priority ownerId owner { id displayName email } assignedAt slaDueAt slaState escalationLevel
  firstContactedAt outcome closedAt`;

export const LEAD_DETAIL_FIELDS = `${LEAD_ROW_FIELDS} phoneE164 notifyEmail description companySize outcomeReason workflowId temporalUrl
  classification {
    contactProfile { seniorityLevel roleType decisionPower emailType }
    fit { score grade reasons }
    urgency { score level signals }
    opportunity { dealSize complexity }
    dataQuality { score label missing }
    stage priority slaMinutes recommendedOwner summary detectedNeeds matchedServices nextSteps
    classifier explanation policyVersion profileVersion fallbackReason language latencyMs createdAt
  }
  timeline { id at type message actorId }
  workflowState { step slaDueAt slaState escalationLevel nurtureStep }`;

export const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { token expiresAt user { ${USER_FIELDS} } }
}`;

export const ME = `query Me { me { ${USER_FIELDS} } }`;

/** `selection` lets the pager ask for cursors only while it walks to a far page. */
export const leadsPage = (selection: string) => `query Leads($filter: LeadFilterInput, $sort: LeadSortField, $first: Int, $after: String) {
  leads(filter: $filter, sort: $sort, first: $first, after: $after) { ${selection} pageInfo { endCursor hasNextPage } totalCount totalCountCapped }
}`;

export const myQueuePage = (selection: string) => `query MyQueue($first: Int, $after: String) {
  myQueue(first: $first, after: $after) { ${selection} pageInfo { endCursor hasNextPage } totalCount totalCountCapped }
}`;

export const LEAD = `query Lead($id: ID!) { lead(id: $id) { ${LEAD_DETAIL_FIELDS} } }`;

export const CREATE_LEAD = `mutation CreateLead($input: CreateLeadInput!) { createLead(input: $input) { ${LEAD_ROW_FIELDS} } }`;

export const MARK_CONTACTED = `mutation MarkContacted($id: ID!) { markContacted(id: $id) { id status } }`;
export const CLOSE_LEAD = `mutation CloseLead($id: ID!, $outcome: LeadOutcome!, $reason: String) {
  closeLead(id: $id, outcome: $outcome, reason: $reason) { id status }
}`;
export const REASSIGN = `mutation Reassign($id: ID!, $toUserId: ID) { reassign(id: $id, toUserId: $toUserId) { id ownerId } }`;
export const RECLASSIFY = `mutation Reclassify($id: ID!) { reclassify(id: $id) { id status } }`;
export const ADD_NOTE = `mutation AddNote($id: ID!, $text: String!) { addNote(id: $id, text: $text) { id } }`;

// Configuration and reporting (sales ops and managers).

export const USERS = `query Users($role: UserRole) { users(role: $role) { ${USER_FIELDS} } }`;
export const TEAMS = `query Teams { teams { id name timeZone } }`;

export const REP_FIELDS = `id email displayName teamId active capacity routingWeight skills languages territories timeZone
  workingHours { weekday from to } outOfOffice { from to } openLeads`;
export const REPS = `query Reps { reps { ${REP_FIELDS} } }`;
export const UPDATE_REP = `mutation UpdateRep($id: ID!, $input: RepInput!) { updateRep(id: $id, input: $input) { ${REP_FIELDS} } }`;

export const ROUTING_RULE_FIELDS = `id name position enabled strategy repIds teamId createdAt updatedAt
  conditions { stages priorities industries countries languages sources dealSizes }`;
export const ROUTING_RULES = `query RoutingRules { routingRules { ${ROUTING_RULE_FIELDS} } }`;
export const CREATE_ROUTING_RULE = `mutation CreateRoutingRule($input: RoutingRuleInput!) { createRoutingRule(input: $input) { ${ROUTING_RULE_FIELDS} } }`;
export const UPDATE_ROUTING_RULE = `mutation UpdateRoutingRule($id: ID!, $input: RoutingRuleInput!) {
  updateRoutingRule(id: $id, input: $input) { ${ROUTING_RULE_FIELDS} }
}`;
export const DELETE_ROUTING_RULE = `mutation DeleteRoutingRule($id: ID!) { deleteRoutingRule(id: $id) }`;
export const REORDER_ROUTING_RULES = `mutation ReorderRoutingRules($ids: [ID!]!) { reorderRoutingRules(ids: $ids) { ${ROUTING_RULE_FIELDS} } }`;

export const COMPANY_PROFILE_FIELDS = `id version companyName shortDescription mainServices targetAudience
  targetIndustries targetCountries excludedIndustries competitorDomains buyerAreas createdAt createdById`;
export const COMPANY_PROFILE = `query CompanyProfile { companyProfile { ${COMPANY_PROFILE_FIELDS} } }`;
export const COMPANY_PROFILE_HISTORY = `query CompanyProfileHistory($first: Int) { companyProfileHistory(first: $first) { ${COMPANY_PROFILE_FIELDS} } }`;
export const UPDATE_COMPANY_PROFILE = `mutation UpdateCompanyProfile($input: CompanyProfileInput!) {
  updateCompanyProfile(input: $input) { ${COMPANY_PROFILE_FIELDS} }
}`;

export const SLA_SETTINGS_FIELDS = `businessHoursOnly minutesByPriority { P1 P2 P3 }
  businessCalendar { timeZone hours { weekday from to } holidays } escalationChain { action afterMinutes }`;
export const SLA_SETTINGS = `query SlaSettings { slaSettings { ${SLA_SETTINGS_FIELDS} } }`;
export const UPDATE_SLA_SETTINGS = `mutation UpdateSlaSettings($input: SlaSettingsInput!) { updateSlaSettings(input: $input) { ${SLA_SETTINGS_FIELDS} } }`;

export const NURTURE_FIELDS = `businessDaysOnly steps { templateKey waitDays }`;
export const NURTURE_SEQUENCE = `query NurtureSequence { nurtureSequence { ${NURTURE_FIELDS} } }`;
export const UPDATE_NURTURE_SEQUENCE = `mutation UpdateNurtureSequence($input: NurtureSequenceInput!) {
  updateNurtureSequence(input: $input) { ${NURTURE_FIELDS} }
}`;
export const EMAIL_TEMPLATE_FIELDS = 'key subject { es en pt } body { es en pt }';
export const EMAIL_TEMPLATES = `query EmailTemplates { emailTemplates { ${EMAIL_TEMPLATE_FIELDS} } }`;
export const UPDATE_EMAIL_TEMPLATE = `mutation UpdateEmailTemplate($key: String!, $input: EmailTemplateInput!) {
  updateEmailTemplate(key: $key, input: $input) { ${EMAIL_TEMPLATE_FIELDS} }
}`;

export const WEBHOOK_FIELDS = 'id url events active createdBy createdAt recentDeliveries { id at event attempt statusCode ok error durationMs }';
export const WEBHOOK_SUBSCRIPTIONS = `query WebhookSubscriptions { webhookSubscriptions { ${WEBHOOK_FIELDS} } }`;
export const CREATE_WEBHOOK_SUBSCRIPTION = `mutation CreateWebhookSubscription($url: String!, $events: [String!]!, $secret: String!) {
  createWebhookSubscription(url: $url, events: $events, secret: $secret) { ${WEBHOOK_FIELDS} }
}`;
export const DELETE_WEBHOOK_SUBSCRIPTION = `mutation DeleteWebhookSubscription($id: ID!) { deleteWebhookSubscription(id: $id) }`;

export const METRICS = `query Metrics($from: DateTime!, $to: DateTime!, $timeZone: String) {
  metrics(from: $from, to: $to, timeZone: $timeZone) {
    from to timeZone leadsCreated slaMet slaBreached slaCompliance breachesOpen breachesInRange
    firstResponseP50Minutes firstResponseP90Minutes
    funnel { stage leads contacted converted } leadsBySource { source count } leadsByOwner { ownerId displayName count }
    leadsByDay { day count } breachesByDay { day count }
  }
}`;

const BOARD_LEAD_FIELDS = 'id fullName companyName email priority stage status slaDueAt slaState assignedAt createdAt firstContactedAt escalationLevel owner { id displayName }';
export const SLA_BOARD = `query SlaBoard { slaBoard { rep { ${USER_FIELDS} } openLeads breached { ${BOARD_LEAD_FIELDS} } atRisk { ${BOARD_LEAD_FIELDS} } } }`;
