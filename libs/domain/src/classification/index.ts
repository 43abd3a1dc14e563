export { classifyWithRules } from './classify-with-rules';
export { assembleResult, type ClassificationFindings, type AssembleOptions } from './assemble-result';
