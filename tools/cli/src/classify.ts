// `npm run -s classify -- --profiles DIR --in LEADS.jsonl --out OUT.jsonl [--classifier rules|llm]`
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { finished } from 'node:stream/promises';
import { exitCodeFor, runAsCommand, parseArgs, positiveInteger, UsageError } from './args';
import { classifyWithRules, type ClassificationResult } from '@leadops/domain';
import { loadClassifier, type ClassifyFn } from './classifiers';
import { classifyStreamParallel } from './classify-parallel';
import { classifyStream, type ClassifyStats, type ErrorRecord } from './classify-stream';
import { ModelComparison } from './model-comparison';
import { profileDirectory } from './profiles';

const USAGE = `usage: npm run -s classify -- --profiles DIR --in LEADS.jsonl [--out OUT.jsonl] [--classifier rules|llm]
                                [--threads N] [--concurrency N] [--progress-every N]
  Each input line is {"id","profile","lead"}; "profile" names DIR/<profile>.json.
  Each output line is the classification plus "id", or {"id","line","error":{"field","message"}}.
  --in - reads stdin; without --out the results go to stdout. Progress goes to stderr.
  --threads N classifies with the rules on N worker threads (default: one per CPU, at most 8; 1 runs in this
  thread; at most 4 per CPU); the output is the same, line for line, in input order.
  With --classifier llm (LLM_BASE_URL, LLM_MODEL, LLM_API_KEY) stderr ends with the leads that fell back to the rules
  and those where the model's stage differs from the rules' (--list N of each, default 20).`;

const MAX_THREADS_PER_CPU = 4;
const OPTIONS = { profiles: 'value', in: 'value', out: 'value', classifier: 'value', concurrency: 'value', threads: 'value', 'progress-every': 'value', list: 'value', help: 'flag' } as const;

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const log = (message: string) => process.stderr.write(`classify: ${message}\n`);
  try {
    const args = parseArgs(argv, OPTIONS);
    if (args.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (typeof args.profiles !== 'string' || typeof args.in !== 'string') throw new UsageError('--profiles and --in are required');
    if (!existsSync(args.profiles) || !statSync(args.profiles).isDirectory()) throw new UsageError(`--profiles ${args.profiles} is not a directory`);
    if (args.in !== '-' && !existsSync(args.in)) throw new UsageError(`--in ${args.in} does not exist`);
    const progressEvery = positiveInteger(args['progress-every'], 'progress-every', 10_000);
    const classifier = await loadClassifier(args.classifier, log, env);
    const concurrency = positiveInteger(args.concurrency, 'concurrency', classifier.model?.maxConcurrency ?? (classifier.kind === 'llm' ? 8 : 1));
    const listed = positiveInteger(args.list, 'list', 20);
    // The rules are CPU work: spread over the cores. The model is I/O: --concurrency requests from one thread.
    const threads = classifier.kind === 'rules' ? positiveInteger(args.threads, 'threads', Math.min(availableParallelism(), 8)) : 1;
    // Each worker loads its own copy of the rules (~50 MB); far more workers than CPUs only add memory, and a typo
    // ("--threads 400") should not start hundreds of them.
    const maxThreads = MAX_THREADS_PER_CPU * availableParallelism();
    if (threads > maxThreads) throw new UsageError(`--threads must be at most ${maxThreads} (${MAX_THREADS_PER_CPU} per CPU here): more workers than CPUs only add memory`);
    if (classifier.kind !== 'rules' && args.threads !== undefined) throw new UsageError('--threads applies to the rules classifier; the model uses --concurrency');
    // With a model, each result is paired with the rules' answer for the same lead to report disagreements.
    const comparison = classifier.model ? new ModelComparison() : null;
    const rulesFor = new WeakMap<ClassificationResult, ClassificationResult>();
    const classify: ClassifyFn = comparison
      ? async (lead, profile) => {
        const result = await classifier.classify(lead, profile);
        rulesFor.set(result, classifyWithRules(lead, profile));
        return result;
      }
      : classifier.classify;

    const input = args.in === '-' ? process.stdin : createReadStream(args.in, { highWaterMark: 1 << 18 });
    const toFile = typeof args.out === 'string' && args.out !== '-';
    const output = toFile ? createWriteStream(args.out as string, { highWaterMark: 1 << 18 }) : process.stdout;
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    const counts = (s: ClassifyStats) => `${s.lines} lines (${s.classified} classified, ${s.errors} errors)`;
    const rate = (s: ClassifyStats) => `${Math.round(s.lines / seconds())} lines/s`;

    const onProgress = (s: ClassifyStats) => log(`${counts(s)}, ${rate(s)}, RSS ${mb(process.memoryUsage.rss())}`);
    const onError = (r: ErrorRecord) => log(`line ${r.line}${r.id === undefined ? '' : ` (id ${JSON.stringify(r.id)})`}: ${r.error.field} ${r.error.message}`);
    const stats =
      threads > 1
        ? await classifyStreamParallel({ input, output, profiles: args.profiles, threads, progressEvery, onProgress, onError })
        : await classifyStream({
          input,
          output,
          profile: profileDirectory(args.profiles),
          classify,
          concurrency,
          progressEvery,
          onProgress,
          onClassified: (id, line, result) => {
            const rules = rulesFor.get(result);
            if (comparison && rules) comparison.add(id === undefined ? `line ${line}` : String(id), rules, result);
          },
          onError,
        });
    if (toFile) {
      output.end();
      await finished(output);
    }
    const usage = process.resourceUsage();
    const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    if (comparison) process.stderr.write(comparison.format(listed).replace(/^(?=.)/gm, 'classify: '));
    log(`done: ${counts(stats)}${threads > 1 ? ` on ${threads} threads` : ''} in ${seconds().toFixed(2)} s (CPU ${cpu.toFixed(2)} s), ${rate(stats)}, peak RSS ${mb(usage.maxRSS * 1024)}`);
    return 0;
  } catch (error) {
    return exitCodeFor(error, log, USAGE);
  }
}

runAsCommand(module, main);
