// A full ClassificationResult from what a classifier found (rules or LLM): the policy always decides the
// stage, priority, SLA and owner, and the result records the policy and profile versions it used.
import type { LeadLanguage } from '../enrichment/language';
import { decideOutcome, type ClassificationSignals } from '../policy/decide-outcome';
import { DEFAULT_POLICY, type ClassificationPolicy } from '../policy/policy';
import { nextStepsFor } from './narrative';
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

export function assembleResult(findings: ClassificationFindings, options: AssembleOptions): ClassificationResult {
  const policy = options.policy ?? DEFAULT_POLICY;
  const { contactProfile, fit, urgency, opportunity, dataQuality, disqualifiers, needUnclear } = findings;
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
    summary: findings.summary,
    detectedNeeds: findings.detectedNeeds,
    matchedServices: findings.matchedServices,
    nextSteps: findings.nextSteps?.length ? findings.nextSteps : nextStepsFor(outcome, findings.matchedServices, language),
    classifier: options.classifier,
    explanation: outcome.explanation,
    policyVersion: policy.version,
    profileVersion: options.profile.version ?? null,
  };
  if (findings.language) result.language = findings.language;
  if (options.fallbackReason) result.fallbackReason = options.fallbackReason;
  return result;
}
