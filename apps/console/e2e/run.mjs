// The console's end-to-end run: given a running PostgreSQL and Temporal (DATABASE_URL, TEMPORAL_ADDRESS), it creates a
// throw-away database, starts the compiled worker and API on free ports (SLA_TIME_SCALE=600: a P1 breaches in 0.5 s),
// builds the console against that API and serves it with `vite preview`, runs the Playwright suites
// (apps/console/e2e/*.e2e.ts) with Jest, then stops everything it started and drops the database.
//   node apps/console/e2e/run.mjs [jest args...]
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';

const here = dirname(new URL(import.meta.url).pathname);
const root = join(here, '../../..');
const consoleDir = join(here, '..');
const logDir = join(here, 'logs');
const started = [];
let stopping = false;
let databaseName = null;
let sessionsDir = null;

function fail(message) {
  console.error(`[console-e2e] ${message}`);
  process.exit(1);
}

/** DATABASE_URL/TEMPORAL_ADDRESS from the environment, else the shared helper stack's env file when it exists. */
function stackSettings() {
  const shared = join(root, '.data/shared/env');
  const fromFile = {};
  if (existsSync(shared)) {
    for (const line of readFileSync(shared, 'utf8').split('\n')) {
      const m = /^([A-Z_]+)=(.*)$/.exec(line.trim());
      if (m) fromFile[m[1]] = m[2];
    }
  }
  const databaseUrl = process.env.DATABASE_URL ?? fromFile.DATABASE_URL;
  const temporalAddress = process.env.TEMPORAL_ADDRESS ?? fromFile.TEMPORAL_ADDRESS;
  if (!databaseUrl || !temporalAddress) fail('set DATABASE_URL and TEMPORAL_ADDRESS to a running PostgreSQL and Temporal (npm test does)');
  return { databaseUrl, temporalAddress };
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitFor(url, what, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    for (const p of started) if (p.child.exitCode !== null) fail(`${p.name} exited (${p.child.exitCode}); see ${p.log}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  fail(`${what} did not answer at ${url} within ${timeoutMs / 1000} s`);
}

function start(name, command, args, env, cwd = root) {
  const log = join(logDir, `${name}.log`);
  const out = createWriteStream(log);
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  started.push({ name, child, log });
  // A service that dies mid-run (or is killed from outside) explains every later failure: say so loudly.
  child.on('exit', (code, signal) => {
    if (!stopping) console.error(`[console-e2e] ${name} exited during the run (${signal ?? `code ${code}`}); see ${log}`);
  });
  return child;
}

function run(name, command, args, env, cwd = root) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  if (result.status !== 0) fail(`${name} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

async function adminQuery(databaseUrl, sql) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function stopAll(databaseUrl) {
  stopping = true;
  for (const p of started.reverse()) {
    if (p.child.exitCode === null) {
      p.child.kill('SIGTERM');
      await new Promise((r) => {
        const timer = setTimeout(() => { p.child.kill('SIGKILL'); r(); }, 5000);
        p.child.once('exit', () => { clearTimeout(timer); r(); });
      });
    }
  }
  if (sessionsDir) rmSync(sessionsDir, { recursive: true, force: true });
  if (databaseName && !process.env.E2E_KEEP_DATABASE) {
    await adminQuery(databaseUrl, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`).catch((e) => console.error(`[console-e2e] drop database: ${e.message}`));
  }
}

async function main() {
  const { databaseUrl, temporalAddress } = stackSettings();
  for (const built of ['apps/api/dist/main.js', 'apps/api/dist/cli/setup.js', 'apps/worker/dist/main.js']) {
    if (!existsSync(join(root, built))) fail(`${built} is missing: build first (npx nx run-many -t build)`);
  }
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });
  mkdirSync(join(here, 'screenshots'), { recursive: true });

  const [apiPort, consolePort] = [await freePort(), await freePort()];
  sessionsDir = join(tmpdir(), `leadops-console-e2e-${apiPort}`); // saved logins of the suites (see support.ts)
  databaseName = `console_e2e_${process.pid}`;
  const dbUrl = new URL(databaseUrl);
  dbUrl.pathname = `/${databaseName}`;
  const consoleUrl = `http://127.0.0.1:${consolePort}`;
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const env = {
    ...process.env,
    DATABASE_URL: dbUrl.toString(),
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_TASK_QUEUE: `console-e2e-${process.pid}`,
    API_PORT: String(apiPort),
    API_PUBLIC_URL: apiUrl,
    CORS_ORIGINS: `${consoleUrl},http://localhost:${consolePort}`,
    CONSOLE_URL: consoleUrl,
    SLA_TIME_SCALE: '600',
    // The specs count and find the leads they create; 3,000 leads of generated history would bury them.
    LEADOPS_DEMO_HISTORY: 'false',
  };
  // Rules classifier and no outgoing mail: the run needs nothing but PostgreSQL and Temporal.
  delete env.LLM_BASE_URL;
  delete env.SMTP_HOST;

  console.log(`[console-e2e] database ${databaseName}, API ${apiUrl}, console ${consoleUrl}`);
  await adminQuery(databaseUrl, `CREATE DATABASE ${databaseName}`);
  run('setup --demo', process.execPath, ['apps/api/dist/cli/setup.js', '--demo'], env);
  start('worker', process.execPath, ['apps/worker/dist/main.js'], env);
  start('api', process.execPath, ['apps/api/dist/main.js'], env);

  // The console is built against this run's API (VITE_API_URL is fixed at build time) and served as production code.
  const outDir = join(here, 'dist');
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  run('vite build', process.execPath, [vite, 'build', '--outDir', outDir, '--logLevel', 'warn'], { ...process.env, VITE_API_URL: apiUrl }, consoleDir);
  start('console', process.execPath, [vite, 'preview', '--outDir', outDir, '--port', String(consolePort), '--strictPort', '--host', '127.0.0.1'], process.env, consoleDir);

  await waitFor(`${apiUrl}/health/live`, 'the API');
  await waitFor(consoleUrl, 'the console');

  const jest = spawnSync(process.execPath, [join(root, 'node_modules/jest/bin/jest.js'), '-c', join(here, 'jest.config.js'), '--runInBand', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    // E2E_DATABASE_URL: the last suite seeds the demo's closed-lead history into this run's database to train a score.
    env: { ...process.env, E2E_CONSOLE_URL: consoleUrl, E2E_API_URL: apiUrl, E2E_DATABASE_URL: dbUrl.toString(), E2E_SCREENSHOTS: join(here, 'screenshots') },
  });
  return jest.status ?? 1;
}

const { databaseUrl } = stackSettings();
let code = 1;
const interrupted = async () => {
  await stopAll(databaseUrl);
  process.exit(130);
};
process.on('SIGINT', interrupted);
process.on('SIGTERM', interrupted);
try {
  code = await main();
} catch (error) {
  console.error('[console-e2e]', error);
} finally {
  await stopAll(databaseUrl);
}
if (code !== 0) console.error(`[console-e2e] failed; service logs in ${logDir}`);
process.exit(code);
