// The learned non-buyer model is data trained from the labelled sets: the committed file must be what they train (so a
// reviewer can rebuild it and read its diff), and leaving each set out in turn it must find more non-buyers the lists
// missed than buyers it mistakes, by a wide margin, or it does not earn its place.
import { readFileSync } from 'node:fs';
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
