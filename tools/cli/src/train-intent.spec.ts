// The learned non-buyer model is data trained from the labelled sets: the committed file must be what they train (so a
// reviewer can rebuild it and read its diff), and leaving each set out in turn it must find more non-buyers the lists
// missed than buyers it mistakes, by a wide margin, or it does not earn its place.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LEARNED_KINDS } from '@leadops/domain';
import { crossValidate, labelledRows, LEARNED_FILE, serialize, train } from './train-intent';

const rows = labelledRows();

it('the committed learned-intent.json is what the labelled sets train (npm run -s train-intent)', () => {
  expect(readFileSync(LEARNED_FILE, 'utf8')).toBe(serialize(train(rows)));
});

it('leaving each set out, it fixes at least three times the leads it breaks', () => {
  const results = crossValidate(rows);
  const fixed = results.reduce((n, r) => n + r.fixed.length, 0);
  const broken = results.reduce((n, r) => n + r.broken.length, 0);
  console.log(`[train-intent] leave-one-set-out over ${results.length} sets: ${fixed} fixed, ${broken} broken`);
  expect(fixed).toBeGreaterThanOrEqual(10);
  expect(fixed).toBeGreaterThanOrEqual(3 * broken);
}, 120_000);

describe('the kinds of writer the sets name', () => {
  const withSet = (kinds: string[], check: (dir: string) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'train-intent-'));
    try {
      const lines = kinds.map((kind, i) =>
        JSON.stringify({ id: `k${i}`, profile: 'p', kind, lead: { fullName: 'A B', email: 'a@b.com', description: `texto numero ${i} de prueba` }, expected: { stage: 'NURTURE', priority: 'P4' } }),
      );
      writeFileSync(join(dir, 'holdout1.jsonl'), `${lines.join('\n')}\n`);
      check(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('learns every spelling of a non-buyer as that non-buyer, not as a buyer', () => {
    withSet(['vendor', 'vendor_pitch', 'private_person', 'private', 'personal', 'jobseeker', 'buyer'], (dir) => {
      const documents = train(labelledRows(dir)).documents;
      expect(documents[0]).toBe(1);
      expect(documents[LEARNED_KINDS.indexOf('vendor') + 1]).toBe(2);
      expect(documents[LEARNED_KINDS.indexOf('privatePerson') + 1]).toBe(3);
      expect(documents[LEARNED_KINDS.indexOf('jobSeeker') + 1]).toBe(1);
    });
  });

  it('refuses a kind it does not know, naming the set, the lead and the kind, instead of learning it as a buyer', () => {
    withSet(['buyer', 'reseller'], (dir) => expect(() => labelledRows(dir)).toThrow(/holdout1\.jsonl k1: kind "reseller" is not known/));
  });

  it('leaves out texts with nothing to learn from', () => {
    withSet(['content_free', 'too_little', 'empty', 'buyer'], (dir) => expect(labelledRows(dir).map((r) => r.kind)).toEqual(['buyer']));
  });
});
