// Classifies a lead with the model when one is configured, always under a deadline and always with the rules result to fall back on.
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import {
  DEFAULT_POLICY,
  assembleResult,
  classifyWithRules,
  dataQualityLabelFor,
  decisionPowerOf,
  normalizeBuyerAreas,
  withBuyerAreas,
  fitGradeFor,
  intentSignals,
  urgencyLevelFor,
  type ClassificationPolicy,
  type ClassificationResult,
  type CompanyProfile,
  type LeadInput,
} from '@leadops/domain';
import type { LlmConfig } from './config';
import { checkIntent, type LeadIntentReading } from './evidence';
import { parseModelAnswer, type ModelMessage } from './parse';
import { createModelGuard, DEFAULT_MODEL_GUARD, ModelServiceError, type GuardedCall, type ModelCircuitState, type ModelFallbackKind } from './model-guard';
import { buildClassificationMessages, type ChatMessage } from './prompt';
import { EXTRACTION_SCHEMA, EXTRACTION_SCHEMA_NAME, type LlmExtraction } from './schema';

export interface LeadClassifier {
  classify(lead: LeadInput, profile: CompanyProfile, policy?: ClassificationPolicy): Promise<ClassificationResult>;
}

// Enough for the JSON answer plus gpt-oss's short (low effort) reasoning; the deadline cuts anything longer anyway.
const MAX_ANSWER_TOKENS = 2048;

/** What the classifier reports about each model call (metrics, logs). */
export interface ModelCallReport {
  /** ok: the model's answer was used; otherwise why the rules answered. */
  outcome: 'ok' | ModelFallbackKind;
  /** Time spent on the model, slot wait included; 0 when the open circuit answered at once. */
  latencyMs: number;
}

export interface LeadClassifierOptions {
  onModelCall?(report: ModelCallReport): void;
  onCircuitChange?(state: ModelCircuitState): void;
}

export interface GuardedLeadClassifier extends LeadClassifier {
  /** The model circuit's state, or 'off' when no model is configured. */
  readonly modelState: ModelCircuitState | 'off';
}

/** A classifier that uses the model at `config`, or the rules alone when `config` is null. Model problems never throw. */
export function createLeadClassifier(config: LlmConfig | null, options: LeadClassifierOptions = {}): GuardedLeadClassifier {
  // One attempt only: a retry could not fit in a deadline of a few hundred milliseconds.
  const client = config && new OpenAI({ baseURL: config.baseUrl, apiKey: config.apiKey, timeout: config.timeoutMs, maxRetries: 0 });
  const guard = config && createModelGuard(
    {
      maxConcurrency: config.maxConcurrency ?? DEFAULT_MODEL_GUARD.maxConcurrency,
      breakerFailures: config.breakerFailures ?? DEFAULT_MODEL_GUARD.breakerFailures,
      breakerCooldownMs: config.breakerCooldownMs ?? DEFAULT_MODEL_GUARD.breakerCooldownMs,
    },
    { onCircuitChange: options.onCircuitChange },
  );

  return {
    get modelState() {
      return guard ? guard.state : 'off';
    },
    async classify(lead, profile, policy = DEFAULT_POLICY) {
      const rules = classifyWithRules(lead, profile, policy);
      if (!client || !config || !guard) return rules;

      const started = Date.now();
      const messages = buildClassificationMessages(lead, profile, policy, rules.language);
      const call = await tracedModelCall(config.model, () => guard.run(config.timeoutMs, (signal) => askModel(client, config, messages, signal)));
      const report = (outcome: ModelCallReport['outcome']) => options.onModelCall?.({ outcome, latencyMs: Date.now() - started });
      if (!call.ok) {
        report(call.kind);
        return { ...rules, fallbackReason: call.reason };
      }
      const parsed = parseModelAnswer(call.value);
      if (!parsed.ok) {
        report('malformed_answer');
        return { ...rules, fallbackReason: parsed.reason };
      }
      const intent = checkIntent(parsed.extraction.intent, lead);
      if (!intent.ok) {
        report('malformed_answer');
        return { ...rules, fallbackReason: intent.reason };
      }
      report('ok');
      return classificationFromExtraction(parsed.extraction, intent.intent, rules, lead, profile, policy);
    },
  };
}

/** The model call as a span in the lead's trace (a child of the triage activity's): the model and the outcome, never the lead's text. */
function tracedModelCall<T>(model: string, call: () => Promise<GuardedCall<T>>): Promise<GuardedCall<T>> {
  const attributes = { 'gen_ai.operation.name': 'chat', 'gen_ai.request.model': model };
  return trace.getTracer('leadops').startActiveSpan('leadops.model.classify', { kind: SpanKind.CLIENT, attributes }, async (span) => {
    try {
      const result = await call();
      span.setAttribute('leadops.model.outcome', result.ok ? 'ok' : result.kind);
      if (!result.ok) span.setStatus({ code: SpanStatusCode.ERROR, message: result.kind });
      return result;
    } finally {
      span.end();
    }
  });
}

