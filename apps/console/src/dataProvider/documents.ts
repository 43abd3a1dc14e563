/**
 * Every GraphQL document the console sends, in one place. `npm run codegen` reads them (with the API's schema,
 * apps/api/schema.graphql) and writes their result and variable types into src/graphql/: when the API renames a field,
 * the console stops compiling here. Selections stay under the API's limits (depth 8, 400 fields).
 */
import { graphql } from '../graphql';

export const USER_FIELDS = graphql(`fragment UserFields on User { id email displayName role teamId active capacity openLeads }`);

export const LEAD_ROW_FIELDS = graphql(`fragment LeadRow on Lead {
  id createdAt updatedAt source fullName email phone jobPosition companyName industry location age gender
  status stage priority ownerId owner { id displayName email } assignedAt slaDueAt slaState escalationLevel
  firstContactedAt outcome closedAt
  listScore: conversionScore { state probability }
}`);

export const LEAD_DETAIL_FIELDS = graphql(`fragment LeadDetail on Lead {
  ...LeadRow
  phoneE164 notifyEmail description companySize outcomeReason workflowId temporalUrl
  classification {
    contactProfile { seniorityLevel roleType decisionPower emailType }
    fit { score grade reasons reasonCodes { code params sign } }
    urgency { score level signals signalCodes { code params sign } }
    opportunity { dealSize complexity }
    dataQuality { score label missing }
    stage rulesStage priority slaMinutes recommendedOwner summary detectedNeeds matchedServices nextSteps nextStepCodes { code params sign }
    classifier explanation explanationCodes { code params sign } policyVersion profileVersion fallbackReason language latencyMs createdAt
  }
  intent { kind evidence }
  routingDecision { rule { id name } strategy assigned cause decidedAt candidates { repId repName outcome reason params } }
  timeline { id at type message code params actorId }
  workflowState { step slaDueAt slaState escalationLevel nurtureStep }
  conversionScore { state probability modelVersion closedLeads minClosedLeads trainedAt factors { feature weight } }
}`);

export const LOGIN = graphql(`mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { token expiresAt user { ...UserFields } }
}`);

export const ME = graphql(`query Me { me { ...UserFields } }`);

export const LEADS_PAGE = graphql(`query Leads($filter: LeadFilterInput, $sort: LeadSortField, $first: Int, $after: String) {
  leads(filter: $filter, sort: $sort, first: $first, after: $after) { nodes { ...LeadRow } pageInfo { endCursor hasNextPage } totalCount totalCountCapped }
}`);
/** Cursors only, while the pager walks to a far page. */
export const LEADS_CURSORS = graphql(`query LeadsCursors($filter: LeadFilterInput, $sort: LeadSortField, $first: Int, $after: String) {
  leads(filter: $filter, sort: $sort, first: $first, after: $after) { pageInfo { endCursor hasNextPage } totalCount totalCountCapped }
}`);

export const MY_QUEUE_PAGE = graphql(`query MyQueue($first: Int, $after: String) {
  myQueue(first: $first, after: $after) { nodes { ...LeadRow } pageInfo { endCursor hasNextPage } totalCount totalCountCapped }
}`);
export const MY_QUEUE_CURSORS = graphql(`query MyQueueCursors($first: Int, $after: String) {
  myQueue(first: $first, after: $after) { pageInfo { endCursor hasNextPage } totalCount totalCountCapped }
}`);

export const LEAD = graphql(`query Lead($id: ID!) { lead(id: $id) { ...LeadDetail } }`);

export const CREATE_LEAD = graphql(`mutation CreateLead($input: CreateLeadInput!) { createLead(input: $input) { ...LeadRow } }`);

export const MARK_CONTACTED = graphql(`mutation MarkContacted($id: ID!) { markContacted(id: $id) { id status } }`);
export const CLOSE_LEAD = graphql(`mutation CloseLead($id: ID!, $outcome: LeadOutcome!, $reason: String) {
  closeLead(id: $id, outcome: $outcome, reason: $reason) { id status }
}`);
export const REASSIGN = graphql(`mutation Reassign($id: ID!, $toUserId: ID) { reassign(id: $id, toUserId: $toUserId) { id ownerId } }`);
export const RECLASSIFY = graphql(`mutation Reclassify($id: ID!) { reclassify(id: $id) { id status } }`);
export const ADD_NOTE = graphql(`mutation AddNote($id: ID!, $text: String!) { addNote(id: $id, text: $text) { id } }`);

// Configuration and reporting (sales ops and managers).

export const USERS = graphql(`query Users($role: UserRole) { users(role: $role) { ...UserFields } }`);
export const TEAMS = graphql(`query Teams { teams { id name timeZone } }`);

export const REP_FIELDS = graphql(`fragment RepFields on Rep {
  id email displayName teamId active capacity routingWeight skills languages territories timeZone language
  workingHours { weekday from to } outOfOffice { from to } openLeads
}`);
export const REPS = graphql(`query Reps { reps { ...RepFields } }`);
export const UPDATE_REP = graphql(`mutation UpdateRep($id: ID!, $input: RepInput!) { updateRep(id: $id, input: $input) { ...RepFields } }`);

