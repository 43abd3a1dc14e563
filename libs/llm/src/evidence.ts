// The model's intent checked against the lead: evidence must be the lead's own words, and a non-buyer reading
// must show some, since it closes the lead (policy.md s6 rule 1).
import { isNonBuyerIntent, type ClassificationResult, type LeadInput } from '@leadops/domain';

export type LeadIntentReading = NonNullable<ClassificationResult['intent']>;

/** A quote longer than this is not "the words that showed it" but a copy of the lead. */
export const MAX_EVIDENCE_CHARS = 200;
const MAX_EVIDENCE_ITEMS = 3;
// Shorter quotes ("a", "ok") would be found in almost any lead.
const MIN_EVIDENCE_CHARS = 3;

/** The lead fields the model reads (prompt.ts), as one text to look quotes up in; a quote cannot span two fields. */
function leadHaystack(lead: LeadInput): string {
  const fields = [lead.fullName, lead.email, lead.jobPosition, lead.companyName, lead.industry, lead.location, lead.phone, lead.description];
  return fields.filter((field): field is string => typeof field === 'string').map(normalize).join('\u0000');
}

// Case, Unicode form and runs of whitespace are not part of what a quote says.
const normalize = (text: string) => text.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
// Models wrap quotes in quote marks and end cut quotes with an ellipsis.
const unwrap = (text: string) => text.trim().replace(/^["'“”‘’«»]+|["'“”‘’«»]+$/g, '').replace(/(?:\.\.\.|…)$/, '').trim();

/** The evidence that quotes the lead, as `"words"`, at most three and no repeats; everything else is dropped. */
export function quotedEvidence(evidence: readonly string[], lead: LeadInput): string[] {
  const haystack = leadHaystack(lead);
  const kept = new Map<string, string>();
  for (const item of evidence) {
    const words = unwrap(item);
    if (words.length < MIN_EVIDENCE_CHARS || words.length > MAX_EVIDENCE_CHARS) continue;
    const key = normalize(words);
    if (!kept.has(key) && haystack.includes(key)) kept.set(key, `"${words}"`);
    if (kept.size === MAX_EVIDENCE_ITEMS) break;
  }
  return [...kept.values()];
}

/** The model's intent with its evidence checked, or why it cannot be used (the rules then answer). */
export function checkIntent(intent: LeadIntentReading, lead: LeadInput): { ok: true; intent: LeadIntentReading } | { ok: false; reason: string } {
  const evidence = quotedEvidence(intent.evidence, lead);
  if (isNonBuyerIntent(intent.kind) && evidence.length === 0) {
    const given = intent.evidence.length ? `none of its ${intent.evidence.length} phrase(s) is in the lead` : 'it gave none';
    return { ok: false, reason: `intent.evidence: a ${intent.kind} reading needs the lead's own words, and ${given}` };
  }
  return { ok: true, intent: { kind: intent.kind, evidence } };
}
