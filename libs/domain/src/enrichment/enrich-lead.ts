// Facts about a lead that need no seller: email type, contact profile, phone in E.164, country,
// language and completeness. The classifiers (rules and LLM) build on these.
import { isPlaceholder } from '../classification/placeholders';
import type { EmailType, LeadInput, Level, RoleType, SeniorityLevel } from '../classification/types';
import { compilePolicy, type CompiledPolicy } from '../policy/compiled-policy';
import { DEFAULT_POLICY, type ClassificationPolicy } from '../policy/policy';
import { normalizeText } from '../text/normalize';
import { contactFromJobTitle } from './contact-profile';
import { emailDomain, emailTypeOfDomain } from './email-type';
import { detectLanguage, type LeadLanguage } from './language';
import { countryFromEmailDomain, countryFromLocation, countryFromPhone, type CountryCode } from './location';
import { isPlaceholderPhone, normalizePhone } from './phone';

export interface LeadCompleteness {
  /** Share of the contact fields filled with real data, 0-100. */
  score: number;
  present: string[];
  missing: string[];
}

export interface LeadEnrichment {
  emailType: EmailType;
  emailDomain: string | null;
  seniorityLevel: SeniorityLevel;
  roleType: RoleType;
  decisionPower: Level;
  /** The phone in E.164 (+525512345678), or null when absent or not a valid number. */
  phoneE164: string | null;
  /** ISO country code from the location, else the phone prefix, else the email domain. */
  country: CountryCode | null;
  /** Language of the description. */
  language: LeadLanguage | null;
  completeness: LeadCompleteness;
}

const CONTACT_FIELDS = ['email', 'companyName', 'jobPosition', 'description', 'phone', 'location', 'industry'] as const;

export function leadCompleteness(lead: LeadInput, compiled: CompiledPolicy): LeadCompleteness {
  const present: string[] = [];
  const missing: string[] = [];
  for (const field of CONTACT_FIELDS) {
    const value = lead[field];
    const usable =
      typeof value === 'string' &&
      value.trim() !== '' &&
      (field === 'email' ? emailDomain(value) !== null : field === 'phone' ? !isPlaceholderPhone(value) : !isPlaceholder(value, compiled));
    (usable ? present : missing).push(field);
  }
  return { score: Math.round((100 * present.length) / CONTACT_FIELDS.length), present, missing };
}

export function enrichLead(lead: LeadInput, policy: ClassificationPolicy = DEFAULT_POLICY): LeadEnrichment {
  const domain = emailDomain(lead.email);
  const contact = contactFromJobTitle(lead.jobPosition);
  const placeCountry = countryFromLocation(lead.location);
  const phoneE164 = normalizePhone(lead.phone, placeCountry ?? countryFromEmailDomain(domain));
  const description = lead.description ?? '';
  return {
    emailType: emailTypeOfDomain(domain),
    emailDomain: domain,
    ...contact,
    phoneE164,
    country: placeCountry ?? countryFromPhone(phoneE164 ?? lead.phone) ?? countryFromEmailDomain(domain),
    language: detectLanguage(description, normalizeText(description)),
    completeness: leadCompleteness(lead, compilePolicy(policy)),
  };
}
