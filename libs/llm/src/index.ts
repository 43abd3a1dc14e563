// The OpenAI-compatible lead classifier (gpt-oss-20b on vLLM, Ollama or NIM) with the rules engine as its fallback.
export type { LlmConfig } from './config';
export { createLeadClassifier, type GuardedLeadClassifier, type LeadClassifier, type LeadClassifierOptions, type ModelCallReport } from './llm-classifier';
export { createModelGuard, DEFAULT_MODEL_GUARD, ModelServiceError, type GuardedCall, type ModelCircuitState, type ModelFallbackKind, type ModelGuard, type ModelGuardSettings } from './model-guard';
export { checkIntent, quotedEvidence, MAX_EVIDENCE_CHARS, type LeadIntentReading } from './evidence';
export { parseModelAnswer, MAX_ANSWER_CHARS, MAX_LIST_ITEMS, MAX_TEXT_CHARS, type ModelMessage, type ParsedAnswer } from './parse';
export { buildClassificationMessages, type ChatMessage } from './prompt';
export { EXTRACTION_SCHEMA, EXTRACTION_SCHEMA_NAME, type LlmExtraction } from './schema';
