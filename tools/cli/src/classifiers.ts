// The classifier behind --classifier: the rules engine (synchronous) or the LLM with the rules as fallback.
import { classifyWithRules, type ClassificationResult, type CompanyProfile, type LeadInput } from '@leadops/domain';
import type { LlmSettings } from '@leadops/config';
import { UsageError } from './args';

export type ClassifyFn = (lead: LeadInput, profile: CompanyProfile) => ClassificationResult | Promise<ClassificationResult>;

export const CLASSIFIER_KINDS = ['rules', 'llm'] as const;

export interface LoadedClassifier {
  kind: (typeof CLASSIFIER_KINDS)[number];
  classify: ClassifyFn;
  /** The model endpoint the LLM classifier calls; null for the rules, or for "llm" without LLM_BASE_URL. */
  model: LlmSettings | null;
}

export async function loadClassifier(kind: string | true | undefined, warn: (message: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<LoadedClassifier> {
  if (kind === undefined || kind === 'rules') return { kind: 'rules', classify: classifyWithRules, model: null };
  if (kind !== 'llm') throw new UsageError(`--classifier must be one of ${CLASSIFIER_KINDS.join(', ')}`);
  // Loaded only when asked for: the rules path needs neither the OpenAI client nor the environment.
  const { createLeadClassifier } = await import('@leadops/llm');
  const { loadLlmSettings, ConfigError } = await import('@leadops/config');
  let config;
  try {
    config = loadLlmSettings(env);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  if (!config) warn('LLM_BASE_URL is not set: the rules classify alone (classifier "rules" in the output)');
  const classifier = createLeadClassifier(config);
  return { kind: 'llm', classify: (lead, profile) => classifier.classify(lead, profile), model: config };
}
