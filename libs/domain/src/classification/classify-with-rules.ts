// The built-in rules classifier: policy.md sections 1-7 applied to one lead and one seller profile,
// with no I/O and no model. It is also the LLM classifier's fallback.
import { contactFromJobTitle, withBuyerAreas } from '../enrichment/contact-profile';
import { emailDomain, emailTypeOfDomain } from '../enrichment/email-type';
import { detectLanguage } from '../enrichment/language';
import { compilePolicy } from '../policy/compiled-policy';
import { DEFAULT_POLICY, type ClassificationPolicy } from '../policy/policy';
import { assembleResult } from './assemble-result';
import { companySizeSigns } from './company-size';
import { assessDataQuality } from './data-quality';
import { detectDisqualifiers, leadIntentOf, readNonBuyer } from './disqualifiers';
import { assessFit } from './fit';
import { leadFields } from './lead-fields';
import { readDescription } from './lead-text';
import { detectNeeds, summarize } from './narrative';
import { matchServices } from './needs';
import { assessOpportunity } from './opportunity';
import { sellerProfileOf } from './seller-profile';
import type { ClassificationResult, CompanyProfile, ContactProfile, LeadInput } from './types';
import { assessUrgency } from './urgency';

export function classifyWithRules(lead: LeadInput, profile: CompanyProfile, policy: ClassificationPolicy = DEFAULT_POLICY): ClassificationResult {
  const compiled = compilePolicy(policy);
  const seller = sellerProfileOf(profile, policy);
  const domain = emailDomain(lead.email);
  const contact = withBuyerAreas(contactFromJobTitle(lead.jobPosition), lead.jobPosition, seller.buyerAreas);
  // Written field by field (a JobTitleProfile has these three, in this order): a spread plus a key cost more.
  const contactProfile: ContactProfile = { seniorityLevel: contact.seniorityLevel, roleType: contact.roleType, decisionPower: contact.decisionPower, emailType: emailTypeOfDomain(domain) };
  const fields = leadFields(lead, compiled);
  const text = readDescription(lead.description, compiled);
  const language = detectLanguage(text.raw, text.allWords, text.languageMarkers) ?? undefined;

  const needs = matchServices(text, seller);
  const size = companySizeSigns(lead, text, compiled);
  const nonBuyer = readNonBuyer(fields, text, domain, seller);
  const disqualifiers = detectDisqualifiers(nonBuyer, lead, fields, text);
  const { fit } = assessFit(lead, text, needs, size, domain, disqualifiers, seller, policy);
  const urgency = assessUrgency(text, compiled, policy, language);
  const opportunity = assessOpportunity(size, text, fit.grade, disqualifiers.length === 0, policy);
  const dataQuality = assessDataQuality(lead, fields, text, contactProfile.emailType, compiled, policy);

  // A text of greetings and "more info" words only: a service it seems to match ("bom dia" and "por días") is no need.
  const needUnclear = text.contentFree;
  const intent = leadIntentOf(nonBuyer, lead, fields, text, needUnclear);
  const result = assembleResult(
    {
      contactProfile,
      fit,
      urgency,
      opportunity,
      dataQuality,
      disqualifiers,
      needUnclear,
      summary: summarize(lead, text, language ?? seller.language, needs, intent.kind),
      // What a job seeker or a vendor mentions of our services is not a need of theirs.
      detectedNeeds: intent.kind === 'BUYER' || intent.kind === 'UNCLEAR' ? detectNeeds(text, needs, language ?? seller.language) : [],
      matchedServices: needs.matchedServices,
      language,
    },
    { classifier: 'rules', profile, policy, defaultLanguage: seller.language },
  );
  result.intent = intent;
  for (const instruction of text.ignoredInstructions) {
    result.explanation.push(`Ignored as data, not obeyed: "${instruction}"`);
    result.explanationCodes?.push({ code: 'IGNORED_INSTRUCTION', params: { quote: `"${instruction}"` } });
  }
  return result;
}
