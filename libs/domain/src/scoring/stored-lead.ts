// A stored lead as the score sees it: the enrichment is recomputed from the stored contact fields (a pure function),
// the classification is the stored one, the process facts come from the lead and its timeline.
import type { ClassificationResult } from '../classification/types';
import { emailDomain } from '../enrichment/email-type';
import { leadCountry } from '../enrichment/location';
import type { ScoringFacts } from './features';

export interface StoredLeadForScoring {
  id: string;
  source: string | null;
  email: string | null;
  phone: string | null;
  location: string | null;
  industry: string | null;
  companySize: number | null;
  createdAt: Date;
  firstContactedAt: Date | null;
  escalationLevel: number;
  nurtureEngagements: number;
  classification: ClassificationResult | null;
}

export function scoringFactsOf(lead: StoredLeadForScoring): ScoringFacts {
  const domain = lead.email ? emailDomain(lead.email) : null;
  return {
    classification: lead.classification,
    source: lead.source,
    industry: lead.industry,
    country: leadCountry(lead.location, lead.phone, domain).country,
    companySize: lead.companySize,
    minutesToFirstResponse: lead.firstContactedAt ? Math.max(0, (lead.firstContactedAt.getTime() - lead.createdAt.getTime()) / 60_000) : null,
    escalations: lead.escalationLevel,
    nurtureEngagements: lead.nurtureEngagements,
  };
}
