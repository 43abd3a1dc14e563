import type { PolicyDraft, PolicyDraftInput } from '../dataProvider/api';
import { toRoutingRuleInput } from '../dataProvider/inputs';

/** The form's values as the API's draft input: numbers as numbers, the rules in the order shown, the word lists kept. */
export function toPolicyDraftInput(values: PolicyDraft): PolicyDraftInput {
  const n = (v: unknown) => Number(v);
  const p = values.policy;
  return {
    policy: {
      fit: { A: n(p.fit.A), B: n(p.fit.B), C: n(p.fit.C) },
      urgency: { CRITICAL: n(p.urgency.CRITICAL), HIGH: n(p.urgency.HIGH), MEDIUM: n(p.urgency.MEDIUM) },
      dataQuality: { GOOD: n(p.dataQuality.GOOD), REVIEW: n(p.dataQuality.REVIEW) },
      slaMinutes: { P1: n(p.slaMinutes.P1), P2: n(p.slaMinutes.P2), P3: n(p.slaMinutes.P3) },
      keywords: p.keywords,
    },
    routingRules: (values.routingRules ?? []).map((rule) => ({ ...toRoutingRuleInput(rule), id: rule.id || null })),
  };
}
