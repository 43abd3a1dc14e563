// `npm run -s train-intent [-- --check] [-- --cross-validate] [-- --threshold 5]`: learns the non-buyer word model
// (libs/domain/src/classification/learned-intent.ts) from the labelled sets in eval/generalisation, whose rows say
// what kind of writer each lead is. It writes libs/domain/src/classification/data/learned-intent.json (--check only
// compares, for CI); --cross-validate trains once per set with that set left out and prints what the model changes on
// it, the honest figure for sellers and authors it has not seen.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyWithRules, descriptionStems, learnedFeatures, LEARNED_KINDS, type CompanyProfile, type LeadInput, type LearnedIntentData, type LearnedKind } from '@leadops/domain';

const ROOT = join(__dirname, '../../..');
const SETS = join(ROOT, 'eval/generalisation');
export const LEARNED_FILE = join(ROOT, 'libs/domain/src/classification/data/learned-intent.json');
/** Log-odds a lead must reach, chosen by leaving each set out in turn (eval/generalisation/README.md). */
const DEFAULT_THRESHOLD = 4;
/** Features seen in fewer leads than this are left out (they are names and typos, and they bloat the file). */
const MIN_LEADS = 2;

// The sets' kind names (several spellings over the years) for each non-buyer class. A kind this file does not know is
// an error, not a buyer: vendors written as "vendor" and private persons as "private_person" were once learned as
// buyers' words because nobody had listed those spellings.
const KIND_OF: Record<string, LearnedKind> = {
  student: 'student',
  job_seeker: 'jobSeeker',
  'job-seeker': 'jobSeeker',
  jobseeker: 'jobSeeker',
  vendor: 'vendor',
  vendor_pitch: 'vendor',
  'vendor-pitch': 'vendor',
  competitor: 'competitor',
  partner: 'partner',
  personal: 'privatePerson',
  private: 'privatePerson',
  private_person: 'privatePerson',
  spam: 'spam',
};
// Texts with nothing to learn from (empty, injection, test).
const LEFT_OUT = new Set(['empty', 'content_free', 'injection', 'test', 'gibberish', 'too-little', 'too_little']);
// Writers who are buyers, whatever else the set's author was testing with the lead (its urgency, fit, contact, email).
const BUYER_KINDS = new Set([
  'buyer', 'buyer-area', 'buyer-offtarget', 'buyer-small', 'influencer', 'user', 'tech-manager', 'small-business', 'small_business', 'micro',
  'retail-customer', 'fit-b', 'fit-c', 'fit-d', 'fit_d', 'off_target', 'out_of_scope', 'off_country', 'outside-country',
  'evaluating', 'exploration', 'research', 'horizon', 'future', 'no_timeline', 'conditional', 'negation', 'negated_urgency',
  'today-nowadays', 'today-deadline', 'incident', 'past-incident', 'past_incident', 'other-urgency', 'topic-urgency', 'unrelated_urgency',
  'unusual-words', 'unusual_words', 'short', 'signature', 'formal', 'whatsapp',
  'disposable', 'disposable-email', 'disposable_email', 'invalid-email', 'invalid_email',
]);

export interface LabelledRow {
  set: string;
  id: string;
  profile: string;
  kind: string;
  lead: LeadInput;
  expected: { stage: string; priority: string };
}

export function labelledRows(dir = SETS): LabelledRow[] {
  const rows: LabelledRow[] = [];
  for (const file of readdirSync(dir).filter((f) => /^holdout\d+\.jsonl$/.test(f)).sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as Omit<LabelledRow, 'set'>;
      if (!row.kind || LEFT_OUT.has(row.kind)) continue;
      if (!KIND_OF[row.kind] && !BUYER_KINDS.has(row.kind)) {
        throw new Error(`${file} ${row.id}: kind "${row.kind}" is not known to train-intent: add it to KIND_OF (a non-buyer), BUYER_KINDS or LEFT_OUT in tools/cli/src/train-intent.ts`);
      }
      rows.push({ ...row, set: file.replace('.jsonl', '') });
    }
  }
  return rows;
}

