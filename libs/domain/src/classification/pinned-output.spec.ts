// Pins the rules classifier's whole output, byte for byte, on a small fixed sample of the in-repo eval sets (every
// 9th lead of the generalisation set, holdout2 and other-sellers: Spanish, English and Portuguese, buyers and
// non-buyers, every stage), so speed work cannot change a result silently. A deliberate change of the rules or
// the texts rewrites the expected lines: `UPDATE_PINNED=1 bash /work/wt/run-in.sh <worktree> pinned-output`, then
// review the diff of pinned-output.jsonl like any other change of results.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const ROOT = join(__dirname, '..', '..', '..', '..');
const SETS: [file: string, profiles: string][] = [
  ['eval/generalisation/leads.jsonl', 'eval/generalisation/profiles'],
  ['eval/generalisation/holdout2.jsonl', 'eval/generalisation/profiles'],
  ['tools/cli/eval/other-sellers.jsonl', 'tools/cli/eval/profiles'],
];
const EVERY = 6;
const PINNED = join(__dirname, 'pinned-output.jsonl');

interface Item {
  id: string;
  profile: string;
  lead: LeadInput;
}

function sample(): { item: Item; profile: CompanyProfile }[] {
  return SETS.flatMap(([file, dir]) =>
    readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Item)
      .filter((_, i) => i % EVERY === 0)
      .map((item) => ({ item, profile: JSON.parse(readFileSync(join(ROOT, dir, `${item.profile}.json`), 'utf8')) as CompanyProfile })),
  );
}

describe('rules classifier output, pinned', () => {
  const lines = sample().map(({ item, profile }) => `${item.id} ${JSON.stringify(classifyWithRules(item.lead, profile))}`);

  if (process.env.UPDATE_PINNED === '1') writeFileSync(PINNED, `${lines.join('\n')}\n`);

  it('covers every stage on a sample of at least 40 leads', () => {
    expect(lines.length).toBeGreaterThanOrEqual(40);
    const stages = new Set(lines.map((line) => /"stage":"(\w+)"/.exec(line)?.[1]));
    expect([...stages].sort()).toEqual(['DISQUALIFIED', 'MQL', 'NURTURE', 'REVIEW', 'SQL']);
  });

  it('is byte-identical to pinned-output.jsonl, lead by lead', () => {
    expect(existsSync(PINNED)).toBe(true);
    const pinned = readFileSync(PINNED, 'utf8').split('\n').filter(Boolean);
    expect(lines.length).toBe(pinned.length);
    // One lead at a time, so a failure names the lead and shows its result.
    lines.forEach((line, i) => expect(line).toBe(pinned[i]));
  });

  it('gives the same output when a lead is classified again (no state leaks between leads through the caches)', () => {
    const again = sample().map(({ item, profile }) => `${item.id} ${JSON.stringify(classifyWithRules(item.lead, profile))}`);
    expect(again).toEqual(lines);
  });
});
