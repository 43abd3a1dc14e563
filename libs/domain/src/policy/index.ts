export { DEFAULT_POLICY, type ClassificationPolicy, type PolicyKeywords, type KeywordList, type PolicyLanguage } from './policy';
export { decideOutcome, isDecisionMaker, type ClassificationSignals, type ClassificationOutcome } from './decide-outcome';
export { fitGradeFor, urgencyLevelFor, dataQualityLabelFor } from './thresholds';
export { engagementRescoreApplies, type StageAndPriority } from './engagement-rescore';
export { intentSignals, isNonBuyerIntent } from './intent-signals';
export { applyPolicyOverride, publishedPolicyVersion, type PolicyOverride } from './policy-override';
