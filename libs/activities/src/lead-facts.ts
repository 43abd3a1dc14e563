import { countryFromLocation, type ClassificationResult, type LeadRoutingFacts } from '@leadops/domain';
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
export { deriveContactKeys } from '@leadops/domain';
