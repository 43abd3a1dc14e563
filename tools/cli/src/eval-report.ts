// Scores classifications against labelled leads: accuracy, SQL precision/recall, per-field accuracy,
// the stage confusion matrix and the misses, printed for a person to read.
import { STAGES, type ClassificationResult, type Stage } from '@leadops/domain';

export interface ExpectedLabels {
  stage: Stage;
  priority: string;
  [field: string]: string;
}

export interface EvalRow {
  id: string;
  expected: ExpectedLabels;
  result: ClassificationResult;
  /** What a set says about the lead, for the per-group table: seller profile, language, split ("tune" | "holdout"). */
  groups?: Record<string, string>;
}

export interface GroupScore {
  key: string;
  value: string;
  total: number;
  stageAccuracy: number;
  priorityAccuracy: number;
  sqlPrecision: number;
  sqlCounts: { truePositives: number; predicted: number };
}

/** Stage, priority and SQL precision per value of each group key (e.g. per seller and per language). */
export function scoreGroups(rows: EvalRow[], keys: readonly string[]): GroupScore[] {
  const out: GroupScore[] = [];
  for (const key of keys) {
    const byValue = new Map<string, EvalRow[]>();
    for (const row of rows) {
      const value = row.groups?.[key];
      if (value === undefined) continue;
      const list = byValue.get(value) ?? [];
      list.push(row);
      byValue.set(value, list);
    }
    for (const [value, list] of [...byValue].sort(([a], [b]) => a.localeCompare(b))) {
      const r = scoreEval(list);
      out.push({ key, value, total: r.total, stageAccuracy: r.stageAccuracy, priorityAccuracy: r.priorityAccuracy, sqlPrecision: r.sqlPrecision, sqlCounts: { truePositives: r.sqlCounts.truePositives, predicted: r.sqlCounts.predicted } });
    }
  }
  return out;
}

export function formatGroupScores(groups: GroupScore[]): string {
  if (!groups.length) return '';
  const out = ['', 'per group            leads  stage  priority  SQL precision'];
  for (const g of groups) {
    const sql = `${pct(g.sqlPrecision)} (${g.sqlCounts.truePositives}/${g.sqlCounts.predicted})`;
    out.push(`  ${pad(`${g.key}=${g.value}`, 20)}${String(g.total).padStart(5)}  ${pct(g.stageAccuracy)}   ${pct(g.priorityAccuracy)}      ${sql}`);
  }
  return `${out.join('\n')}\n`;
}

// Expected label name -> where the result keeps it.
export const EVAL_FIELDS: Record<string, (r: ClassificationResult) => string> = {
  emailType: (r) => r.contactProfile.emailType,
  seniorityLevel: (r) => r.contactProfile.seniorityLevel,
  roleType: (r) => r.contactProfile.roleType,
  decisionPower: (r) => r.contactProfile.decisionPower,
  fitGrade: (r) => r.fit.grade,
  urgencyLevel: (r) => r.urgency.level,
  dealSize: (r) => r.opportunity.dealSize,
};

