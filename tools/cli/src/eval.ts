// `npm run -s eval [-- --classifier rules|llm] [--in FILE] [--profiles DIR]`: scores the labelled dev set.
// With --classifier llm it scores the rules and the model on the same leads, side by side, and lists where their
// stages differ and which leads fell back to the rules.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { classifyWithRules, validateLeadInput, type ClassificationResult, type CompanyProfile, type LeadInput } from '@leadops/domain';
import { exitCodeFor, runAsCommand, parseArgs, positiveInteger, UsageError } from './args';
import { loadClassifier, type ClassifyFn } from './classifiers';
import { formatEvalReport, formatGroupScores, formatSideBySide, scoreEval, scoreGroups, type EvalRow, type ExpectedLabels } from './eval-report';
import { ModelComparison } from './model-comparison';
import { profileDirectory } from './profiles';

// The repository root, from tools/cli/dist/eval.js.
const ROOT = resolve(__dirname, '../../..');
// The shared folder beside the checkout (../shared), or beside a worktrees folder (../../shared).
const SHARED = process.env.LEADOPS_SHARED_DIR ?? [resolve(ROOT, '../shared'), resolve(ROOT, '../../shared')].find((d) => existsSync(join(d, 'eval'))) ?? resolve(ROOT, '../shared');
const DEFAULT_IN = join(SHARED, 'eval/dev-leads.jsonl');
const DEFAULT_PROFILES = join(SHARED, 'profiles');

const USAGE = `usage: npm run -s eval [-- --classifier rules|llm] [--in FILE.jsonl] [--profiles DIR] [--split tune|holdout] [--concurrency N]
  --classifier llm scores the rules and the model (LLM_BASE_URL, LLM_MODEL, LLM_API_KEY, LLM_TIMEOUT_MS) side by side;
  --concurrency is the number of model requests in flight (default LLM_MAX_CONCURRENCY).`;
const OPTIONS = { classifier: 'value', in: 'value', profiles: 'value', split: 'value', concurrency: 'value', help: 'flag' } as const;
// Line fields a set may carry beside the lead; each gets a row in the per-group table.
const GROUP_KEYS = ['profile', 'lang', 'split'] as const;

interface EvalItem {
  id: string;
  lead: LeadInput;
  profile: CompanyProfile;
  expected: ExpectedLabels;
  groups: Record<string, string>;
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const log = (message: string) => process.stderr.write(`eval: ${message}\n`);
  try {
    const args = parseArgs(argv, OPTIONS);
    if (args.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const file = typeof args.in === 'string' ? resolve(args.in) : DEFAULT_IN;
    const profiles = profileDirectory(typeof args.profiles === 'string' ? resolve(args.profiles) : DEFAULT_PROFILES);
    const classifier = await loadClassifier(args.classifier, () => undefined, env);
    if (classifier.kind === 'llm' && !classifier.model) {
      throw new UsageError('--classifier llm needs a model endpoint: set LLM_BASE_URL (e.g. http://localhost:8000/v1), and LLM_MODEL / LLM_API_KEY when they differ from the defaults');
    }
    const concurrency = positiveInteger(args.concurrency, 'concurrency', classifier.model?.maxConcurrency ?? 1);
    const items = readItems(file, typeof args.split === 'string' ? args.split : undefined, profiles, log);
    const split = typeof args.split === 'string' ? ` (split ${args.split})` : '';

    const results = await classifyAll(items, classifier.classify, concurrency);
    const rows: EvalRow[] = items.map((item, i) => ({ id: item.id, expected: item.expected, result: results[i], groups: item.groups }));
    const policy = rows[0]?.result.policyVersion ?? '?';
    if (!classifier.model) {
      process.stdout.write(formatEvalReport(scoreEval(rows), `LeadOps eval: classifier rules, policy ${policy}, ${rows.length} leads from ${file}${split}`));
      process.stdout.write(formatGroupScores(scoreGroups(rows, GROUP_KEYS)));
      return 0;
    }

    // The rules on the same leads; the LLM classifier ran them too, as its fallback, and they are deterministic.
    const rulesRows: EvalRow[] = items.map((item) => ({ id: item.id, expected: item.expected, result: classifyWithRules(item.lead, item.profile), groups: item.groups }));
    const comparison = new ModelComparison();
    items.forEach((item, i) => comparison.add(item.id, rulesRows[i].result, rows[i].result, { stage: item.expected.stage, priority: item.expected.priority }));
    const { model, baseUrl, timeoutMs } = classifier.model;
    const llmReport = scoreEval(rows);
    process.stdout.write(`LeadOps eval: rules vs llm (${model} at ${baseUrl}, deadline ${timeoutMs} ms, ${concurrency} in flight), policy ${policy}, ${rows.length} leads from ${file}${split}\n\n`);
    process.stdout.write(formatSideBySide([['rules', scoreEval(rulesRows)], ['llm', llmReport]]));
    process.stdout.write(`\n${comparison.format()}`);
    process.stdout.write(`\n${formatEvalReport(llmReport, 'llm in detail (a lead that fell back is scored with the rules\' answer, as production would use it)')}`);
    process.stdout.write(formatGroupScores(scoreGroups(rows, GROUP_KEYS)));
    return 0;
  } catch (error) {
    return exitCodeFor(error, log, USAGE);
  }
}

function readItems(file: string, split: string | undefined, profiles: ReturnType<typeof profileDirectory>, log: (message: string) => void): EvalItem[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const items: EvalItem[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    let item: { id: string; profile: string; lang?: string; split?: string; lead: unknown; expected: ExpectedLabels };
    try {
      item = JSON.parse(lines[i]);
    } catch (error) {
      throw new UsageError(`${file} line ${i + 1}: not valid JSON (${(error as Error).message})`);
    }
    // A held-out part is scored on its own, so figures from leads looked at while tuning are never passed off as unseen.
    if (split !== undefined && item.split !== split) continue;
    const seller = profiles(item.profile);
    const lead = validateLeadInput(item.lead);
    if (!seller.ok || !lead.ok) {
      log(`line ${i + 1} (${item.id}) skipped: ${seller.ok ? (lead.ok ? '' : lead.errors.map((e) => `${e.field} ${e.message}`).join('; ')) : seller.error.message}`);
      continue;
    }
    const groups: Record<string, string> = {};
    for (const key of GROUP_KEYS) if (typeof item[key] === 'string') groups[key] = item[key];
    items.push({ id: item.id, lead: lead.lead, profile: seller.profile, expected: item.expected, groups });
  }
  return items;
}

/** Every item classified, at most `concurrency` at a time (the model guard's deadline counts a wait for a slot). */
async function classifyAll(items: EvalItem[], classify: ClassifyFn, concurrency: number): Promise<ClassificationResult[]> {
  const results: ClassificationResult[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await classify(items[i].lead, items[i].profile);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

runAsCommand(module, main);
