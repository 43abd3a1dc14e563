// The classify command on worker threads writes what it writes on one thread, byte for byte and in input order,
// errors included (the built command is run, as a user runs it: `npm test` builds first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'tools/cli/dist/classify.js');
const PROFILES = join(ROOT, 'eval/generalisation/profiles');

function run(args: string[], input: string) {
  const result = spawnSync(process.execPath, [CLI, '--profiles', PROFILES, '--in', '-', ...args], { input, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  const errors = result.stderr.split('\n').filter((l) => /^classify: line \d+/.test(l));
  return { status: result.status, stdout: result.stdout, errors, done: result.stderr.split('\n').find((l) => l.includes('done:')) ?? '' };
}

describe('classify --threads', () => {
  const leads = ['leads.jsonl', 'holdout2.jsonl', 'holdout5.jsonl'].flatMap((f) => readFileSync(join(ROOT, 'eval/generalisation', f), 'utf8').split('\n').filter(Boolean));
  // Enough lines for several batches per worker, with bad lines and blank lines among them.
  const lines: string[] = [];
  for (let i = 0; i < 1500; i++) {
    lines.push(leads[i % leads.length]);
    if (i % 401 === 7) lines.push('not json', '', '{"id":"x","profile":"nope","lead":{}}', '{"id":"y","profile":"limpiamx"}', '[1]');
  }
  const input = `${lines.join('\n')}\n`;

  it('writes the same bytes and reports the same bad lines on 1 and on 3 threads', () => {
    const one = run(['--threads', '1'], input);
    const three = run(['--threads', '3'], input);
    expect(one.status).toBe(0);
    expect(three.status).toBe(0);
    expect(three.stdout.length).toBeGreaterThan(1_000_000);
    expect(three.stdout === one.stdout).toBe(true);
    expect(three.errors).toEqual(one.errors);
    expect(three.errors.length).toBe(16);
    expect(three.done).toMatch(/1520 lines \(1500 classified, 16 errors\) on 3 threads/);
  });

  it('refuses --threads with the model, which uses --concurrency', () => {
    const result = run(['--threads', '2', '--classifier', 'llm'], input.slice(0, 2000));
    expect(result.status).not.toBe(0);
  });

  it('refuses a thread count that is not a positive integer, naming the option', () => {
    const result = spawnSync(process.execPath, [CLI, '--profiles', PROFILES, '--in', '-', '--threads', '0'], { input: '', encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/threads/);
  });

  it('refuses far more threads than CPUs (a typo must not start hundreds of workers), naming the limit', () => {
    const limit = 4 * availableParallelism();
    const result = spawnSync(process.execPath, [CLI, '--profiles', PROFILES, '--in', '-', '--threads', String(limit + 1)], { input: '', encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`--threads must be at most ${limit}`);
  });

  it('handles an input shorter than one batch, and an empty one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leadops-threads-'));
    try {
      writeFileSync(join(dir, 'in.jsonl'), `${leads[0]}\n`);
      const small = spawnSync(process.execPath, [CLI, '--profiles', PROFILES, '--in', join(dir, 'in.jsonl'), '--threads', '2'], { encoding: 'utf8' });
      expect(small.status).toBe(0);
      expect(small.stdout.trim().split('\n')).toHaveLength(1);
      expect(run(['--threads', '2'], '').stdout).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