export interface EvalReport {
  total: number;
  stageAccuracy: number;
  priorityAccuracy: number;
  sqlPrecision: number;
  sqlRecall: number;
  sqlCounts: { truePositives: number; predicted: number; actual: number };
  fieldAccuracy: Record<string, number>;
  /** confusion[expected][got] */
  confusion: Record<Stage, Record<Stage, number>>;
  misses: { id: string; expected: string; got: string; fieldMisses: string[] }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const pct = (x: number) => x.toFixed(2);
const pad = (s: string, n: number) => s.padEnd(n);

export function scoreEval(rows: EvalRow[]): EvalReport {
  const confusion = Object.fromEntries(STAGES.map((e) => [e, Object.fromEntries(STAGES.map((g) => [g, 0]))])) as EvalReport['confusion'];
  const fieldHits: Record<string, number> = Object.fromEntries(Object.keys(EVAL_FIELDS).map((f) => [f, 0]));
  // Sets may label only some fields: each field is scored over the rows that label it.
  const fieldLabelled: Record<string, number> = Object.fromEntries(Object.keys(EVAL_FIELDS).map((f) => [f, 0]));
  let stageHits = 0;
  let priorityHits = 0;
  let truePositives = 0;
  let predicted = 0;
  let actual = 0;
  const misses: EvalReport['misses'] = [];
  for (const { id, expected, result } of rows) {
    confusion[expected.stage][result.stage]++;
    const stageOk = expected.stage === result.stage;
    const priorityOk = expected.priority === result.priority;
    stageHits += Number(stageOk);
    priorityHits += Number(priorityOk);
    if (result.stage === 'SQL') predicted++;
    if (expected.stage === 'SQL') actual++;
    if (stageOk && result.stage === 'SQL') truePositives++;
    const fieldMisses: string[] = [];
    for (const [field, read] of Object.entries(EVAL_FIELDS)) {
      if (expected[field] === undefined) continue;
      fieldLabelled[field]++;
      if (read(result) === expected[field]) fieldHits[field]++;
      else fieldMisses.push(`${field} ${expected[field]}->${read(result)}`);
    }
    if (!stageOk || !priorityOk || fieldMisses.length) {
      misses.push({ id, expected: `${expected.stage}/${expected.priority}`, got: `${result.stage}/${result.priority}`, fieldMisses });
    }
  }
  const total = rows.length;
  return {
    total,
    stageAccuracy: ratio(stageHits, total),
    priorityAccuracy: ratio(priorityHits, total),
    sqlPrecision: ratio(truePositives, predicted),
    sqlRecall: ratio(truePositives, actual),
    sqlCounts: { truePositives, predicted, actual },
    fieldAccuracy: Object.fromEntries(Object.entries(fieldHits).filter(([f]) => fieldLabelled[f] > 0).map(([f, hits]) => [f, ratio(hits, fieldLabelled[f])])),
    confusion,
    misses,
  };
}


export function formatEvalReport(report: EvalReport, title: string): string {
  const out: string[] = [title, ''];
  out.push(`stage accuracy     ${pct(report.stageAccuracy)}`);
  out.push(`priority accuracy  ${pct(report.priorityAccuracy)}`);
  const { truePositives, predicted, actual } = report.sqlCounts;
  out.push(`SQL precision      ${pct(report.sqlPrecision)}  (${truePositives}/${predicted} predicted SQL are SQL)`);
  out.push(`SQL recall         ${pct(report.sqlRecall)}  (${truePositives}/${actual} SQL found)`);
  out.push('', 'field accuracy');
  const fields = Object.entries(report.fieldAccuracy);
  if (!fields.length) out.push('  (no field labels in this set)');
  for (const [field, acc] of fields) out.push(`  ${pad(field, 16)} ${pct(acc)}`);
  out.push('', 'stage confusion (rows: expected, columns: got)');
  const width = 13;
  out.push(`  ${pad('', width)}${STAGES.map((s) => pad(s, width)).join('')}`);
  for (const e of STAGES) out.push(`  ${pad(e, width)}${STAGES.map((g) => pad(String(report.confusion[e][g]), width)).join('')}`);
  const stageMisses = report.misses.filter((m) => m.expected !== m.got);
  out.push('', `misclassified (stage or priority): ${stageMisses.length}`);
  for (const m of stageMisses) out.push(`  ${m.id}  expected ${m.expected}  got ${m.got}${m.fieldMisses.length ? `  (${m.fieldMisses.join(', ')})` : ''}`);
  const fieldOnly = report.misses.filter((m) => m.expected === m.got);
  if (fieldOnly.length) {
    out.push('', `right stage, field differences: ${fieldOnly.length}`);
    for (const m of fieldOnly) out.push(`  ${m.id}  ${m.fieldMisses.join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}

/** Two classifiers' headline scores on the same leads, one column each. */
export function formatSideBySide(columns: [string, EvalReport][]): string {
  const cell = (text: string) => text.padEnd(16);
  const row = (label: string, value: (r: EvalReport) => string) => `${pad(label, 19)}${columns.map(([, r]) => cell(value(r))).join('').trimEnd()}`;
  const out = [
    `${pad('', 19)}${columns.map(([name]) => cell(name)).join('').trimEnd()}`,
    row('stage accuracy', (r) => pct(r.stageAccuracy)),
    row('priority accuracy', (r) => pct(r.priorityAccuracy)),
    row('SQL precision', (r) => `${pct(r.sqlPrecision)} (${r.sqlCounts.truePositives}/${r.sqlCounts.predicted})`),
    row('SQL recall', (r) => `${pct(r.sqlRecall)} (${r.sqlCounts.truePositives}/${r.sqlCounts.actual})`),
  ];
  return `${out.join('\n')}\n`;
}
