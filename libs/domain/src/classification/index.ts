export { classifyWithRules, type RulesOptions } from './classify-with-rules';
export { learnedFeatures, LEARNED_KINDS, type LearnedIntentData, type LearnedKind } from './learned-intent';
export { descriptionStems } from './lead-text';
export { assembleResult, type ClassificationFindings, type AssembleOptions } from './assemble-result';
