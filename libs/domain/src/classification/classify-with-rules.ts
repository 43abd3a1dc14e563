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
import { assessFit, purchaseAsked } from './fit';
import { leadFields } from './lead-fields';
import { readLearnedNonBuyer, type LearnedIntentData, type LearnedNonBuyer } from './learned-intent';
import { readDescription, type LeadText } from './lead-text';
import { detectNeeds, summarize } from './narrative';
import { matchServices, type NeedMatch } from './needs';
import { assessOpportunity } from './opportunity';
import { sellerProfileOf, type SellerProfile } from './seller-profile';
import type { ClassificationResult, CompanyProfile, ContactProfile, LeadInput, LeadIntent } from './types';
import { assessUrgency } from './urgency';

export interface RulesOptions {
  /** The learned word model to read non-buyers with (learned-intent.ts): null reads with the phrase lists alone. */
  learnedIntent?: LearnedIntentData | null;
}

/**
 * Where the lists read a buyer, the learned model's reading when it reads a non-buyer (undefined otherwise). A lead the
 * lists already named (a vendor, spam, gibberish) or that says nothing (UNCLEAR) is not asked.
 */
function learnedReading(listsIntent: LeadIntent, text: LeadText, seller: SellerProfile, needs: NeedMatch, options: RulesOptions): LearnedNonBuyer | undefined {
  if (options.learnedIntent === null || listsIntent !== 'BUYER') return undefined;
  // Someone who asks us the price of what we sell ("soy monotributista, ¿cuánto cobran por llevar mis impuestos?") is
  // asking to buy, however much their wording sounds like a private person or a peer: the lists decide those.
  if (needs.matchedServices.length && text.found('buyerAsk').length) return undefined;
  const reading = readLearnedNonBuyer(text, seller.ownStems, options.learnedIntent);
  // So is a business asking whether we sell a thing we work on ("tenho uma borracharia… vocês vendem carcaças?"): a
  // buyer of goods, not a peer or a reseller, whatever it says of its own customers. A private person asking the same
  // ("do you sell to private homes?") is still one.
  if (reading && reading.kind !== 'privatePerson' && needs.matchedServices.length && purchaseAsked(text)) return undefined;
  return reading;
}

export function classifyWithRules(lead: LeadInput, profile: CompanyProfile, policy: ClassificationPolicy = DEFAULT_POLICY, options: RulesOptions = {}): ClassificationResult {
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
  // A text of greetings and "more info" words only: a service it seems to match ("bom dia" and "por días") is no need.
  const needUnclear = text.contentFree;
  const listsRead = readNonBuyer(fields, text, domain, seller, needs.matchedServices.length > 0);
  const listsIntent = leadIntentOf(listsRead, lead, fields, text, needUnclear);
  const learned = learnedReading(listsIntent.kind, text, seller, needs, options);
  const nonBuyer = learned ? { ...listsRead, [learned.kind]: learned.hits, isSpam: listsRead.isSpam || learned.kind === 'spam' } : listsRead;
  const intent = learned ? leadIntentOf(nonBuyer, lead, fields, text, needUnclear) : listsIntent;
  const disqualifiers = detectDisqualifiers(nonBuyer, lead, fields, text);
  const { fit } = assessFit(lead, text, needs, size, domain, disqualifiers, seller, policy);
  const urgency = assessUrgency(text, compiled, policy, language, seller.ownStems, needs.positions);
  const opportunity = assessOpportunity(size, text, fit.grade, disqualifiers.length === 0, policy);
  const dataQuality = assessDataQuality(lead, fields, text, contactProfile.emailType, compiled, policy);

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
  if (learned) {
    const words = learned.hits.map((hit) => text.quote(hit)).join(', ');
    result.explanation.push(`Read as not a buyer from wording learned on labelled leads: ${words}`);
    result.explanationCodes?.push({ code: 'LEARNED_NON_BUYER', params: { words } });
  }
  for (const instruction of text.ignoredInstructions) {
    result.explanation.push(`Ignored as data, not obeyed: "${instruction}"`);
    result.explanationCodes?.push({ code: 'IGNORED_INSTRUCTION', params: { quote: `"${instruction}"` } });
  }
  return result;
}
