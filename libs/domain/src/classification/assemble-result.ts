// A full ClassificationResult from what a classifier found (rules or LLM): the policy always decides the
// stage, priority, SLA and owner, and the result records the policy and profile versions it used.
import type { LeadLanguage } from '../enrichment/language';
import { decideOutcome, type ClassificationSignals } from '../policy/decide-outcome';
import { DEFAULT_POLICY, type ClassificationPolicy } from '../policy/policy';
import { explainReason, explainSignal } from '../explanations/explain';
import { clipWords, countWords, MAX_SUMMARY_WORDS, nextStepCodesFor, nextStepsFor } from './narrative';
import type { ClassificationResult, ClassifierKind, CompanyProfile } from './types';

/** What a classifier found, before the policy decides: the signals plus the text a rep reads. */
export interface ClassificationFindings extends ClassificationSignals {
  summary: string;
  detectedNeeds: string[];
  matchedServices: string[];
  /** Left out to get the policy's standard next steps for the stage. */
  nextSteps?: string[];
  language?: LeadLanguage;
}

export interface AssembleOptions {
  classifier: ClassifierKind;
  profile: Pick<CompanyProfile, 'version'>;
  policy?: ClassificationPolicy;
  /** Why the LLM answer was not used, when the rules stood in for it. */
  fallbackReason?: string;
  /** Language for the next steps when the findings have none. */
  defaultLanguage?: LeadLanguage;
}

/**
 * Whether two lines have the same trimmed length: only then can they be the same line in other letter case, since
 * lower-casing keeps a string's length except for "İ" (U+0130, one unit to two), which sends a list the long way.
 */
function sameLengthPair(lines: readonly string[]): boolean {
  const lengths: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.includes('\u0130')) return true;
    const n = line.trim().length;
    for (let j = 0; j < i; j++) if (lengths[j] === n) return true;
    lengths.push(n);
  }
  return false;
}

/** Each line once, in its first place ("urgente" twice in a description is one signal). */
function distinct(lines: readonly string[]): string[] {
  // Most lists are short: no set, no lower-casing, for zero or one line.
  if (lines.length < 2) return lines.slice();
  if (lines.length <= 16 && !sameLengthPair(lines)) return lines.slice();
  const seen = new Set<string>();
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const key = lines[i]!.trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(lines[i]!);
  }
  return out;
}


export function assembleResult(findings: ClassificationFindings, options: AssembleOptions): ClassificationResult {
  const policy = options.policy ?? DEFAULT_POLICY;
  const { contactProfile, opportunity, dataQuality, disqualifiers, needUnclear } = findings;
  // The lines as codes beside their English text; repeats dropped (they change no score: the policy reads levels and grades).
  const reasons = distinct(findings.fit.reasons);
  const signals = distinct(findings.urgency.signals);
  const fit = { ...findings.fit, reasons, reasonCodes: reasons.map(explainReason) };
  const urgency = { ...findings.urgency, signals, signalCodes: signals.map(explainSignal) };
  const outcome = decideOutcome({ contactProfile, fit, urgency, opportunity, dataQuality, disqualifiers, needUnclear }, policy);
  const language = findings.language ?? options.defaultLanguage ?? 'en';
  const result: ClassificationResult = {
    contactProfile,
    fit,
    urgency,
    opportunity,
    dataQuality,
    stage: outcome.stage,
    priority: outcome.priority,
    slaMinutes: outcome.slaMinutes,
    recommendedOwner: outcome.recommendedOwner,
    summary: countWords(findings.summary) > MAX_SUMMARY_WORDS ? clipWords(findings.summary) : findings.summary,
    detectedNeeds: distinct(findings.detectedNeeds),
    matchedServices: findings.matchedServices,
    nextSteps: findings.nextSteps?.length ? distinct(findings.nextSteps) : nextStepsFor(outcome, findings.matchedServices, language),
    classifier: options.classifier,
    explanation: outcome.explanation,
    // A model's own next steps are its text (TEXT); the policy's standard ones are codes.
    nextStepCodes: findings.nextSteps?.length ? distinct(findings.nextSteps).map((text) => ({ code: 'TEXT', params: { text } })) : nextStepCodesFor(outcome, findings.matchedServices),
    explanationCodes: outcome.explanationCodes,
    policyVersion: policy.version,
    profileVersion: options.profile.version ?? null,
  };
  if (findings.language) result.language = findings.language;
  if (options.fallbackReason) result.fallbackReason = options.fallbackReason;
  return result;
}