export const ROUTING_RULE_FIELDS = graphql(`fragment RoutingRuleFields on RoutingRule {
  id name position enabled strategy repIds teamId createdAt updatedAt
  conditions { stages priorities industries countries languages sources dealSizes }
}`);
export const ROUTING_RULES = graphql(`query RoutingRules { routingRules { ...RoutingRuleFields } }`);
export const CREATE_ROUTING_RULE = graphql(`mutation CreateRoutingRule($input: RoutingRuleInput!) { createRoutingRule(input: $input) { ...RoutingRuleFields } }`);
export const UPDATE_ROUTING_RULE = graphql(`mutation UpdateRoutingRule($id: ID!, $input: RoutingRuleInput!) {
  updateRoutingRule(id: $id, input: $input) { ...RoutingRuleFields }
}`);
export const DELETE_ROUTING_RULE = graphql(`mutation DeleteRoutingRule($id: ID!) { deleteRoutingRule(id: $id) }`);
export const REORDER_ROUTING_RULES = graphql(`mutation ReorderRoutingRules($ids: [ID!]!) { reorderRoutingRules(ids: $ids) { ...RoutingRuleFields } }`);

export const COMPANY_PROFILE_FIELDS = graphql(`fragment CompanyProfileFields on CompanyProfile {
  id version companyName shortDescription mainServices targetAudience
  targetIndustries targetCountries excludedIndustries competitorDomains buyerAreas createdAt createdById
}`);
export const COMPANY_PROFILE = graphql(`query CompanyProfile { companyProfile { ...CompanyProfileFields } }`);
export const COMPANY_PROFILE_HISTORY = graphql(`query CompanyProfileHistory($first: Int) { companyProfileHistory(first: $first) { ...CompanyProfileFields } }`);
export const UPDATE_COMPANY_PROFILE = graphql(`mutation UpdateCompanyProfile($input: CompanyProfileInput!) {
  updateCompanyProfile(input: $input) { ...CompanyProfileFields }
}`);

export const SLA_SETTINGS_FIELDS = graphql(`fragment SlaSettingsFields on SlaSettings {
  businessHoursOnly minutesByPriority { P1 P2 P3 }
  businessCalendar { timeZone hours { weekday from to } holidays } escalationChain { action afterMinutes }
}`);
export const SLA_SETTINGS = graphql(`query SlaSettings { slaSettings { ...SlaSettingsFields } }`);
export const UPDATE_SLA_SETTINGS = graphql(`mutation UpdateSlaSettings($input: SlaSettingsInput!) { updateSlaSettings(input: $input) { ...SlaSettingsFields } }`);

export const NURTURE_FIELDS = graphql(`fragment NurtureFields on NurtureSequence { businessDaysOnly steps { templateKey waitDays } }`);
export const NURTURE_SEQUENCE = graphql(`query NurtureSequence { nurtureSequence { ...NurtureFields } }`);
export const UPDATE_NURTURE_SEQUENCE = graphql(`mutation UpdateNurtureSequence($input: NurtureSequenceInput!) {
  updateNurtureSequence(input: $input) { ...NurtureFields }
}`);
export const EMAIL_TEMPLATE_FIELDS = graphql(`fragment EmailTemplateFields on EmailTemplate { key subject { es en pt } body { es en pt } }`);
export const EMAIL_TEMPLATES = graphql(`query EmailTemplates { emailTemplates { ...EmailTemplateFields } }`);
export const UPDATE_EMAIL_TEMPLATE = graphql(`mutation UpdateEmailTemplate($key: String!, $input: EmailTemplateInput!) {
  updateEmailTemplate(key: $key, input: $input) { ...EmailTemplateFields }
}`);

export const WEBHOOK_FIELDS = graphql(`fragment WebhookFields on WebhookSubscription {
  id url events active createdBy createdAt recentDeliveries { id at event attempt statusCode ok error durationMs }
}`);
export const WEBHOOK_SUBSCRIPTIONS = graphql(`query WebhookSubscriptions { webhookSubscriptions { ...WebhookFields } }`);
export const CREATE_WEBHOOK_SUBSCRIPTION = graphql(`mutation CreateWebhookSubscription($url: String!, $events: [String!]!, $secret: String!) {
  createWebhookSubscription(url: $url, events: $events, secret: $secret) { ...WebhookFields }
}`);
export const DELETE_WEBHOOK_SUBSCRIPTION = graphql(`mutation DeleteWebhookSubscription($id: ID!) { deleteWebhookSubscription(id: $id) }`);

