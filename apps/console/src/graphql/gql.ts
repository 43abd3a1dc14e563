/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment UserFields on User { id email displayName role teamId active capacity openLeads }": typeof types.UserFieldsFragmentDoc,
    "fragment LeadRow on Lead {\n  id createdAt updatedAt source fullName email phone jobPosition companyName industry location age gender\n  status stage priority ownerId owner { id displayName email } assignedAt slaDueAt slaState escalationLevel\n  firstContactedAt outcome closedAt\n  listScore: conversionScore { state probability }\n}": typeof types.LeadRowFragmentDoc,
    "fragment LeadDetail on Lead {\n  ...LeadRow\n  phoneE164 notifyEmail description companySize outcomeReason workflowId temporalUrl\n  classification {\n    contactProfile { seniorityLevel roleType decisionPower emailType }\n    fit { score grade reasons reasonCodes { code params sign } }\n    urgency { score level signals signalCodes { code params sign } }\n    opportunity { dealSize complexity }\n    dataQuality { score label missing }\n    stage rulesStage priority slaMinutes recommendedOwner summary detectedNeeds matchedServices nextSteps nextStepCodes { code params sign }\n    classifier explanation explanationCodes { code params sign } policyVersion profileVersion fallbackReason language latencyMs createdAt\n  }\n  intent { kind evidence }\n  routingDecision { rule { id name } strategy assigned cause decidedAt candidates { repId repName outcome reason params } }\n  timeline { id at type message code params actorId }\n  workflowState { step slaDueAt slaState escalationLevel nurtureStep }\n  conversionScore { state probability modelVersion closedLeads minClosedLeads trainedAt factors { feature weight } }\n}": typeof types.LeadDetailFragmentDoc,
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) { token expiresAt user { ...UserFields } }\n}": typeof types.LoginDocument,
    "query Me { me { ...UserFields } }": typeof types.MeDocument,
    "query Leads($filter: LeadFilterInput, $sort: LeadSortField, $first: Int, $after: String) {\n  leads(filter: $filter, sort: $sort, first: $first, after: $after) { nodes { ...LeadRow } pageInfo { endCursor hasNextPage } totalCount totalCountCapped }\n}": typeof types.LeadsDocument,
    "query LeadsCursors($filter: LeadFilterInput, $sort: LeadSortField, $first: Int, $after: String) {\n  leads(filter: $filter, sort: $sort, first: $first, after: $after) { pageInfo { endCursor hasNextPage } totalCount totalCountCapped }\n}": typeof types.LeadsCursorsDocument,
    "query MyQueue($first: Int, $after: String) {\n  myQueue(first: $first, after: $after) { nodes { ...LeadRow } pageInfo { endCursor hasNextPage } totalCount totalCountCapped }\n}": typeof types.MyQueueDocument,
    "query MyQueueCursors($first: Int, $after: String) {\n  myQueue(first: $first, after: $after) { pageInfo { endCursor hasNextPage } totalCount totalCountCapped }\n}": typeof types.MyQueueCursorsDocument,
    "query Lead($id: ID!) { lead(id: $id) { ...LeadDetail } }": typeof types.LeadDocument,
    "mutation CreateLead($input: CreateLeadInput!) { createLead(input: $input) { ...LeadRow } }": typeof types.CreateLeadDocument,
    "mutation MarkContacted($id: ID!) { markContacted(id: $id) { id status } }": typeof types.MarkContactedDocument,
    "mutation CloseLead($id: ID!, $outcome: LeadOutcome!, $reason: String) {\n  closeLead(id: $id, outcome: $outcome, reason: $reason) { id status }\n}": typeof types.CloseLeadDocument,
    "mutation Reassign($id: ID!, $toUserId: ID) { reassign(id: $id, toUserId: $toUserId) { id ownerId } }": typeof types.ReassignDocument,
    "mutation Reclassify($id: ID!) { reclassify(id: $id) { id status } }": typeof types.ReclassifyDocument,
    "mutation AddNote($id: ID!, $text: String!) { addNote(id: $id, text: $text) { id } }": typeof types.AddNoteDocument,
    "query Users($role: UserRole) { users(role: $role) { ...UserFields } }": typeof types.UsersDocument,
    "query Teams { teams { id name timeZone } }": typeof types.TeamsDocument,
    "fragment RepFields on Rep {\n  id email displayName teamId active capacity routingWeight skills languages territories timeZone language\n  workingHours { weekday from to } outOfOffice { from to } openLeads\n}": typeof types.RepFieldsFragmentDoc,
    "query Reps { reps { ...RepFields } }": typeof types.RepsDocument,
    "mutation UpdateRep($id: ID!, $input: RepInput!) { updateRep(id: $id, input: $input) { ...RepFields } }": typeof types.UpdateRepDocument,
    "fragment RoutingRuleFields on RoutingRule {\n  id name position enabled strategy repIds teamId createdAt updatedAt\n  conditions { stages priorities industries countries languages sources dealSizes }\n}": typeof types.RoutingRuleFieldsFragmentDoc,
    "query RoutingRules { routingRules { ...RoutingRuleFields } }": typeof types.RoutingRulesDocument,
    "mutation CreateRoutingRule($input: RoutingRuleInput!) { createRoutingRule(input: $input) { ...RoutingRuleFields } }": typeof types.CreateRoutingRuleDocument,
    "mutation UpdateRoutingRule($id: ID!, $input: RoutingRuleInput!) {\n  updateRoutingRule(id: $id, input: $input) { ...RoutingRuleFields }\n}": typeof types.UpdateRoutingRuleDocument,
    "mutation DeleteRoutingRule($id: ID!) { deleteRoutingRule(id: $id) }": typeof types.DeleteRoutingRuleDocument,
    "mutation ReorderRoutingRules($ids: [ID!]!) { reorderRoutingRules(ids: $ids) { ...RoutingRuleFields } }": typeof types.ReorderRoutingRulesDocument,
    "fragment CompanyProfileFields on CompanyProfile {\n  id version companyName shortDescription mainServices targetAudience\n  targetIndustries targetCountries excludedIndustries competitorDomains buyerAreas createdAt createdById\n}": typeof types.CompanyProfileFieldsFragmentDoc,
    "query CompanyProfile { companyProfile { ...CompanyProfileFields } }": typeof types.CompanyProfileDocument,
    "query CompanyProfileHistory($first: Int) { companyProfileHistory(first: $first) { ...CompanyProfileFields } }": typeof types.CompanyProfileHistoryDocument,
    "mutation UpdateCompanyProfile($input: CompanyProfileInput!) {\n  updateCompanyProfile(input: $input) { ...CompanyProfileFields }\n}": typeof types.UpdateCompanyProfileDocument,
    "fragment SlaSettingsFields on SlaSettings {\n  businessHoursOnly minutesByPriority { P1 P2 P3 }\n  businessCalendar { timeZone hours { weekday from to } holidays } escalationChain { action afterMinutes }\n}": typeof types.SlaSettingsFieldsFragmentDoc,
    "query SlaSettings { slaSettings { ...SlaSettingsFields } }": typeof types.SlaSettingsDocument,
    "mutation UpdateSlaSettings($input: SlaSettingsInput!) { updateSlaSettings(input: $input) { ...SlaSettingsFields } }": typeof types.UpdateSlaSettingsDocument,
    "fragment NurtureFields on NurtureSequence { businessDaysOnly steps { templateKey waitDays } }": typeof types.NurtureFieldsFragmentDoc,
    "query NurtureSequence { nurtureSequence { ...NurtureFields } }": typeof types.NurtureSequenceDocument,
    "mutation UpdateNurtureSequence($input: NurtureSequenceInput!) {\n  updateNurtureSequence(input: $input) { ...NurtureFields }\n}": typeof types.UpdateNurtureSequenceDocument,
    "fragment EmailTemplateFields on EmailTemplate { key subject { es en pt } body { es en pt } }": typeof types.EmailTemplateFieldsFragmentDoc,
    "query EmailTemplates { emailTemplates { ...EmailTemplateFields } }": typeof types.EmailTemplatesDocument,
    "mutation UpdateEmailTemplate($key: String!, $input: EmailTemplateInput!) {\n  updateEmailTemplate(key: $key, input: $input) { ...EmailTemplateFields }\n}": typeof types.UpdateEmailTemplateDocument,
    "fragment WebhookFields on WebhookSubscription {\n  id url events active createdBy createdAt recentDeliveries { id at event attempt statusCode ok error durationMs }\n}": typeof types.WebhookFieldsFragmentDoc,
    "query WebhookSubscriptions { webhookSubscriptions { ...WebhookFields } }": typeof types.WebhookSubscriptionsDocument,
    "mutation CreateWebhookSubscription($url: String!, $events: [String!]!, $secret: String!) {\n  createWebhookSubscription(url: $url, events: $events, secret: $secret) { ...WebhookFields }\n}": typeof types.CreateWebhookSubscriptionDocument,
    "mutation DeleteWebhookSubscription($id: ID!) { deleteWebhookSubscription(id: $id) }": typeof types.DeleteWebhookSubscriptionDocument,
    "query Metrics($from: DateTime!, $to: DateTime!, $timeZone: String) {\n  metrics(from: $from, to: $to, timeZone: $timeZone) {\n    from to timeZone leadsCreated slaMet slaBreached slaCompliance breachesOpen breachesInRange\n    firstResponseP50Minutes firstResponseP90Minutes\n    funnel { stage leads contacted converted } leadsBySource { source count } leadsByOwner { ownerId displayName count }\n    leadsByDay { day count } breachesByDay { day count } stageDisagreementsByDay { day count }\n  }\n}": typeof types.MetricsDocument,
    "fragment BoardLead on Lead {\n  id fullName companyName email priority stage status slaDueAt slaState assignedAt createdAt firstContactedAt escalationLevel owner { id displayName }\n}": typeof types.BoardLeadFragmentDoc,
    "query SlaBoard { slaBoard { rep { ...UserFields } openLeads breached { ...BoardLead } atRisk { ...BoardLead } } }": typeof types.SlaBoardDocument,
    "fragment PolicySettingsFields on ClassificationPolicySettings {\n  fit { A B C } urgency { CRITICAL HIGH MEDIUM } dataQuality { GOOD REVIEW } slaMinutes { P1 P2 P3 } keywords\n}": typeof types.PolicySettingsFieldsFragmentDoc,
    "fragment DraftRuleFields on DraftRoutingRule {\n  id name position enabled strategy teamId repIds conditions { stages priorities industries countries languages sources dealSizes }\n}": typeof types.DraftRuleFieldsFragmentDoc,
    "fragment PolicyDraftFields on PolicyDraft {\n  state publishedVersion basedOnVersion updatedAt policy { ...PolicySettingsFields } routingRules { ...DraftRuleFields }\n}": typeof types.PolicyDraftFieldsFragmentDoc,
    "query PolicyDraft { policyDraft { ...PolicyDraftFields } }": typeof types.PolicyDraftDocument,
    "mutation SavePolicyDraft($input: PolicyDraftInput!) { savePolicyDraft(input: $input) { ...PolicyDraftFields } }": typeof types.SavePolicyDraftDocument,
    "mutation DiscardPolicyDraft { discardPolicyDraft }": typeof types.DiscardPolicyDraftDocument,
    "fragment PolicyVersionFields on PolicyVersion {\n  version policyVersion action restoredFrom note publishedBy publishedAt live\n}": typeof types.PolicyVersionFieldsFragmentDoc,
    "query PolicyVersions($first: Int) { policyVersions(first: $first) { ...PolicyVersionFields } }": typeof types.PolicyVersionsDocument,
    "mutation PublishPolicyDraft($note: String) { publishPolicyDraft(note: $note) { ...PolicyVersionFields } }": typeof types.PublishPolicyDraftDocument,
    "mutation RestorePolicyVersion($version: Int!) { restorePolicyVersion(version: $version) { ...PolicyVersionFields } }": typeof types.RestorePolicyVersionDocument,
    "query SimulatePolicyDraft($days: Int, $maxChanges: Int) {\n  simulatePolicyDraft(days: $days, maxChanges: $maxChanges) {\n    days from to leads llmClassifiedLeads durationMs assumptions\n    replayFidelity { sameStage sameOwner }\n    changed { stage priority owner any }\n    sql { happened before after added missed }\n    slaMinutesOwed { happened before after }\n    leadsWithSla { happened before after }\n    queued { happened before after }\n    repLoad { repId displayName happened before after }\n    changes {\n      leadId fullName companyName createdAt stageChanged priorityChanged ownerChanged reasons\n      before { stage priority slaMinutes ownerName queued }\n      after { stage priority slaMinutes ownerName queued routedBy }\n    }\n  }\n}": typeof types.SimulatePolicyDraftDocument,
    "fragment ScoringModelFields on ScoringModel {\n  version auc brier ece closedLeads trainLeads heldOutLeads trainingMs trainedAt promoted promotedAt refusal\n  calibration { from to count meanPredicted observedRate } heldOutScoreBands { band leads converted conversionRate }\n}": typeof types.ScoringModelFieldsFragmentDoc,
    "query ScoringModels($first: Int!) { scoringModels(first: $first) { ...ScoringModelFields } }": typeof types.ScoringModelsDocument,
    "query ScoringStatus {\n  scoringStatus { closedLeads minClosedLeads orderQueueByScore promoted { ...ScoringModelFields } }\n}": typeof types.ScoringStatusDocument,
    "query ConversionByScoreBand { conversionByScoreBand { band leads converted conversionRate } }": typeof types.ConversionByScoreBandDocument,
    "mutation TrainScoringModel { trainScoringModel { workflowId } }": typeof types.TrainScoringModelDocument,
    "mutation RollbackScoringModel($version: Int) { rollbackScoringModel(version: $version) { ...ScoringModelFields } }": typeof types.RollbackScoringModelDocument,
    "mutation SetOrderQueueByScore($enabled: Boolean!) { setOrderQueueByScore(enabled: $enabled) }": typeof types.SetOrderQueueByScoreDocument,
};
const documents: Documents = {
    "fragment UserFields on User { id email displayName role teamId active capacity openLeads }": types.UserFieldsFragmentDoc,
    "fragment LeadRow on Lead {\n  id createdAt updatedAt source fullName email phone jobPosition companyName industry location age gender\n  status stage priority ownerId owner { id displayName email } assignedAt slaDueAt slaState escalationLevel\n  firstContactedAt outcome closedAt\n  listScore: conversionScore { state probability }\n}": types.LeadRowFragmentDoc,
    "fragment LeadDetail on Lead {\n  ...LeadRow\n  phoneE164 notifyEmail description companySize outcomeReason workflowId temporalUrl\n  classification {\n    contactProfile { seniorityLevel roleType decisionPower emailType }\n    fit { score grade reasons reasonCodes { code params sign } }\n    urgency { score level signals signalCodes { code params sign } }\n    opportunity { dealSize complexity }\n    dataQuality { score label missing }\n    stage rulesStage priority slaMinutes recommendedOwner summary detectedNeeds matchedServices nextSteps nextStepCodes { code params sign }\n    classifier explanation explanationCodes { code params sign } policyVersion profileVersion fallbackReason language latencyMs createdAt\n  }\n  intent { kind evidence }\n  routingDecision { rule { id name } strategy assigned cause decidedAt candidates { repId repName outcome reason params } }\n  timeline { id at type message code params actorId }\n  workflowState { step slaDueAt slaState escalationLevel nurtureStep }\n  conversionScore { state probability modelVersion closedLeads minClosedLeads trainedAt factors { feature weight } }\n}": types.LeadDetailFragmentDoc,
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) { token expiresAt user { ...UserFields } }\n}": types.LoginDocument,
    "query Me { me { ...UserFields } }": types.MeDocument,
    "query Leads($filter: LeadFilterInput, $sort: LeadSortField, $first: Int, $after: String) {\n  leads(filter: $filter, sort: $sort, first: $first, after: $after) { nodes { ...LeadRow } pageInfo { endCursor hasNextPage } totalCount totalCountCapped }\n}": types.LeadsDocument,
    "query LeadsCursors($filter: LeadFilterInput, $sort: LeadSortField, $first: Int, $after: String) {\n  leads(filter: $filter, sort: $sort, first: $first, after: $after) { pageInfo { endCursor hasNextPage } totalCount totalCountCapped }\n}": types.LeadsCursorsDocument,
    "query MyQueue($first: Int, $after: String) {\n  myQueue(first: $first, after: $after) { nodes { ...LeadRow } pageInfo { endCursor hasNextPage } totalCount totalCountCapped }\n}": types.MyQueueDocument,
    "query MyQueueCursors($first: Int, $after: String) {\n  myQueue(first: $first, after: $after) { pageInfo { endCursor hasNextPage } totalCount totalCountCapped }\n}": types.MyQueueCursorsDocument,
    "query Lead($id: ID!) { lead(id: $id) { ...LeadDetail } }": types.LeadDocument,
    "mutation CreateLead($input: CreateLeadInput!) { createLead(input: $input) { ...LeadRow } }": types.CreateLeadDocument,
    "mutation MarkContacted($id: ID!) { markContacted(id: $id) { id status } }": types.MarkContactedDocument,
    "mutation CloseLead($id: ID!, $outcome: LeadOutcome!, $reason: String) {\n  closeLead(id: $id, outcome: $outcome, reason: $reason) { id status }\n}": types.CloseLeadDocument,
    "mutation Reassign($id: ID!, $toUserId: ID) { reassign(id: $id, toUserId: $toUserId) { id ownerId } }": types.ReassignDocument,
    "mutation Reclassify($id: ID!) { reclassify(id: $id) { id status } }": types.ReclassifyDocument,
    "mutation AddNote($id: ID!, $text: String!) { addNote(id: $id, text: $text) { id } }": types.AddNoteDocument,
    "query Users($role: UserRole) { users(role: $role) { ...UserFields } }": types.UsersDocument,
    "query Teams { teams { id name timeZone } }": types.TeamsDocument,
    "fragment RepFields on Rep {\n  id email displayName teamId active capacity routingWeight skills languages territories timeZone language\n  workingHours { weekday from to } outOfOffice { from to } openLeads\n}": types.RepFieldsFragmentDoc,
    "query Reps { reps { ...RepFields } }": types.RepsDocument,
    "mutation UpdateRep($id: ID!, $input: RepInput!) { updateRep(id: $id, input: $input) { ...RepFields } }": types.UpdateRepDocument,
    "fragment RoutingRuleFields on RoutingRule {\n  id name position enabled strategy repIds teamId createdAt updatedAt\n  conditions { stages priorities industries countries languages sources dealSizes }\n}": types.RoutingRuleFieldsFragmentDoc,
    "query RoutingRules { routingRules { ...RoutingRuleFields } }": types.RoutingRulesDocument,
    "mutation CreateRoutingRule($input: RoutingRuleInput!) { createRoutingRule(input: $input) { ...RoutingRuleFields } }": types.CreateRoutingRuleDocument,
    "mutation UpdateRoutingRule($id: ID!, $input: RoutingRuleInput!) {\n  updateRoutingRule(id: $id, input: $input) { ...RoutingRuleFields }\n}": types.UpdateRoutingRuleDocument,
    "mutation DeleteRoutingRule($id: ID!) { deleteRoutingRule(id: $id) }": types.DeleteRoutingRuleDocument,
    "mutation ReorderRoutingRules($ids: [ID!]!) { reorderRoutingRules(ids: $ids) { ...RoutingRuleFields } }": types.ReorderRoutingRulesDocument,
    "fragment CompanyProfileFields on CompanyProfile {\n  id version companyName shortDescription mainServices targetAudience\n  targetIndustries targetCountries excludedIndustries competitorDomains buyerAreas createdAt createdById\n}": types.CompanyProfileFieldsFragmentDoc,
    "query CompanyProfile { companyProfile { ...CompanyProfileFields } }": types.CompanyProfileDocument,
    "query CompanyProfileHistory($first: Int) { companyProfileHistory(first: $first) { ...CompanyProfileFields } }": types.CompanyProfileHistoryDocument,
    "mutation UpdateCompanyProfile($input: CompanyProfileInput!) {\n  updateCompanyProfile(input: $input) { ...CompanyProfileFields }\n}": types.UpdateCompanyProfileDocument,
    "fragment SlaSettingsFields on SlaSettings {\n  businessHoursOnly minutesByPriority { P1 P2 P3 }\n  businessCalendar { timeZone hours { weekday from to } holidays } escalationChain { action afterMinutes }\n}": types.SlaSettingsFieldsFragmentDoc,
    "query SlaSettings { slaSettings { ...SlaSettingsFields } }": types.SlaSettingsDocument,
    "mutation UpdateSlaSettings($input: SlaSettingsInput!) { updateSlaSettings(input: $input) { ...SlaSettingsFields } }": types.UpdateSlaSettingsDocument,
    "fragment NurtureFields on NurtureSequence { businessDaysOnly steps { templateKey waitDays } }": types.NurtureFieldsFragmentDoc,
    "query NurtureSequence { nurtureSequence { ...NurtureFields } }": types.NurtureSequenceDocument,
    "mutation UpdateNurtureSequence($input: NurtureSequenceInput!) {\n  updateNurtureSequence(input: $input) { ...NurtureFields }\n}": types.UpdateNurtureSequenceDocument,
    "fragment EmailTemplateFields on EmailTemplate { key subject { es en pt } body { es en pt } }": types.EmailTemplateFieldsFragmentDoc,
    "query EmailTemplates { emailTemplates { ...EmailTemplateFields } }": types.EmailTemplatesDocument,
    "mutation UpdateEmailTemplate($key: String!, $input: EmailTemplateInput!) {\n  updateEmailTemplate(key: $key, input: $input) { ...EmailTemplateFields }\n}": types.UpdateEmailTemplateDocument,
    "fragment WebhookFields on WebhookSubscription {\n  id url events active createdBy createdAt recentDeliveries { id at event attempt statusCode ok error durationMs }\n}": types.WebhookFieldsFragmentDoc,
    "query WebhookSubscriptions { webhookSubscriptions { ...WebhookFields } }": types.WebhookSubscriptionsDocument,
    "mutation CreateWebhookSubscription($url: String!, $events: [String!]!, $secret: String!) {\n  createWebhookSubscription(url: $url, events: $events, secret: $secret) { ...WebhookFields }\n}": types.CreateWebhookSubscriptionDocument,
    "mutation DeleteWebhookSubscription($id: ID!) { deleteWebhookSubscription(id: $id) }": types.DeleteWebhookSubscriptionDocument,
    "query Metrics($from: DateTime!, $to: DateTime!, $timeZone: String) {\n  metrics(from: $from, to: $to, timeZone: $timeZone) {\n    from to timeZone leadsCreated slaMet slaBreached slaCompliance breachesOpen breachesInRange\n    firstResponseP50Minutes firstResponseP90Minutes\n    funnel { stage leads contacted converted } leadsBySource { source count } leadsByOwner { ownerId displayName count }\n    leadsByDay { day count } breachesByDay { day count } stageDisagreementsByDay { day count }\n  }\n}": types.MetricsDocument,
    "fragment BoardLead on Lead {\n  id fullName companyName email priority stage status slaDueAt slaState assignedAt createdAt firstContactedAt escalationLevel owner { id displayName }\n}": types.BoardLeadFragmentDoc,
    "query SlaBoard { slaBoard { rep { ...UserFields } openLeads breached { ...BoardLead } atRisk { ...BoardLead } } }": types.SlaBoardDocument,
    "fragment PolicySettingsFields on ClassificationPolicySettings {\n  fit { A B C } urgency { CRITICAL HIGH MEDIUM } dataQuality { GOOD REVIEW } slaMinutes { P1 P2 P3 } keywords\n}": types.PolicySettingsFieldsFragmentDoc,
    "fragment DraftRuleFields on DraftRoutingRule {\n  id name position enabled strategy teamId repIds conditions { stages priorities industries countries languages sources dealSizes }\n}": types.DraftRuleFieldsFragmentDoc,
    "fragment PolicyDraftFields on PolicyDraft {\n  state publishedVersion basedOnVersion updatedAt policy { ...PolicySettingsFields } routingRules { ...DraftRuleFields }\n}": types.PolicyDraftFieldsFragmentDoc,
    "query PolicyDraft { policyDraft { ...PolicyDraftFields } }": types.PolicyDraftDocument,
    "mutation SavePolicyDraft($input: PolicyDraftInput!) { savePolicyDraft(input: $input) { ...PolicyDraftFields } }": types.SavePolicyDraftDocument,
    "mutation DiscardPolicyDraft { discardPolicyDraft }": types.DiscardPolicyDraftDocument,
    "fragment PolicyVersionFields on PolicyVersion {\n  version policyVersion action restoredFrom note publishedBy publishedAt live\n}": types.PolicyVersionFieldsFragmentDoc,
    "query PolicyVersions($first: Int) { policyVersions(first: $first) { ...PolicyVersionFields } }": types.PolicyVersionsDocument,
    "mutation PublishPolicyDraft($note: String) { publishPolicyDraft(note: $note) { ...PolicyVersionFields } }": types.PublishPolicyDraftDocument,
    "mutation RestorePolicyVersion($version: Int!) { restorePolicyVersion(version: $version) { ...PolicyVersionFields } }": types.RestorePolicyVersionDocument,
    "query SimulatePolicyDraft($days: Int, $maxChanges: Int) {\n  simulatePolicyDraft(days: $days, maxChanges: $maxChanges) {\n    days from to leads llmClassifiedLeads durationMs assumptions\n    replayFidelity { sameStage sameOwner }\n    changed { stage priority owner any }\n    sql { happened before after added missed }\n    slaMinutesOwed { happened before after }\n    leadsWithSla { happened before after }\n    queued { happened before after }\n    repLoad { repId displayName happened before after }\n    changes {\n      leadId fullName companyName createdAt stageChanged priorityChanged ownerChanged reasons\n      before { stage priority slaMinutes ownerName queued }\n      after { stage priority slaMinutes ownerName queued routedBy }\n    }\n  }\n}": types.SimulatePolicyDraftDocument,
    "fragment ScoringModelFields on ScoringModel {\n  version auc brier ece closedLeads trainLeads heldOutLeads trainingMs trainedAt promoted promotedAt refusal\n  calibration { from to count meanPredicted observedRate } heldOutScoreBands { band leads converted conversionRate }\n}": types.ScoringModelFieldsFragmentDoc,
    "query ScoringModels($first: Int!) { scoringModels(first: $first) { ...ScoringModelFields } }": types.ScoringModelsDocument,
    "query ScoringStatus {\n  scoringStatus { closedLeads minClosedLeads orderQueueByScore promoted { ...ScoringModelFields } }\n}": types.ScoringStatusDocument,
    "query ConversionByScoreBand { conversionByScoreBand { band leads converted conversionRate } }": types.ConversionByScoreBandDocument,
    "mutation TrainScoringModel { trainScoringModel { workflowId } }": types.TrainScoringModelDocument,
    "mutation RollbackScoringModel($version: Int) { rollbackScoringModel(version: $version) { ...ScoringModelFields } }": types.RollbackScoringModelDocument,
    "mutation SetOrderQueueByScore($enabled: Boolean!) { setOrderQueueByScore(enabled: $enabled) }": types.SetOrderQueueByScoreDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UserFields on User { id email displayName role teamId active capacity openLeads }"): typeof import('./graphql').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LeadRow on Lead {\n  id createdAt updatedAt source fullName email phone jobPosition companyName industry location age gender\n  status stage priority ownerId owner { id displayName email } assignedAt slaDueAt slaState escalationLevel\n  firstContactedAt outcome closedAt\n  listScore: conversionScore { state probability }\n}"): typeof import('./graphql').LeadRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LeadDetail on Lead {\n  ...LeadRow\n  phoneE164 notifyEmail description companySize outcomeReason workflowId temporalUrl\n  classification {\n    contactProfile { seniorityLevel roleType decisionPower emailType }\n    fit { score grade reasons reasonCodes { code params sign } }\n    urgency { score level signals signalCodes { code params sign } }\n    opportunity { dealSize complexity }\n    dataQuality { score label missing }\n    stage rulesStage priority slaMinutes recommendedOwner summary detectedNeeds matchedServices nextSteps nextStepCodes { code params sign }\n    classifier explanation explanationCodes { code params sign } policyVersion profileVersion fallbackReason language latencyMs createdAt\n  }\n  intent { kind evidence }\n  routingDecision { rule { id name } strategy assigned cause decidedAt candidates { repId repName outcome reason params } }\n  timeline { id at type message code params actorId }\n  workflowState { step slaDueAt slaState escalationLevel nurtureStep }\n  conversionScore { state probability modelVersion closedLeads minClosedLeads trainedAt factors { feature weight } }\n}"): typeof import('./graphql').LeadDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) { token expiresAt user { ...UserFields } }\n}"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { me { ...UserFields } }"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Leads($filter: LeadFilterInput, $sort: LeadSortField, $first: Int, $after: String) {\n  leads(filter: $filter, sort: $sort, first: $first, after: $after) { nodes { ...LeadRow } pageInfo { endCursor hasNextPage } totalCount totalCountCapped }\n}"): typeof import('./graphql').LeadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeadsCursors($filter: LeadFilterInput, $sort: LeadSortField, $first: Int, $after: String) {\n  leads(filter: $filter, sort: $sort, first: $first, after: $after) { pageInfo { endCursor hasNextPage } totalCount totalCountCapped }\n}"): typeof import('./graphql').LeadsCursorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyQueue($first: Int, $after: String) {\n  myQueue(first: $first, after: $after) { nodes { ...LeadRow } pageInfo { endCursor hasNextPage } totalCount totalCountCapped }\n}"): typeof import('./graphql').MyQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyQueueCursors($first: Int, $after: String) {\n  myQueue(first: $first, after: $after) { pageInfo { endCursor hasNextPage } totalCount totalCountCapped }\n}"): typeof import('./graphql').MyQueueCursorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Lead($id: ID!) { lead(id: $id) { ...LeadDetail } }"): typeof import('./graphql').LeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateLead($input: CreateLeadInput!) { createLead(input: $input) { ...LeadRow } }"): typeof import('./graphql').CreateLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkContacted($id: ID!) { markContacted(id: $id) { id status } }"): typeof import('./graphql').MarkContactedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseLead($id: ID!, $outcome: LeadOutcome!, $reason: String) {\n  closeLead(id: $id, outcome: $outcome, reason: $reason) { id status }\n}"): typeof import('./graphql').CloseLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Reassign($id: ID!, $toUserId: ID) { reassign(id: $id, toUserId: $toUserId) { id ownerId } }"): typeof import('./graphql').ReassignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Reclassify($id: ID!) { reclassify(id: $id) { id status } }"): typeof import('./graphql').ReclassifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddNote($id: ID!, $text: String!) { addNote(id: $id, text: $text) { id } }"): typeof import('./graphql').AddNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Users($role: UserRole) { users(role: $role) { ...UserFields } }"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Teams { teams { id name timeZone } }"): typeof import('./graphql').TeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RepFields on Rep {\n  id email displayName teamId active capacity routingWeight skills languages territories timeZone language\n  workingHours { weekday from to } outOfOffice { from to } openLeads\n}"): typeof import('./graphql').RepFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Reps { reps { ...RepFields } }"): typeof import('./graphql').RepsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateRep($id: ID!, $input: RepInput!) { updateRep(id: $id, input: $input) { ...RepFields } }"): typeof import('./graphql').UpdateRepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RoutingRuleFields on RoutingRule {\n  id name position enabled strategy repIds teamId createdAt updatedAt\n  conditions { stages priorities industries countries languages sources dealSizes }\n}"): typeof import('./graphql').RoutingRuleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoutingRules { routingRules { ...RoutingRuleFields } }"): typeof import('./graphql').RoutingRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateRoutingRule($input: RoutingRuleInput!) { createRoutingRule(input: $input) { ...RoutingRuleFields } }"): typeof import('./graphql').CreateRoutingRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateRoutingRule($id: ID!, $input: RoutingRuleInput!) {\n  updateRoutingRule(id: $id, input: $input) { ...RoutingRuleFields }\n}"): typeof import('./graphql').UpdateRoutingRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteRoutingRule($id: ID!) { deleteRoutingRule(id: $id) }"): typeof import('./graphql').DeleteRoutingRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReorderRoutingRules($ids: [ID!]!) { reorderRoutingRules(ids: $ids) { ...RoutingRuleFields } }"): typeof import('./graphql').ReorderRoutingRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CompanyProfileFields on CompanyProfile {\n  id version companyName shortDescription mainServices targetAudience\n  targetIndustries targetCountries excludedIndustries competitorDomains buyerAreas createdAt createdById\n}"): typeof import('./graphql').CompanyProfileFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompanyProfile { companyProfile { ...CompanyProfileFields } }"): typeof import('./graphql').CompanyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompanyProfileHistory($first: Int) { companyProfileHistory(first: $first) { ...CompanyProfileFields } }"): typeof import('./graphql').CompanyProfileHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateCompanyProfile($input: CompanyProfileInput!) {\n  updateCompanyProfile(input: $input) { ...CompanyProfileFields }\n}"): typeof import('./graphql').UpdateCompanyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SlaSettingsFields on SlaSettings {\n  businessHoursOnly minutesByPriority { P1 P2 P3 }\n  businessCalendar { timeZone hours { weekday from to } holidays } escalationChain { action afterMinutes }\n}"): typeof import('./graphql').SlaSettingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SlaSettings { slaSettings { ...SlaSettingsFields } }"): typeof import('./graphql').SlaSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSlaSettings($input: SlaSettingsInput!) { updateSlaSettings(input: $input) { ...SlaSettingsFields } }"): typeof import('./graphql').UpdateSlaSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NurtureFields on NurtureSequence { businessDaysOnly steps { templateKey waitDays } }"): typeof import('./graphql').NurtureFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NurtureSequence { nurtureSequence { ...NurtureFields } }"): typeof import('./graphql').NurtureSequenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateNurtureSequence($input: NurtureSequenceInput!) {\n  updateNurtureSequence(input: $input) { ...NurtureFields }\n}"): typeof import('./graphql').UpdateNurtureSequenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EmailTemplateFields on EmailTemplate { key subject { es en pt } body { es en pt } }"): typeof import('./graphql').EmailTemplateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EmailTemplates { emailTemplates { ...EmailTemplateFields } }"): typeof import('./graphql').EmailTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateEmailTemplate($key: String!, $input: EmailTemplateInput!) {\n  updateEmailTemplate(key: $key, input: $input) { ...EmailTemplateFields }\n}"): typeof import('./graphql').UpdateEmailTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WebhookFields on WebhookSubscription {\n  id url events active createdBy createdAt recentDeliveries { id at event attempt statusCode ok error durationMs }\n}"): typeof import('./graphql').WebhookFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookSubscriptions { webhookSubscriptions { ...WebhookFields } }"): typeof import('./graphql').WebhookSubscriptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateWebhookSubscription($url: String!, $events: [String!]!, $secret: String!) {\n  createWebhookSubscription(url: $url, events: $events, secret: $secret) { ...WebhookFields }\n}"): typeof import('./graphql').CreateWebhookSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteWebhookSubscription($id: ID!) { deleteWebhookSubscription(id: $id) }"): typeof import('./graphql').DeleteWebhookSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Metrics($from: DateTime!, $to: DateTime!, $timeZone: String) {\n  metrics(from: $from, to: $to, timeZone: $timeZone) {\n    from to timeZone leadsCreated slaMet slaBreached slaCompliance breachesOpen breachesInRange\n    firstResponseP50Minutes firstResponseP90Minutes\n    funnel { stage leads contacted converted } leadsBySource { source count } leadsByOwner { ownerId displayName count }\n    leadsByDay { day count } breachesByDay { day count } stageDisagreementsByDay { day count }\n  }\n}"): typeof import('./graphql').MetricsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BoardLead on Lead {\n  id fullName companyName email priority stage status slaDueAt slaState assignedAt createdAt firstContactedAt escalationLevel owner { id displayName }\n}"): typeof import('./graphql').BoardLeadFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SlaBoard { slaBoard { rep { ...UserFields } openLeads breached { ...BoardLead } atRisk { ...BoardLead } } }"): typeof import('./graphql').SlaBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PolicySettingsFields on ClassificationPolicySettings {\n  fit { A B C } urgency { CRITICAL HIGH MEDIUM } dataQuality { GOOD REVIEW } slaMinutes { P1 P2 P3 } keywords\n}"): typeof import('./graphql').PolicySettingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DraftRuleFields on DraftRoutingRule {\n  id name position enabled strategy teamId repIds conditions { stages priorities industries countries languages sources dealSizes }\n}"): typeof import('./graphql').DraftRuleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PolicyDraftFields on PolicyDraft {\n  state publishedVersion basedOnVersion updatedAt policy { ...PolicySettingsFields } routingRules { ...DraftRuleFields }\n}"): typeof import('./graphql').PolicyDraftFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PolicyDraft { policyDraft { ...PolicyDraftFields } }"): typeof import('./graphql').PolicyDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SavePolicyDraft($input: PolicyDraftInput!) { savePolicyDraft(input: $input) { ...PolicyDraftFields } }"): typeof import('./graphql').SavePolicyDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DiscardPolicyDraft { discardPolicyDraft }"): typeof import('./graphql').DiscardPolicyDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PolicyVersionFields on PolicyVersion {\n  version policyVersion action restoredFrom note publishedBy publishedAt live\n}"): typeof import('./graphql').PolicyVersionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PolicyVersions($first: Int) { policyVersions(first: $first) { ...PolicyVersionFields } }"): typeof import('./graphql').PolicyVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishPolicyDraft($note: String) { publishPolicyDraft(note: $note) { ...PolicyVersionFields } }"): typeof import('./graphql').PublishPolicyDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestorePolicyVersion($version: Int!) { restorePolicyVersion(version: $version) { ...PolicyVersionFields } }"): typeof import('./graphql').RestorePolicyVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SimulatePolicyDraft($days: Int, $maxChanges: Int) {\n  simulatePolicyDraft(days: $days, maxChanges: $maxChanges) {\n    days from to leads llmClassifiedLeads durationMs assumptions\n    replayFidelity { sameStage sameOwner }\n    changed { stage priority owner any }\n    sql { happened before after added missed }\n    slaMinutesOwed { happened before after }\n    leadsWithSla { happened before after }\n    queued { happened before after }\n    repLoad { repId displayName happened before after }\n    changes {\n      leadId fullName companyName createdAt stageChanged priorityChanged ownerChanged reasons\n      before { stage priority slaMinutes ownerName queued }\n      after { stage priority slaMinutes ownerName queued routedBy }\n    }\n  }\n}"): typeof import('./graphql').SimulatePolicyDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ScoringModelFields on ScoringModel {\n  version auc brier ece closedLeads trainLeads heldOutLeads trainingMs trainedAt promoted promotedAt refusal\n  calibration { from to count meanPredicted observedRate } heldOutScoreBands { band leads converted conversionRate }\n}"): typeof import('./graphql').ScoringModelFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScoringModels($first: Int!) { scoringModels(first: $first) { ...ScoringModelFields } }"): typeof import('./graphql').ScoringModelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScoringStatus {\n  scoringStatus { closedLeads minClosedLeads orderQueueByScore promoted { ...ScoringModelFields } }\n}"): typeof import('./graphql').ScoringStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConversionByScoreBand { conversionByScoreBand { band leads converted conversionRate } }"): typeof import('./graphql').ConversionByScoreBandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrainScoringModel { trainScoringModel { workflowId } }"): typeof import('./graphql').TrainScoringModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RollbackScoringModel($version: Int) { rollbackScoringModel(version: $version) { ...ScoringModelFields } }"): typeof import('./graphql').RollbackScoringModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetOrderQueueByScore($enabled: Boolean!) { setOrderQueueByScore(enabled: $enabled) }"): typeof import('./graphql').SetOrderQueueByScoreDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