/** One chat completion; throws ModelServiceError when the service failed (that is what the circuit counts). */
async function askModel(client: OpenAI, config: LlmConfig, messages: ChatMessage[], signal: AbortSignal): Promise<ModelMessage> {
  let completion;
  try {
    completion = await client.chat.completions.create(
      {
        model: config.model,
        messages,
        response_format: { type: 'json_schema', json_schema: { name: EXTRACTION_SCHEMA_NAME, strict: true, schema: EXTRACTION_SCHEMA } },
        temperature: 0,
        max_tokens: MAX_ANSWER_TOKENS,
        // gpt-oss reasons before answering; low effort keeps it inside the deadline.
        reasoning_effort: 'low',
      },
      // The client's own timeout stops at the response headers; the guard's deadline signal also covers a stalled body.
      { signal },
    );
  } catch (error) {
    throw serviceFailure(error, `timeout after ${config.timeoutMs} ms`);
  }
  const message = completion.choices?.[0]?.message as ModelMessage | undefined;
  if (!message) throw new ModelServiceError('request_failed', 'no choices in the answer');
  return message;
}

/** A short, loggable reason for a failed model call (it becomes fallbackReason), with its kind. */
function serviceFailure(error: unknown, timeoutReason: string): ModelServiceError {
  // Timeout extends connection error, and our own abort is the deadline: check them first.
  if (error instanceof APIConnectionTimeoutError || error instanceof APIUserAbortError) return new ModelServiceError('timeout', timeoutReason);
  if (error instanceof APIConnectionError) return new ModelServiceError('connection', `connection failed: ${causeOf(error)}`);
  if (error instanceof APIError && error.status) return new ModelServiceError('http_error', `HTTP ${error.status}`);
  // By name, not instanceof: fetch's JSON errors may come from another realm (e.g. under Jest).
  const { name, message } = (error ?? {}) as { name?: string; message?: string };
  if (name === 'SyntaxError') return new ModelServiceError('request_failed', 'malformed response body');
  return new ModelServiceError('request_failed', `request failed: ${message ?? String(error)}`);
}

function causeOf(error: Error): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? error.message;
}

const DECIDING_SENIORITY = new Set<string>(['C_LEVEL', 'DIRECTOR', 'MANAGER']);
const NON_DECIDING_ROLE: Record<string, 'INFLUENCER' | 'USER' | 'UNKNOWN'> = { TECHNICAL: 'INFLUENCER', USER: 'USER', UNKNOWN: 'UNKNOWN' };
const isDecisionMakerRole = (role: string) => role === 'TECH_DECISION_MAKER' || role === 'BUSINESS_DECISION_MAKER';

/** The model's reading of the lead, with the decision always recomputed by the policy. */
function classificationFromExtraction(extraction: LlmExtraction, intent: LeadIntentReading, rules: ClassificationResult, lead: LeadInput, profile: CompanyProfile, policy: ClassificationPolicy): ClassificationResult {
  const { seniorityLevel } = extraction.contactProfile;
  // Policy: only a C-level, director or manager can be a decision maker; a model that says otherwise is overruled.
  const modelRole = isDecisionMakerRole(extraction.contactProfile.roleType) && !DECIDING_SENIORITY.has(seniorityLevel)
    ? NON_DECIDING_ROLE[seniorityLevel] ?? 'UNKNOWN'
    : extraction.contactProfile.roleType;
  // The seller's buyer areas (policy.md s1) apply to the model's reading as to the rules'.
  const { roleType } = withBuyerAreas({ seniorityLevel, roleType: modelRole, decisionPower: decisionPowerOf(seniorityLevel) }, lead.jobPosition, normalizeBuyerAreas(profile.buyerAreas));
  const contactProfile = {
    seniorityLevel,
    roleType,
    // Decision power follows from seniority by policy; the model's value would only be a second, possibly different, answer.
    decisionPower: decisionPowerOf(seniorityLevel),
    // Whether an address is disposable or invalid is a fact the enrichment checks; the model only guesses it.
    emailType: rules.contactProfile.emailType,
  };
  // Labels come from the scores with the policy's thresholds, so a threshold change moves the LLM like the rules.
  const fitScore = Math.round(extraction.fit.score);
  const urgencyScore = Math.round(extraction.urgency.score);
  const dataQualityScore = Math.round(extraction.dataQuality.score);
  const result = assembleResult(
    {
      contactProfile,
      fit: { ...extraction.fit, score: fitScore, grade: fitGradeFor(fitScore, policy) },
      urgency: { ...extraction.urgency, score: urgencyScore, level: urgencyLevelFor(urgencyScore, policy) },
      opportunity: extraction.opportunity,
      dataQuality: { ...extraction.dataQuality, score: dataQualityScore, label: dataQualityLabelFor(dataQualityScore, policy) },
      // Who is writing decides rule 1 (not a buyer) and rule 2 (need unclear) through the same policy function as the rules.
      ...intentSignals(intent),
      summary: extraction.summary,
      detectedNeeds: extraction.detectedNeeds,
      matchedServices: extraction.matchedServices,
      nextSteps: extraction.nextSteps,
      language: rules.language,
    },
    { classifier: 'llm', profile, policy },
  );
  result.intent = intent;
  return result;
}