export const METRICS = graphql(`query Metrics($from: DateTime!, $to: DateTime!, $timeZone: String) {
  metrics(from: $from, to: $to, timeZone: $timeZone) {
    from to timeZone leadsCreated slaMet slaBreached slaCompliance breachesOpen breachesInRange
    firstResponseP50Minutes firstResponseP90Minutes
    funnel { stage leads contacted converted } leadsBySource { source count } leadsByOwner { ownerId displayName count }
    leadsByDay { day count } breachesByDay { day count } stageDisagreementsByDay { day count }
  }
}`);

export const BOARD_LEAD_FIELDS = graphql(`fragment BoardLead on Lead {
  id fullName companyName email priority stage status slaDueAt slaState assignedAt createdAt firstContactedAt escalationLevel owner { id displayName }
}`);
export const SLA_BOARD = graphql(`query SlaBoard { slaBoard { rep { ...UserFields } openLeads breached { ...BoardLead } atRisk { ...BoardLead } } }`);

export const POLICY_SETTINGS_FIELDS = graphql(`fragment PolicySettingsFields on ClassificationPolicySettings {
  fit { A B C } urgency { CRITICAL HIGH MEDIUM } dataQuality { GOOD REVIEW } slaMinutes { P1 P2 P3 } keywords
}`);
export const DRAFT_RULE_FIELDS = graphql(`fragment DraftRuleFields on DraftRoutingRule {
  id name position enabled strategy teamId repIds conditions { stages priorities industries countries languages sources dealSizes }
}`);
export const POLICY_DRAFT_FIELDS = graphql(`fragment PolicyDraftFields on PolicyDraft {
  state publishedVersion basedOnVersion updatedAt policy { ...PolicySettingsFields } routingRules { ...DraftRuleFields }
}`);
export const POLICY_DRAFT = graphql(`query PolicyDraft { policyDraft { ...PolicyDraftFields } }`);
export const SAVE_POLICY_DRAFT = graphql(`mutation SavePolicyDraft($input: PolicyDraftInput!) { savePolicyDraft(input: $input) { ...PolicyDraftFields } }`);
export const DISCARD_POLICY_DRAFT = graphql(`mutation DiscardPolicyDraft { discardPolicyDraft }`);
export const POLICY_VERSION_FIELDS = graphql(`fragment PolicyVersionFields on PolicyVersion {
  version policyVersion action restoredFrom note publishedBy publishedAt live
}`);
export const POLICY_VERSIONS = graphql(`query PolicyVersions($first: Int) { policyVersions(first: $first) { ...PolicyVersionFields } }`);
export const PUBLISH_POLICY_DRAFT = graphql(`mutation PublishPolicyDraft($note: String) { publishPolicyDraft(note: $note) { ...PolicyVersionFields } }`);
export const RESTORE_POLICY_VERSION = graphql(`mutation RestorePolicyVersion($version: Int!) { restorePolicyVersion(version: $version) { ...PolicyVersionFields } }`);
export const SIMULATE_POLICY_DRAFT = graphql(`query SimulatePolicyDraft($days: Int, $maxChanges: Int) {
  simulatePolicyDraft(days: $days, maxChanges: $maxChanges) {
    days from to leads llmClassifiedLeads durationMs assumptions
    replayFidelity { sameStage sameOwner }
    changed { stage priority owner any }
    sql { happened before after added missed }
    slaMinutesOwed { happened before after }
    leadsWithSla { happened before after }
    queued { happened before after }
    repLoad { repId displayName happened before after }
    changes {
      leadId fullName companyName createdAt stageChanged priorityChanged ownerChanged reasons
      before { stage priority slaMinutes ownerName queued }
      after { stage priority slaMinutes ownerName queued routedBy }
    }
  }
}`);

// The conversion score (sales ops train and roll back; managers read the figures).
export const SCORING_MODEL_FIELDS = graphql(`fragment ScoringModelFields on ScoringModel {
  version auc brier ece closedLeads trainLeads heldOutLeads trainingMs trainedAt promoted promotedAt refusal
  calibration { from to count meanPredicted observedRate } heldOutScoreBands { band leads converted conversionRate }
}`);
export const SCORING_MODELS = graphql(`query ScoringModels($first: Int!) { scoringModels(first: $first) { ...ScoringModelFields } }`);
export const SCORING_STATUS = graphql(`query ScoringStatus {
  scoringStatus { closedLeads minClosedLeads orderQueueByScore promoted { ...ScoringModelFields } }
}`);
export const CONVERSION_BY_SCORE_BAND = graphql(`query ConversionByScoreBand { conversionByScoreBand { band leads converted conversionRate } }`);
export const TRAIN_SCORING_MODEL = graphql(`mutation TrainScoringModel { trainScoringModel { workflowId } }`);
export const ROLLBACK_SCORING_MODEL = graphql(`mutation RollbackScoringModel($version: Int) { rollbackScoringModel(version: $version) { ...ScoringModelFields } }`);
export const SET_ORDER_QUEUE_BY_SCORE = graphql(`mutation SetOrderQueueByScore($enabled: Boolean!) { setOrderQueueByScore(enabled: $enabled) }`);
