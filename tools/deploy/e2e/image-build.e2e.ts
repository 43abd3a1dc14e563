// The image, proven without a Docker engine: the `build` and `prune` stages' RUN commands of infra/Dockerfile run, in
// order, in a clean copy of the repository (what `git ls-files` has: no node_modules, no dist), then the API, the worker
// and the setup command that copy produced start against the test stack with no development dependency left, and a lead
// created through that API is classified and assigned by that worker.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { seedDemoData } from '@leadops/persistence';
import { createTestDatabase, freePorts, waitUntil, type TestDatabase } from '@leadops/testing';
import { parseDockerfile, stageChain } from '../dockerfile';

const ROOT = join(__dirname, '..', '..', '..');
const DOCKERFILE = join(ROOT, 'infra', 'Dockerfile');

/** .dockerignore's patterns (the subset it uses: `*`, `**`/ prefixes, directories) as one test on a relative path. */
function dockerIgnored(): (path: string) => boolean {
  const patterns = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const toRegex = (pattern: string) => pattern.split('**/').map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('(?:.*/)?');
  const regexes = patterns.map((p) => new RegExp(`^${toRegex(p)}(?:/.*)?$`));
  return (path) => regexes.some((r) => r.test(path));
}

/** What `docker build` would get as its context: the repository's files (no node_modules, no dist) minus .dockerignore. */
function cleanCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'leadops-image-'));
  const ignored = dockerIgnored();
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && !ignored(f) && existsSync(join(ROOT, f)));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(dir, file));
  }
  return dir;
}

interface Started { child: ChildProcess; output(): string; exited: Promise<number | null> }
function start(cwd: string, args: string[], env: NodeJS.ProcessEnv): Started {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  return { child, output: () => output, exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))) };
}

