import type { ClassificationResult } from '@leadops/domain';
import { formatEvalReport, formatGroupScores, scoreEval, scoreGroups, type EvalRow } from './eval-report';

function result(stage: ClassificationResult['stage'], priority: ClassificationResult['priority']): ClassificationResult {
  return {
    contactProfile: { seniorityLevel: 'C_LEVEL', roleType: 'TECH_DECISION_MAKER', decisionPower: 'HIGH', emailType: 'CORPORATE' },
    fit: { score: 80, grade: 'A', reasons: [] },
    urgency: { score: 85, level: 'CRITICAL', signals: [] },
    opportunity: { dealSize: 'MEDIUM', complexity: 'MEDIUM' },
    dataQuality: { score: 90, label: 'GOOD', missing: [] },
    stage,
    priority,
    slaMinutes: null,
    recommendedOwner: 'AE',
    summary: '',
    detectedNeeds: [],
    matchedServices: [],
    nextSteps: [],
    classifier: 'rules',
    explanation: [],
    policyVersion: 'v1',
    profileVersion: null,
  };
}

const rows: EvalRow[] = [
  { id: 'a', expected: { stage: 'SQL', priority: 'P1', fitGrade: 'A' }, result: result('SQL', 'P1') },
  { id: 'b', expected: { stage: 'SQL', priority: 'P2', fitGrade: 'B' }, result: result('MQL', 'P3') },
  { id: 'c', expected: { stage: 'MQL', priority: 'P3', fitGrade: 'A' }, result: result('SQL', 'P1') },
  { id: 'd', expected: { stage: 'NURTURE', priority: 'P4', fitGrade: 'A' }, result: result('NURTURE', 'P4') },
];

describe('scoreEval', () => {
  const report = scoreEval(rows);

  it('computes accuracy, SQL precision and recall', () => {
    expect(report.stageAccuracy).toBe(0.5);
    expect(report.priorityAccuracy).toBe(0.5);
    expect(report.sqlCounts).toEqual({ truePositives: 1, predicted: 2, actual: 2 });
    expect(report.sqlPrecision).toBe(0.5);
    expect(report.sqlRecall).toBe(0.5);
    expect(report.fieldAccuracy.fitGrade).toBe(0.75);
    // Fields no row labels are not scored at all.
    expect(report.fieldAccuracy.dealSize).toBeUndefined();
  });

  it('fills the confusion matrix by expected and got stage', () => {
    expect(report.confusion.SQL.MQL).toBe(1);
    expect(report.confusion.MQL.SQL).toBe(1);
    expect(report.confusion.NURTURE.NURTURE).toBe(1);
  });

  it('lists the misclassified ids with expected and got', () => {
    const text = formatEvalReport(report, 'title');
    expect(text).toContain('stage accuracy     0.50');
    expect(text).toContain('  b  expected SQL/P2  got MQL/P3  (fitGrade B->A)');
    expect(text).toContain('  c  expected MQL/P3  got SQL/P1');
  });
});

describe('scoreGroups', () => {
  const grouped: EvalRow[] = rows.map((row, i) => ({ ...row, groups: { profile: i < 2 ? 'rotalog' : 'iotsur', lang: i % 2 ? 'pt' : 'es' } }));

  it('scores each seller and each language on its own, so a weak language is not hidden by the total', () => {
    const groups = scoreGroups(grouped, ['profile', 'lang']);
    const get = (key: string, value: string) => groups.find((g) => g.key === key && g.value === value);
    // rotalog: a right, b wrong; iotsur: c wrong, d right.
    expect(get('profile', 'rotalog')).toMatchObject({ total: 2, stageAccuracy: 0.5, sqlCounts: { truePositives: 1, predicted: 1 } });
    expect(get('profile', 'iotsur')).toMatchObject({ total: 2, stageAccuracy: 0.5, sqlPrecision: 0, sqlCounts: { truePositives: 0, predicted: 1 } });
    // es: a and c (a right, c wrong); pt: b and d (b wrong, d right).
    expect(get('lang', 'es')).toMatchObject({ total: 2, stageAccuracy: 0.5, priorityAccuracy: 0.5 });
    expect(formatGroupScores(groups)).toContain('lang=pt');
  });

  it('leaves out rows that do not carry the key', () => {
    expect(scoreGroups(rows, ['lang'])).toEqual([]);
    expect(formatGroupScores([])).toBe('');
  });
});
