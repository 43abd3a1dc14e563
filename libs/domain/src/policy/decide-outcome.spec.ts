import { decideOutcome, type ClassificationSignals } from './decide-outcome';
import { explainPolicyLine } from '../explanations/explain';
import { DEFAULT_POLICY, type ClassificationPolicy } from './policy';

// A target-industry decision maker with an urgent, matched need: SQL unless a rule says otherwise.
function signals(overrides: Partial<ClassificationSignals> = {}): ClassificationSignals {
  return {
    contactProfile: { seniorityLevel: 'C_LEVEL', roleType: 'TECH_DECISION_MAKER', decisionPower: 'HIGH', emailType: 'CORPORATE' },
    fit: { score: 80, grade: 'A', reasons: [] },
    urgency: { score: 85, level: 'CRITICAL', signals: [] },
    opportunity: { dealSize: 'MEDIUM', complexity: 'MEDIUM' },
    dataQuality: { score: 90, label: 'GOOD', missing: [] },
    disqualifiers: [],
    needUnclear: false,
    ...overrides,
  };
}
const withRole = (roleType: ClassificationSignals['contactProfile']['roleType']) => signals({ contactProfile: { ...signals().contactProfile, roleType } });

describe('decideOutcome: stage rules in order (policy.md section 6)', () => {
  it('rule 1: an INVALID or DISPOSABLE email disqualifies whatever else fits', () => {
    for (const emailType of ['INVALID', 'DISPOSABLE'] as const) {
      const outcome = decideOutcome(signals({ contactProfile: { ...signals().contactProfile, emailType } }));
      expect(outcome).toMatchObject({ stage: 'DISQUALIFIED', priority: 'P4', slaMinutes: null, recommendedOwner: 'NONE' });
      expect(outcome.explanation[0]).toContain(emailType);
    }
  });

  it('rule 1: a non-buyer, fit D or POOR data disqualifies', () => {
    expect(decideOutcome(signals({ disqualifiers: ['not a buyer: looking for a job'] })).stage).toBe('DISQUALIFIED');
    expect(decideOutcome(signals({ fit: { score: 20, grade: 'D', reasons: [] } })).stage).toBe('DISQUALIFIED');
    expect(decideOutcome(signals({ dataQuality: { score: 10, label: 'POOR', missing: [] } })).stage).toBe('DISQUALIFIED');
  });

  it('rule 1 runs before REVIEW: POOR data with a content-free note is DISQUALIFIED', () => {
    expect(decideOutcome(signals({ needUnclear: true, dataQuality: { score: 10, label: 'POOR', missing: [] } })).stage).toBe('DISQUALIFIED');
  });

  it('rule 2: a need that cannot be judged goes to sales ops for REVIEW, even from a CIO', () => {
    expect(decideOutcome(signals({ needUnclear: true }))).toMatchObject({ stage: 'REVIEW', priority: 'P3', slaMinutes: 1440, recommendedOwner: 'SALES_OPS' });
  });

  it('rule 3: SQL needs fit A/B, CRITICAL/HIGH urgency and a decision maker', () => {
    expect(decideOutcome(signals())).toMatchObject({ stage: 'SQL', priority: 'P1', slaMinutes: 5, recommendedOwner: 'AE' });
    expect(decideOutcome(signals({ fit: { score: 60, grade: 'B', reasons: [] }, urgency: { score: 65, level: 'HIGH', signals: [] } }))).toMatchObject({
      stage: 'SQL',
      priority: 'P2',
      slaMinutes: 60,
    });
    expect(decideOutcome(withRole('BUSINESS_DECISION_MAKER')).stage).toBe('SQL');
  });

  it('rule 3: a large deal goes to the enterprise AE', () => {
    expect(decideOutcome(signals({ opportunity: { dealSize: 'HIGH', complexity: 'HIGH' } })).recommendedOwner).toBe('AE_ENTERPRISE');
  });

  it('rule 4: an influencer with an urgent need, or a decision maker still evaluating, is MQL for an SDR', () => {
    for (const role of ['INFLUENCER', 'USER', 'UNKNOWN'] as const) {
      const outcome = decideOutcome(withRole(role));
      expect(outcome).toMatchObject({ stage: 'MQL', priority: 'P3', slaMinutes: 1440, recommendedOwner: 'SDR' });
      expect(outcome.explanation[0]).toContain('not a decision maker');
    }
    expect(decideOutcome(signals({ urgency: { score: 45, level: 'MEDIUM', signals: [] } })).stage).toBe('MQL');
  });

  it('rule 5: a good fit without urgency, or fit C, is NURTURE for marketing with no SLA', () => {
    expect(decideOutcome(signals({ urgency: { score: 10, level: 'LOW', signals: [] } }))).toMatchObject({ stage: 'NURTURE', priority: 'P4', slaMinutes: null, recommendedOwner: 'MARKETING' });
    expect(decideOutcome(signals({ fit: { score: 40, grade: 'C', reasons: [] } })).stage).toBe('NURTURE');
  });
});

describe('decideOutcome: the numbers are settings (policy.md section 7)', () => {
  it('uses the SLA minutes, priorities and owners of the policy it is given', () => {
    const policy: ClassificationPolicy = {
      ...DEFAULT_POLICY,
      version: 'v2-test',
      slaMinutes: { P1: 15, P2: 120, P3: 2880, P4: null },
      owners: { ...DEFAULT_POLICY.owners, sql: 'SDR' },
    };
    expect(decideOutcome(signals(), policy)).toMatchObject({ stage: 'SQL', priority: 'P1', slaMinutes: 15, recommendedOwner: 'SDR' });
  });

  it('explains the stage, the priority, the owner and the SLA', () => {
    expect(decideOutcome(signals()).explanation).toEqual([
      'SQL (rule 3): fit A, urgency CRITICAL and a decision maker (TECH_DECISION_MAKER)',
      'P1: SQL with CRITICAL urgency',
      'Owner AE: deal size MEDIUM',
      'First response within 5 minutes',
    ]);
  });

  it('writes the codes that reading its lines back would give, even for odd policy values', () => {
    const odd: ClassificationPolicy = {
      ...DEFAULT_POLICY,
      slaMinutes: { P1: 0, P2: 90, P3: 7.5, P4: -5 },
      owners: { ...DEFAULT_POLICY.owners, sql: 'Key accounts (LATAM)' as never, mql: 'SDR team' as never },
    };
    const cases: ClassificationSignals[] = [
      signals(),
      signals({ opportunity: { dealSize: 'HIGH', complexity: 'HIGH' } }),
      signals({ urgency: { score: 65, level: 'HIGH', signals: [] } }),
      withRole('INFLUENCER'),
      signals({ urgency: { score: 45, level: 'MEDIUM', signals: [] } }),
      signals({ urgency: { score: 10, level: 'LOW', signals: [] } }),
      signals({ fit: { score: 40, grade: 'C', reasons: [] } }),
      signals({ needUnclear: true }),
      signals({ disqualifiers: ['not a buyer: looking for a job ("busco empleo")', 'spam ("casino")'] }),
      signals({ disqualifiers: [''] }),
      signals({ fit: { score: 20, grade: 'D', reasons: [] }, dataQuality: { score: 10, label: 'POOR', missing: [] } }),
      signals({ contactProfile: { ...signals().contactProfile, emailType: 'DISPOSABLE' } }),
    ];
    for (const policy of [DEFAULT_POLICY, odd]) {
      for (const c of cases) {
        const outcome = decideOutcome(c, policy);
        expect(outcome.explanationCodes).toEqual(outcome.explanation.map(explainPolicyLine));
      }
    }
  });
});
