import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyWithRules } from '../classification/classify-with-rules';
import { LEAD_INTENTS, type CompanyProfile, type LeadInput } from '../classification/types';
import { decideOutcome, type ClassificationSignals } from './decide-outcome';
import { intentSignals, isNonBuyerIntent } from './intent-signals';

// A target-industry decision maker with an urgent need: SQL unless the intent says otherwise.
const buyer: ClassificationSignals = {
  contactProfile: { seniorityLevel: 'C_LEVEL', roleType: 'TECH_DECISION_MAKER', decisionPower: 'HIGH', emailType: 'CORPORATE' },
  fit: { score: 80, grade: 'A', reasons: [] },
  urgency: { score: 85, level: 'CRITICAL', signals: [] },
  opportunity: { dealSize: 'MEDIUM', complexity: 'MEDIUM' },
  dataQuality: { score: 90, label: 'GOOD', missing: [] },
  disqualifiers: [],
  needUnclear: false,
};

describe('intentSignals: the stage an intent leads to, for the rules and the LLM alike', () => {
  it.each(LEAD_INTENTS.filter(isNonBuyerIntent))('%s is DISQUALIFIED under rule 1, quoting the words that showed it', (kind) => {
    const outcome = decideOutcome({ ...buyer, ...intentSignals({ kind, evidence: ['"busco empleo"'] }) });
    expect(outcome.stage).toBe('DISQUALIFIED');
    expect(outcome.explanation[0]).toMatch(/^DISQUALIFIED \(rule 1\): .*\("busco empleo"\)$/);
  });

  it('UNCLEAR goes to REVIEW under rule 2, BUYER adds nothing', () => {
    expect(decideOutcome({ ...buyer, ...intentSignals({ kind: 'UNCLEAR', evidence: [] }) }).stage).toBe('REVIEW');
    expect(decideOutcome({ ...buyer, ...intentSignals({ kind: 'BUYER', evidence: [] }) }).stage).toBe('SQL');
    expect(isNonBuyerIntent('BUYER') || isNonBuyerIntent('UNCLEAR')).toBe(false);
  });

  it('a non-buyer intent without evidence still names the kind', () => {
    expect(intentSignals({ kind: 'COMPETITOR', evidence: [] }).disqualifiers).toEqual(['not a buyer: a competitor studying us']);
  });

  // The rules reach their disqualifiers from the same phrase lists as their intent: on every labelled lead in the
  // repository, the rules' stage is what intentSignals says for their intent.
  const root = join(__dirname, '../../../..');
  const sets = [
    { file: 'eval/generalisation/leads.jsonl', profiles: 'eval/generalisation/profiles' },
    { file: 'tools/cli/eval/other-sellers.jsonl', profiles: 'tools/cli/eval/profiles' },
  ];
  it.each(sets)('the rules agree with intentSignals on $file', ({ file, profiles }) => {
    const lines = readFileSync(join(root, file), 'utf8').split('\n').filter((line) => line.trim());
    let nonBuyers = 0;
    for (const line of lines) {
      const item = JSON.parse(line) as { id: string; profile: string; lead: LeadInput };
      const profile = JSON.parse(readFileSync(join(root, profiles, `${item.profile}.json`), 'utf8')) as CompanyProfile;
      const result = classifyWithRules(item.lead, profile);
      const intent = result.intent ?? { kind: 'BUYER' as const, evidence: [] };
      const { disqualifiers, needUnclear } = intentSignals(intent);
      if (disqualifiers.length) nonBuyers++;
      const allowed = disqualifiers.length ? ['DISQUALIFIED'] : needUnclear ? ['REVIEW', 'DISQUALIFIED'] : [result.stage];
      expect({ id: item.id, intent: intent.kind, stage: allowed.includes(result.stage) ? 'consistent' : result.stage }).toEqual({ id: item.id, intent: intent.kind, stage: 'consistent' });
    }
    expect(nonBuyers).toBeGreaterThan(0);
  });
});
