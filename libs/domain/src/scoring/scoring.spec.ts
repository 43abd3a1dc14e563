import {
  areaUnderCurve, bandsFromCalibration, brierScore, buildFeatureSpec, calibration, compileScoringModel, decidePromotion, enoughOutcomes, featureNames, featureVector,
  isHeldOut, SCORING_FEATURE_GROUPS, splitTrainHeldOut, type ScoringFacts,
} from './index';

const facts = (over: Partial<ScoringFacts> = {}): ScoringFacts => ({
  classification: {
    contactProfile: { seniorityLevel: 'C_LEVEL', roleType: 'TECH_DECISION_MAKER', decisionPower: 'HIGH', emailType: 'CORPORATE' },
    fit: { score: 80, grade: 'A', reasons: [] },
    urgency: { score: 60, level: 'HIGH', signals: [] },
    opportunity: { dealSize: 'HIGH', complexity: 'MEDIUM' },
    matchedServices: ['Backup'],
    intent: { kind: 'BUYER', evidence: [] },
    language: 'es',
  },
  source: 'web_form',
  industry: 'Manufacturing',
  country: 'MX',
  companySize: 300,
  minutesToFirstResponse: 30,
  escalations: 0,
  nurtureEngagements: 2,
  ...over,
});

describe('scoring features', () => {
  it('never uses age or gender: no feature group is named so, and a lead with them scores exactly like one without', () => {
    const spec = buildFeatureSpec(Array.from({ length: 20 }, () => facts()));
    const groups = new Set(featureNames(spec).map((n) => n.split(':')[0]));
    for (const forbidden of ['age', 'gender', 'sex']) {
      expect(groups.has(forbidden)).toBe(false);
      expect((SCORING_FEATURE_GROUPS as readonly string[]).includes(forbidden)).toBe(false);
    }
    const withDemographics = { ...facts(), age: 61, gender: 'female' } as ScoringFacts;
    expect(featureVector(spec, withDemographics)).toEqual(featureVector(spec, facts()));
  });

  it('covers the enrichment, classification and process facts the brief lists', () => {
    const spec = buildFeatureSpec(Array.from({ length: 20 }, () => facts()));
    const names = featureNames(spec);
    const x = featureVector(spec, facts());
    const on = names.filter((_, i) => x[i]! > 0);
    expect(on).toEqual(expect.arrayContaining([
      'seniority:C_LEVEL', 'role:TECH_DECISION_MAKER', 'emailType:CORPORATE', 'fitScore', 'fitGrade:A', 'urgencyScore', 'urgencyLevel:HIGH',
      'dealSize:HIGH', 'complexity:MEDIUM', 'intent:BUYER', 'industry:manufacturing', 'country:MX', 'companySizeBand:201-1000', 'source:web_form',
      'service:backup', 'language:es', 'firstResponse', 'nurtureEngagement',
    ]));
    expect(x.every((v) => v >= 0 && v <= 1)).toBe(true);
  });

  it('puts rare industries in OTHER and marks an unanswered lead', () => {
    const spec = buildFeatureSpec(Array.from({ length: 20 }, () => facts()));
    const names = featureNames(spec);
    const x = featureVector(spec, facts({ industry: 'Fishing', minutesToFirstResponse: null }));
    expect(x[names.indexOf('industry:OTHER')]).toBe(1);
    expect(x[names.indexOf('noResponse')]).toBe(1);
    expect(x[names.indexOf('firstResponse')]).toBe(0);
  });
});

