import type { PolicyDraft } from '../dataProvider/api';
import { toPolicyDraftInput } from './policyDraftInput';

it('turns the draft form into the API input: numbers as numbers, rules in the order shown, new rules without an id', () => {
  const form = {
    state: 'DRAFT', publishedVersion: 2, basedOnVersion: 2, updatedAt: null,
    policy: { fit: { A: '80', B: 55, C: 35 }, urgency: { CRITICAL: 80, HIGH: '70', MEDIUM: 35 }, dataQuality: { GOOD: 70, REVIEW: 40 }, slaMinutes: { P1: 5, P2: 60, P3: 1440 }, keywords: { kept: true } },
    routingRules: [
      { id: 'a1b2', name: ' SQLs ', position: 1, enabled: true, strategy: 'ROUND_ROBIN', teamId: '', repIds: [], conditions: { stages: ['SQL'], priorities: [], industries: [], countries: [], languages: [], sources: [], dealSizes: [] } },
      { name: 'New', enabled: false, strategy: 'LOAD_BALANCED', repIds: [], conditions: {} },
    ],
  } as unknown as PolicyDraft;
  const input = toPolicyDraftInput(form);
  expect(input.policy).toEqual({ fit: { A: 80, B: 55, C: 35 }, urgency: { CRITICAL: 80, HIGH: 70, MEDIUM: 35 }, dataQuality: { GOOD: 70, REVIEW: 40 }, slaMinutes: { P1: 5, P2: 60, P3: 1440 }, keywords: { kept: true } });
  expect(input.routingRules).toEqual([
    { id: 'a1b2', name: 'SQLs', enabled: true, strategy: 'ROUND_ROBIN', teamId: null, repIds: [], conditions: { stages: ['SQL'] } },
    { id: null, name: 'New', enabled: false, strategy: 'LOAD_BALANCED', teamId: null, repIds: [], conditions: {} },
  ]);
});