describe('infra/Dockerfile build steps (replayed without Docker)', () => {
  const stages = parseDockerfile(DOCKERFILE);
  const processes: Started[] = [];
  let app: string;
  let database: TestDatabase;
  let env: NodeJS.ProcessEnv;
  let dropRole = async () => undefined as void;

  beforeAll(async () => {
    app = cleanCopy();
    const chain = stageChain(stages, 'prune');
    // prefer-offline: npm takes packages from its cache when it has them (CI runs this on every push); the commands
    // themselves are the Dockerfile's, unchanged.
    const buildEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: undefined, npm_config_prefer_offline: 'true' };
    for (const stage of chain) Object.assign(buildEnv, stage.env);
    for (const stage of chain) {
      for (const command of stage.run) {
        const started = Date.now();
        try {
          execFileSync('sh', ['-c', command], { cwd: app, env: buildEnv, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
        } catch (error) {
          const e = error as { stdout?: Buffer; stderr?: Buffer };
          throw new Error(`stage ${stage.name}: \`${command}\` failed:\n${e.stdout?.toString().slice(-2000)}\n${e.stderr?.toString().slice(-4000)}`);
        }
        console.log(`[image] ${stage.name}: ${command.slice(0, 80)}… ${Date.now() - started} ms`);
      }
    }
    database = await createTestDatabase('leadops_image');
    // Production refuses the development database password: the image's processes log in as a role of their own.
    const role = `leadops_image_${randomBytes(4).toString('hex')}`;
    const password = randomBytes(18).toString('hex');
    await database.db.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
    await database.db.query(`GRANT ALL ON SCHEMA public TO ${role}`);
    await database.db.query(`GRANT ALL ON ALL TABLES IN SCHEMA public TO ${role}`);
    await database.db.query(`GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    dropRole = async () => { await database.db.query(`DROP OWNED BY ${role}`).catch(() => undefined); };
    const appUrl = new URL(database.url);
    appUrl.username = role;
    appUrl.password = password;
    const apiPort = await freePorts();
    env = {
      PATH: process.env['PATH'], HOME: app, NODE_ENV: 'production',
      DATABASE_URL: appUrl.toString(), TEMPORAL_ADDRESS: process.env['TEMPORAL_ADDRESS'] ?? '127.0.0.1:7233',
      TEMPORAL_TASK_QUEUE: `image-${randomBytes(4).toString('hex')}`, API_PORT: String(apiPort),
      JWT_SECRET: randomBytes(32).toString('hex'), TEMPORAL_PAYLOAD_KEYS: `image:${randomBytes(32).toString('base64')}`, METRICS_TOKEN: randomBytes(24).toString('hex'), WEBHOOK_SECRETS: `image-form=${randomBytes(16).toString('hex')}`,
      CONSOLE_URL: 'http://localhost:8080', LOG_LEVEL: 'warn',
    };
  }, 900_000);

  afterAll(async () => {
    for (const p of processes) p.child.kill('SIGKILL');
    await Promise.all(processes.map((p) => p.exited));
    await dropRole();
    await database?.drop();
    if (app) rmSync(app, { recursive: true, force: true });
  }, 60_000);

  it('has the stages CI replays, non-root and on Node 24', () => {
    expect(stages.map((s) => s.name)).toEqual(expect.arrayContaining(['build', 'prune', 'app', 'console-build', 'console']));
    const text = readFileSync(DOCKERFILE, 'utf8');
    expect(text).toMatch(/^ARG NODE_IMAGE=node:24\.\d+\.\d+-bookworm-slim$/m);
    expect(text).toMatch(/FROM \$\{NODE_IMAGE\} AS app[\s\S]*\nUSER node\n/);
    expect(text).not.toMatch(/:latest\b/);
  });

  it('leaves no development dependency in the pruned copy, and keeps the workflow bundle', () => {
    // (webpack stays: @temporalio/worker depends on it, although the prebuilt bundle means it never runs.)
    for (const devOnly of ['typescript', 'jest', 'nx', 'vite', 'ts-jest', 'eslint', '@nx/js', 'react-admin', 'playwright-core']) {
      expect({ devOnly, present: existsSync(join(app, 'node_modules', devOnly)) }).toEqual({ devOnly, present: false });
    }
    for (const needed of ['@temporalio/worker', '@nestjs/core', 'pg', 'typeorm']) expect(existsSync(join(app, 'node_modules', needed))).toBe(true);
    expect(existsSync(join(app, 'apps', 'worker', 'dist', 'workflow-bundle.js'))).toBe(true);
  });

  it('migrates with the setup command, then its API and worker triage a lead (no --demo in the image command)', async () => {
    const setup = start(app, ['apps/api/dist/cli/setup.js'], env);
    processes.push(setup);
    expect(await setup.exited).toBe(0);
    expect(setup.output()).toMatch(/\[setup\] (migrations applied|schema up to date)/);
    await seedDemoData(database.db); // the test's users (a real deployment creates its own)

    const api = start(app, ['apps/api/dist/main.js'], env);
    const worker = start(app, ['apps/worker/dist/main.js'], env);
    processes.push(api, worker);
    const base = `http://127.0.0.1:${env['API_PORT']}`;
    await waitUntil(async () => (await fetch(`${base}/health/ready`).catch(() => null))?.status === 200, 60_000, `API ready (output: ${api.output()})`);
    await waitUntil(async () => worker.output().includes('[worker] polling'), 60_000, `worker polling (output: ${worker.output()})`);

    const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data?: any; errors?: unknown[] };
    };
    const token = (await gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: 'ops@leadops.dev', p: 'leadops' })).data.login.token as string;
    const created = await gql('mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }', {
      input: {
        fullName: 'Ana Souza', email: 'ana@openenergy.com', jobPosition: 'CTO', companyName: 'Open Energy LLC', industry: 'Manufacturing',
        location: 'USA, Miami', description: 'Necesitamos urgentemente mejorar nuestro respaldo de datos',
      },
    }, token);
    expect(created.errors).toBeUndefined();
    const id = created.data.createLead.id as string;
    const lead = await waitUntil(async () => {
      const l = (await gql('query($id: ID!) { lead(id: $id) { stage priority owner { email } } }', { id }, token)).data?.lead;
      return l?.owner ? l : null;
    }, 60_000, `lead assigned by the image's worker (worker output: ${worker.output()}; API output: ${api.output()})`);
    expect(lead).toMatchObject({ stage: 'SQL', priority: 'P1', owner: { email: expect.stringMatching(/^rep[12]@leadops\.dev$/) } });
  }, 180_000);
});
