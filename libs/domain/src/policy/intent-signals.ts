// Who is writing, read as policy (policy.md s6): which intents put a lead out under rule 1 and which leave it to
// REVIEW under rule 2. The rules engine reaches the same signals from the same phrase lists (classification/
// disqualifiers.ts); the LLM's intent goes through this function, so both end in decideOutcome the same way.
import type { ClassificationResult, LeadIntent } from '../classification/types';
import type { ClassificationSignals } from './decide-outcome';

/** Why each non-buyer intent is out, worded as the rules' disqualifiers word it. */
const NOT_A_BUYER: Partial<Record<LeadIntent, string>> = {
  STUDENT: 'not a buyer: a student or school work',
  JOB_SEEKER: 'not a buyer: looking for a job',
  VENDOR_PITCH: 'not a buyer: a vendor or agency selling to us',
  PARTNER_OR_RESELLER: 'not a buyer: a reseller or partner asking to sell with us',
  COMPETITOR: 'not a buyer: a competitor studying us',
  PERSONAL: 'not a buyer: a private person with a personal matter',
  SPAM: 'spam, a form test or gibberish',
};

/** True for the intents rule 1 disqualifies: every kind but BUYER and UNCLEAR. */
export function isNonBuyerIntent(kind: LeadIntent): boolean {
  return NOT_A_BUYER[kind] !== undefined;
}

/**
 * The rule-1 and rule-2 signals an intent carries: a non-buyer is one disqualifier quoting the lead's words, UNCLEAR
 * is a need that cannot be judged, a BUYER adds nothing.
 */
export function intentSignals(intent: NonNullable<ClassificationResult['intent']>): Pick<ClassificationSignals, 'disqualifiers' | 'needUnclear'> {
  const why = NOT_A_BUYER[intent.kind];
  if (why) return { disqualifiers: [intent.evidence.length ? `${why} (${intent.evidence.join(', ')})` : why], needUnclear: false };
  return { disqualifiers: [], needUnclear: intent.kind === 'UNCLEAR' };
}
