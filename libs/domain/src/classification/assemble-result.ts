// A full ClassificationResult from what a classifier found (rules or LLM): the policy always decides the
// stage, priority, SLA and owner, and the result records the policy and profile versions it used.
import type { LeadLanguage } from '../enrichment/language';
import { decideOutcome, type ClassificationSignals } from '../policy/decide-outcome';
import { DEFAULT_POLICY, type ClassificationPolicy } from '../policy/policy';
import type { Explained } from '../explanations/codes';
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
 * Whether two lines may be the same line in other letter case: only lines of the same trimmed length can be (lower-
 * casing keeps a string's length except for "İ", U+0130, one unit to two, which sends a list the long way), and
 * those are compared; lines of the same length are common ("? company size unknown"), equal ones are rare.
 */
function samePair(lines: readonly string[]): boolean {
  const lengths: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.includes('\u0130')) return true;
    const n = line.trim().length;
    for (let j = 0; j < i; j++) if (lengths[j] === n && lines[j]!.trim().toLowerCase() === line.trim().toLowerCase()) return true;
    lengths.push(n);
  }
  return false;
}

/** Each line once, in its first place ("urgente" twice in a description is one signal). */
function distinct(lines: readonly string[]): string[] {
  // Most lists are short: no set, no lower-casing, for zero or one line.
  if (lines.length < 2) return lines.slice();
  if (lines.length <= 16 && !samePair(lines)) return lines.slice();
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


/** Whether an object's own keys are exactly `keys`, in that order. */
function hasKeys(o: object, keys: readonly string[]): boolean {
  const own = Object.keys(o);
  if (own.length !== keys.length) return false;
  for (let i = 0; i < keys.length; i++) if (own[i] !== keys[i]) return false;
  return true;
}

// In V8 a spread followed by more keys (`{ ...fit, reasons, reasonCodes }`) leaves the fast clone path and cost ~0.5 µs
// each. The shapes the classifiers write (score, grade/level, lines) are written as literals, with the keys in the
// same order; any other shape (an LLM's fit with its own extra keys) is still spread.
const FIT_KEYS = ['score', 'grade', 'reasons'] as const;
const URGENCY_KEYS = ['score', 'level', 'signals'] as const;

function fitWithCodes(fit: ClassificationFindings['fit'], reasons: string[], reasonCodes: Explained[]): ClassificationFindings['fit'] {
  return hasKeys(fit, FIT_KEYS) ? { score: fit.score, grade: fit.grade, reasons, reasonCodes } : { ...fit, reasons, reasonCodes };
}

function urgencyWithCodes(urgency: ClassificationFindings['urgency'], signals: string[], signalCodes: Explained[]): ClassificationFindings['urgency'] {
  return hasKeys(urgency, URGENCY_KEYS) ? { score: urgency.score, level: urgency.level, signals, signalCodes } : { ...urgency, signals, signalCodes };
}

export function assembleResult(findings: ClassificationFindings, options: AssembleOptions): ClassificationResult {
  const policy = options.policy ?? DEFAULT_POLICY;
  const { contactProfile, opportunity, dataQuality, disqualifiers, needUnclear } = findings;
  // The lines as codes beside their English text; repeats dropped (they change no score: the policy reads levels and grades).
  const reasons = distinct(findings.fit.reasons);
  const signals = distinct(findings.urgency.signals);
  const fit = fitWithCodes(findings.fit, reasons, reasons.map(explainReason));
  const urgency = urgencyWithCodes(findings.urgency, signals, signals.map(explainSignal));
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
