// A tiny "--name value" parser: the CLI has a handful of options and no dependency for them.

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], known: Record<string, 'value' | 'flag'>): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') ? arg.slice(2, eq > 0 ? eq : undefined) : '';
    const kind = known[name];
    if (!kind) throw new UsageError(`unknown argument "${arg}"`);
    if (kind === 'flag') out[name] = true;
    else if (eq > 0) out[name] = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) out[name] = argv[++i];
    else throw new UsageError(`--${name} needs a value`);
  }
  return out;
}

export function positiveInteger(value: string | true | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} must be a positive integer`);
  return n;
}

/** The exit code for an error that ended a command: 2 with the usage for bad arguments, 1 otherwise. */
export function exitCodeFor(error: unknown, log: (message: string) => void, usage: string): number {
  if (error instanceof UsageError) {
    log(error.message);
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  log(`failed: ${(error as Error).stack ?? error}`);
  return 1;
}

/**
 * Runs a command's main when its file is the process's entry (`node tools/cli/dist/<command>.js …`; `npm run <command>`
 * builds first with `tsc -b tools/cli`, which rebuilds only what is stale), and exits with its code.
 */
export function runAsCommand(entry: NodeJS.Module, main: (argv: string[]) => Promise<number>): void {
  if (require.main !== entry) return;
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
