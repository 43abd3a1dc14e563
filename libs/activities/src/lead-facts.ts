import { countryFromLocation, enrichLead, type ClassificationResult, type LeadRoutingFacts } from '@leadops/domain';
import type { LeadEntity } from '@leadops/persistence';

export function routingFacts(lead: LeadEntity, classification: ClassificationResult | null): LeadRoutingFacts {
  return {
    stage: lead.stage ?? 'REVIEW',
    priority: lead.priority ?? 'P3',
    industry: lead.industry,
    country: countryFromLocation(lead.location),
    language: classification?.language ?? null,
    source: lead.source,
    dealSize: classification?.opportunity.dealSize ?? null,
    matchedServices: classification?.matchedServices ?? [],
  };
}

/** The keys dedupe compares: phone in E.164 and, for corporate addresses, the company's e-mail domain. */
export function deriveContactKeys(lead: Pick<LeadEntity, 'email' | 'phone' | 'location'>): { phoneE164: string | null; companyDomain: string | null } {
  const enriched = enrichLead({ fullName: '', email: lead.email, phone: lead.phone, location: lead.location });
  return { phoneE164: enriched.phoneE164, companyDomain: enriched.emailType === 'CORPORATE' ? enriched.emailDomain : null };
}