/** Class index: 0 buyer, then LEARNED_KINDS. */
const classOf = (kind: string) => {
  const learned = KIND_OF[kind];
  return learned ? LEARNED_KINDS.indexOf(learned) + 1 : 0;
};

// Each row's features, read once: a cross-validation trains once per set over nearly every row, and reading a
// description is most of a training's cost.
const rowFeatures = new WeakMap<LabelledRow, ReadonlySet<string>>();
function featuresOf(row: LabelledRow): ReadonlySet<string> {
  let features = rowFeatures.get(row);
  if (!features) rowFeatures.set(row, (features = new Set(learnedFeatures(descriptionStems(row.lead.description)))));
  return features;
}

interface Counts {
  documents: number[];
  /** Per feature, the leads of each class that have it. */
  features: Map<string, number[]>;
}

/** Add (`sign` 1) or take away (`sign` -1) the rows' documents and feature counts. */
function count(rows: readonly LabelledRow[], into: Counts, sign: 1 | -1): Counts {
  const classes = LEARNED_KINDS.length + 1;
  for (const row of rows) {
    const c = classOf(row.kind);
    into.documents[c]! += sign;
    for (const feature of featuresOf(row)) {
      let entry = into.features.get(feature);
      if (!entry) into.features.set(feature, (entry = new Array<number>(classes).fill(0)));
      entry[c]! += sign;
    }
  }
  return into;
}

/** How many leads have a feature, of every class: features in fewer than MIN_LEADS are left out of the model. */
const leadsWith = (entry: readonly number[]) => entry.reduce((a, b) => a + b, 0);

const emptyCounts = (): Counts => ({ documents: new Array<number>(LEARNED_KINDS.length + 1).fill(0), features: new Map() });

/** The model's data from counts: the features seen in at least MIN_LEADS leads, in key order. */
function dataOf(counts: Counts, threshold: number): LearnedIntentData {
  const features: Record<string, number[]> = {};
  const keys = [...counts.features.keys()].sort();
  for (const feature of keys) {
    const entry = counts.features.get(feature)!;
    if (leadsWith(entry) >= MIN_LEADS) features[feature] = entry;
  }
  return {
    _comment: 'Written by `npm run -s train-intent` from eval/generalisation; do not edit. Per feature (a stem, or two neighbouring stems): leads of each class that have it, buyer first, then student, jobSeeker, vendor, competitor, partner, privatePerson, spam.',
    threshold,
    documents: [...counts.documents],
    features,
  };
}

/**
 * A fold's model for its held-out rows: the same weights as dataOf's for every feature those rows have, without copying
 * (and the classifier without weighing) the tens of thousands of features they do not have. Every fold built the whole
 * model before, which made leaving each set out grow with the square of the labelled sets.
 */
function foldDataOf(counts: Counts, heldOut: readonly LabelledRow[], threshold: number): LearnedIntentData {
  const classes = LEARNED_KINDS.length + 1;
  const words = new Array<number>(classes).fill(0);
  let vocabulary = 0;
  for (const entry of counts.features.values()) {
    if (leadsWith(entry) < MIN_LEADS) continue;
    vocabulary++;
    for (let c = 0; c < classes; c++) words[c]! += entry[c]!;
  }
  const wanted = new Set<string>();
  for (const row of heldOut) for (const feature of featuresOf(row)) wanted.add(feature);
  const features: Record<string, number[]> = {};
  for (const feature of wanted) {
    const entry = counts.features.get(feature);
    // A copy: the fold puts its held-out rows back into the same counts afterwards.
    if (entry && leadsWith(entry) >= MIN_LEADS) features[feature] = [...entry];
  }
  return { threshold, documents: [...counts.documents], features, totals: { words, vocabulary } };
}

export function train(rows: readonly LabelledRow[], threshold = DEFAULT_THRESHOLD): LearnedIntentData {
  return dataOf(count(rows, emptyCounts(), 1), threshold);
}

