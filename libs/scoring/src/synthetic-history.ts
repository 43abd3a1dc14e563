// Closed-lead histories with a known ground truth: each lead converts with a probability given by a fixed logistic
// function of its facts. The learning proof and the bench train on these; a model that learns must rediscover it.
import { EMAIL_TYPES, LEAD_INTENTS, LEAD_SOURCES, ROLE_TYPES, SENIORITY_LEVELS, seededRandom, type ScoringFacts } from '@leadops/domain';
import type { TrainingLead } from './train';

function random(seed: number) {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick };
}

const INDUSTRIES = ['Manufacturing', 'Finance', 'Retail', 'Healthcare', 'Logistics', 'Education', 'Government'];
const COUNTRIES = ['MX', 'CO', 'CL', 'PE', 'US', 'BR'];
const SERVICES = ['Backup', 'Storage', 'Consulting'];

/** The ground truth: P(converted) for these facts. Exported so a test can compare the model with it. */
export function trueConversionProbability(f: ScoringFacts): number {
  const c = f.classification!;
  let z = -2.4;
  z += { C_LEVEL: 1.4, DIRECTOR: 1.1, MANAGER: 0.6, TECHNICAL: 0.1, USER: -0.6, UNKNOWN: -0.4 }[c.contactProfile.seniorityLevel];
  z += c.contactProfile.emailType === 'CORPORATE' ? 0.6 : c.contactProfile.emailType === 'FREE' ? -0.5 : -1.5;
  z += 3.0 * (c.fit.score / 100 - 0.5);
  z += 1.5 * (c.urgency.score / 100 - 0.4);
  z += c.intent?.kind === 'BUYER' ? 0.8 : -1.8;
  z += { Manufacturing: 0.5, Finance: 0.3, Retail: 0, Healthcare: 0.2, Logistics: 0.1, Education: -0.5, Government: -0.7 }[f.industry as 'Retail'] ?? 0;
  z += f.minutesToFirstResponse === null ? -1.0 : -1.2 * (Math.log1p(f.minutesToFirstResponse / 60) / Math.log1p(168));
  z += 0.5 * Math.min(1, f.escalations / 3) * -1;
  z += 1.0 * Math.min(1, f.nurtureEngagements / 5);
  z += c.matchedServices.includes('Backup') ? 0.4 : 0;
  return 1 / (1 + Math.exp(-z));
}

/** `count` closed leads from the seeded generator; `shuffleOutcomes` keeps the conversion rate but breaks any link. */
export function syntheticClosedLeads(count: number, seed = 1, shuffleOutcomes = false): TrainingLead[] {
  const r = random(seed);
  const leads = Array.from({ length: count }, (_, i) => {
    const fitScore = Math.round(100 * r.next());
    const urgencyScore = Math.round(100 * r.next());
    const facts: ScoringFacts = {
      classification: {
        contactProfile: { seniorityLevel: r.pick(SENIORITY_LEVELS), roleType: r.pick(ROLE_TYPES), decisionPower: 'MEDIUM', emailType: r.next() < 0.7 ? 'CORPORATE' : r.pick(EMAIL_TYPES) },
        fit: { score: fitScore, grade: fitScore >= 75 ? 'A' : fitScore >= 50 ? 'B' : fitScore >= 25 ? 'C' : 'D', reasons: [] },
        urgency: { score: urgencyScore, level: urgencyScore >= 80 ? 'CRITICAL' : urgencyScore >= 60 ? 'HIGH' : urgencyScore >= 30 ? 'MEDIUM' : 'LOW', signals: [] },
        opportunity: { dealSize: r.pick(['HIGH', 'MEDIUM', 'LOW'] as const), complexity: r.pick(['HIGH', 'MEDIUM', 'LOW'] as const) },
        matchedServices: SERVICES.filter(() => r.next() < 0.35),
        intent: { kind: r.next() < 0.8 ? 'BUYER' : r.pick(LEAD_INTENTS), evidence: [] },
        language: r.pick(['es', 'en', 'pt'] as const),
      },
      source: r.pick(LEAD_SOURCES),
      industry: r.pick(INDUSTRIES),
      country: r.pick(COUNTRIES),
      companySize: r.next() < 0.2 ? null : Math.round(Math.exp(1 + 7 * r.next())),
      minutesToFirstResponse: r.next() < 0.1 ? null : Math.round(Math.exp(8 * r.next())),
      escalations: r.next() < 0.8 ? 0 : 1 + Math.floor(3 * r.next()),
      nurtureEngagements: Math.floor(6 * r.next() * r.next()),
    };
    return { id: `synthetic-${seed}-${i}`, facts, converted: r.next() < trueConversionProbability(facts) };
  });
  if (shuffleOutcomes) {
    const outcomes = leads.map((l) => l.converted);
    for (let i = outcomes.length - 1; i > 0; i--) {
      const k = Math.floor(r.next() * (i + 1));
      [outcomes[i], outcomes[k]] = [outcomes[k]!, outcomes[i]!];
    }
    leads.forEach((l, i) => (l.converted = outcomes[i]!));
  }
  return leads;
}
