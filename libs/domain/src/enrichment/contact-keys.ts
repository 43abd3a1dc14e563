// The keys dedupe compares, derived the same way wherever a lead is stored or enriched.
import { emailDomain, emailTypeOfDomain } from './email-type';
import { countryFromEmailDomain, countryFromLocation } from './location';
import { normalizePhone } from './phone';

export interface ContactKeys {
  /** The phone in E.164, read with the country of the location (else of the e-mail domain). */
  phoneE164: string | null;
  /** The e-mail's domain, for corporate addresses only (gmail.com says nothing about the company). */
  companyDomain: string | null;
}

/** Exactly what enrichLead derives for these two fields, without the rest of the enrichment. */
export function deriveContactKeys(lead: { email: string; phone?: string | null; location?: string | null }): ContactKeys {
  const domain = emailDomain(lead.email);
  return {
    phoneE164: normalizePhone(lead.phone ?? null, countryFromLocation(lead.location ?? null) ?? countryFromEmailDomain(domain)),
    companyDomain: emailTypeOfDomain(domain) === 'CORPORATE' ? domain : null,
  };
}