/** The model as the file holds it: one feature per line, so a retraining's diff reads feature by feature. */
export function serialize(data: LearnedIntentData): string {
  const lines = Object.entries(data.features).map(([feature, c]) => `  ${JSON.stringify(feature)}: [${c.join(',')}]`);
  return `{"_comment": ${JSON.stringify(data._comment)},\n"threshold": ${data.threshold},\n"documents": [${data.documents.join(',')}],\n"features": {\n${lines.join(',\n')}\n}}\n`;
}

const profiles = new Map<string, CompanyProfile>();
const profileOf = (id: string) => {
  let p = profiles.get(id);
  if (!p) profiles.set(id, (p = JSON.parse(readFileSync(join(SETS, 'profiles', `${id}.json`), 'utf8')) as CompanyProfile));
  return p;
};

export interface CrossValidation {
  set: string;
  leads: number;
  /** Stage right with the lists alone, and with the model trained without this set. */
  listsOnly: number;
  withModel: number;
  fixed: string[];
  broken: string[];
}

/** Each set classified with the lists alone and with a model trained on every other set. */
export function crossValidate(rows: readonly LabelledRow[], threshold = DEFAULT_THRESHOLD): CrossValidation[] {
  const sets = [...new Set(rows.map((r) => r.set))];
  // Counted once over every row; each fold takes its own set's rows away and puts them back after reading the model off
  // the counts (the same counts as training on the others, without reading them all once per set).
  const all = count(rows, emptyCounts(), 1);
  return sets.map((set) => {
    const mine = rows.filter((r) => r.set === set);
    const model = foldDataOf(count(mine, all, -1), mine, threshold);
    count(mine, all, 1);
    const result: CrossValidation = { set, leads: mine.length, listsOnly: 0, withModel: 0, fixed: [], broken: [] };
    for (const row of mine) {
      const right = (learnedIntent: LearnedIntentData | null) => {
        const r = classifyWithRules(row.lead, profileOf(row.profile), undefined, { learnedIntent });
        return r.stage === row.expected.stage && r.priority === row.expected.priority;
      };
      const before = right(null);
      const after = right(model);
      result.listsOnly += before ? 1 : 0;
      result.withModel += after ? 1 : 0;
      if (!before && after) result.fixed.push(row.id);
      if (before && !after) result.broken.push(row.id);
    }
    return result;
  });
}

export function main(argv: string[]): number {
  const threshold = argv.includes('--threshold') ? Number(argv[argv.indexOf('--threshold') + 1]) : DEFAULT_THRESHOLD;
  if (!(threshold > 0)) {
    process.stderr.write('--threshold must be a positive number\n');
    return 2;
  }
  const rows = labelledRows();
  if (argv.includes('--cross-validate')) {
    const results = crossValidate(rows, threshold);
    let fixed = 0;
    let broken = 0;
    for (const r of results) {
      fixed += r.fixed.length;
      broken += r.broken.length;
      if (r.fixed.length || r.broken.length) process.stdout.write(`${r.set}: ${r.listsOnly}/${r.leads} -> ${r.withModel}/${r.leads}  fixed ${r.fixed.join(' ') || '-'}  broken ${r.broken.join(' ') || '-'}\n`);
    }
    process.stdout.write(`leave-one-set-out, threshold ${threshold}: ${rows.length} leads in ${results.length} sets, ${fixed} fixed, ${broken} broken (stage and priority)\n`);
    return 0;
  }
  const text = serialize(train(rows, threshold));
  if (argv.includes('--check')) {
    const same = readFileSync(LEARNED_FILE, 'utf8') === text;
    process.stdout.write(same ? 'learned-intent.json is what the labelled sets train\n' : 'learned-intent.json is stale: run npm run -s train-intent\n');
    return same ? 0 : 1;
  }
  writeFileSync(LEARNED_FILE, text);
  process.stdout.write(`wrote ${LEARNED_FILE}: ${Object.keys(JSON.parse(text).features).length} features from ${rows.length} leads\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