describe('scoring metrics', () => {
  it('AUC is 1 for a perfect ranking, 0.5 for ties, 0 for a reversed one', () => {
    expect(areaUnderCurve([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(areaUnderCurve([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1])).toBe(0.5);
    expect(areaUnderCurve([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1])).toBe(0);
  });

  it('Brier and calibration error of a known case', () => {
    expect(brierScore([1, 0, 0.5], [1, 0, 1])).toBeCloseTo(0.25 / 3);
    const { ece, bins } = calibration([0.15, 0.15, 0.85, 0.85], [0, 1, 1, 1]);
    // bin 1: predicted 0.15, observed 0.5; bin 8: predicted 0.85, observed 1 -> (0.35 + 0.15) / 2
    expect(ece).toBeCloseTo(0.25);
    expect(bins).toHaveLength(10);
    expect(bins[1]).toMatchObject({ count: 2, observedRate: 0.5 });
  });
});

describe('score bands from the held-out calibration', () => {
  it('folds ten bins into five bands', () => {
    const bins = Array.from({ length: 10 }, (_, b) => ({ from: b / 10, to: (b + 1) / 10, count: 10, meanPredicted: b / 10 + 0.05, observedRate: b / 10 }));
    expect(bandsFromCalibration(bins)).toEqual([
      { band: '0-20', leads: 20, converted: 1 },
      { band: '20-40', leads: 20, converted: 5 },
      { band: '40-60', leads: 20, converted: 9 },
      { band: '60-80', leads: 20, converted: 13 },
      { band: '80-100', leads: 20, converted: 17 },
    ]);
  });
});

describe('train / held-out split', () => {
  it('is deterministic and holds out about a fifth', () => {
    const leads = Array.from({ length: 5000 }, (_, i) => ({ id: `lead-${i}` }));
    const a = splitTrainHeldOut(leads);
    const b = splitTrainHeldOut([...leads].reverse());
    expect(new Set(a.heldOut.map((l) => l.id))).toEqual(new Set(b.heldOut.map((l) => l.id)));
    expect(a.heldOut.length / leads.length).toBeGreaterThan(0.17);
    expect(a.heldOut.length / leads.length).toBeLessThan(0.23);
    expect(isHeldOut('lead-1')).toBe(isHeldOut('lead-1'));
  });
});

describe('promotion rule', () => {
  it('refuses below the minimum of closed leads, saying how many there are', () => {
    expect(enoughOutcomes(137)).toEqual({ promote: false, code: 'NOT_ENOUGH_OUTCOMES', message: 'not enough outcomes yet (137 of 200)' });
    expect(decidePromotion({ closedLeads: 40, candidateAuc: 0.9, minClosedLeads: 50 })).toMatchObject({ message: 'not enough outcomes yet (40 of 50)' });
  });

  it('refuses a held-out AUC below 0.6 and a model clearly worse than the promoted one', () => {
    expect(decidePromotion({ closedLeads: 1000, candidateAuc: 0.55 })).toMatchObject({ promote: false, code: 'AUC_TOO_LOW' });
    expect(decidePromotion({ closedLeads: 1000, candidateAuc: 0.7, promotedAuc: 0.8 })).toMatchObject({ promote: false, code: 'WORSE_THAN_PROMOTED' });
    expect(decidePromotion({ closedLeads: 1000, candidateAuc: 0.79, promotedAuc: 0.8 })).toEqual({ promote: true });
    expect(decidePromotion({ closedLeads: 1000, candidateAuc: 0.7 })).toEqual({ promote: true });
  });
});

describe('scoring a lead', () => {
  it('gives the probability and the top factors as feature codes', () => {
    const spec = buildFeatureSpec([]);
    const names = featureNames(spec);
    const coefficients = names.map((n) => (n === 'seniority:C_LEVEL' ? 2 : n === 'noResponse' ? -1 : 0));
    const means = names.map((n) => (n === 'seniority:C_LEVEL' ? 0.25 : 0));
    const score = compileScoringModel({ version: 3, spec, intercept: -1, coefficients, means });
    const result = score(facts());
    expect(result.modelVersion).toBe(3);
    expect(result.probability).toBeCloseTo(1 / (1 + Math.exp(-1)));
    expect(result.factors).toEqual([{ feature: 'seniority:C_LEVEL', weight: 1.5 }]);
    expect(score(facts({ minutesToFirstResponse: null })).factors.map((f) => f.feature)).toEqual(['seniority:C_LEVEL', 'noResponse']);
  });
});
