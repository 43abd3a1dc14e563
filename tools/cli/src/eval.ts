// `npm run -s eval [-- --classifier rules|llm] [--in FILE] [--profiles DIR]`: scores the labelled dev set.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateLeadInput } from '@leadops/domain';
import { exitCodeFor, runAsCommand, parseArgs, UsageError } from './args';
import { loadClassifier } from './classifiers';
import { formatEvalReport, formatGroupScores, scoreEval, scoreGroups, type EvalRow, type ExpectedLabels } from './eval-report';
import { profileDirectory } from './profiles';

// The repository root, from tools/cli/dist/eval.js.
const ROOT = resolve(__dirname, '../../..');
// The shared folder beside the checkout (../shared), or beside a worktrees folder (../../shared).
const SHARED = process.env.LEADOPS_SHARED_DIR ?? [resolve(ROOT, '../shared'), resolve(ROOT, '../../shared')].find((d) => existsSync(join(d, 'eval'))) ?? resolve(ROOT, '../shared');
const DEFAULT_IN = join(SHARED, 'eval/dev-leads.jsonl');
const DEFAULT_PROFILES = join(SHARED, 'profiles');

const USAGE = 'usage: npm run -s eval [-- --classifier rules|llm] [--in FILE.jsonl] [--profiles DIR] [--split tune|holdout]';
const OPTIONS = { classifier: 'value', in: 'value', profiles: 'value', split: 'value', help: 'flag' } as const;
// Line fields a set may carry beside the lead; each gets a row in the per-group table.
const GROUP_KEYS = ['profile', 'lang', 'split'] as const;

export async function main(argv: string[]): Promise<number> {
  const log = (message: string) => process.stderr.write(`eval: ${message}\n`);
  try {
    const args = parseArgs(argv, OPTIONS);
    if (args.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const file = typeof args.in === 'string' ? resolve(args.in) : DEFAULT_IN;
    const profiles = profileDirectory(typeof args.profiles === 'string' ? resolve(args.profiles) : DEFAULT_PROFILES);
    const classify = await loadClassifier(args.classifier, log);
    const kind = typeof args.classifier === 'string' ? args.classifier : 'rules';

    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
    }
    const rows: EvalRow[] = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].trim()) continue;
      const item = JSON.parse(lines[i]) as { id: string; profile: string; lang?: string; split?: string; lead: unknown; expected: ExpectedLabels };
      // A held-out part is scored on its own, so figures from leads looked at while tuning are never passed off as unseen.
      if (typeof args.split === 'string' && item.split !== args.split) continue;
      const seller = profiles(item.profile);
      const lead = validateLeadInput(item.lead);
      if (!seller.ok || !lead.ok) {
        log(`line ${i + 1} (${item.id}) skipped: ${seller.ok ? (lead.ok ? '' : lead.errors.map((e) => `${e.field} ${e.message}`).join('; ')) : seller.error.message}`);
        continue;
      }
      const groups: Record<string, string> = {};
      for (const key of GROUP_KEYS) if (typeof item[key] === 'string') groups[key] = item[key];
      rows.push({ id: item.id, expected: item.expected, result: await classify(lead.lead, seller.profile), groups });
    }
    const policy = rows[0]?.result.policyVersion ?? '?';
    const split = typeof args.split === 'string' ? ` (split ${args.split})` : '';
    process.stdout.write(formatEvalReport(scoreEval(rows), `LeadOps eval: classifier ${kind}, policy ${policy}, ${rows.length} leads from ${file}${split}`));
    process.stdout.write(formatGroupScores(scoreGroups(rows, GROUP_KEYS)));
    return 0;
  } catch (error) {
    return exitCodeFor(error, log, USAGE);
  }
}

runAsCommand(module, main);
