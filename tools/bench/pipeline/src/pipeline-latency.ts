// Time from createLead to stored priority + armed SLA at fixed arrival rates, rules-only and with an 800 ms LLM; the
// sustained throughput of the whole pipeline with 1, 2 and 4 worker processes; PostgreSQL transactions and CPU per
// lead by process; or a soak at one rate for many minutes. Worker and API run as their own processes, as in production,
// on whichever Temporal the stack runs (LEADOPS_TEMPORAL=dev: the CLI dev server; cluster: Temporal's own server).
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { createTestDatabase, startOpenAiTestServer, startSmtpSink, waitUntil, type SmtpSink, type TestDatabase } from '@leadops/testing';
import { seedDemoData } from '@leadops/persistence';
import { Client, Connection } from '@temporalio/client';
import { cpuPerLead, postmasterPid, rssBytes, sampleCpu, temporalPids, type CpuPerLead, type CpuSample, type StackProcesses } from './process-usage';
import { envIntegers, envNumber, medianOf, percentile, sleep } from './stats';

const ROOT = join(__dirname, '..', '..', '..', '..');
const MODE = process.env['LEADOPS_TEMPORAL'] ?? 'dev';
const DATA_DIR = process.env['LEADOPS_DATA_DIR'] ?? join(ROOT, '.data', 'bench');
const SECONDS_PER_RATE = envNumber('BENCH_SECONDS', 20, { min: 1 });
const REPEAT = envNumber('BENCH_REPEAT', 1, { min: 1, integer: true });
const WORKER_COUNTS = envIntegers('BENCH_WORKERS', process.env['BENCH_WORKERS'], [1, 2, 4]);
const SUSTAINED_LEADS = envNumber('BENCH_SUSTAINED_LEADS', 2000, { min: 1, integer: true });
const SOAK_MINUTES = envNumber('BENCH_SOAK_MINUTES', 0, { min: 0, integer: true });
const SOAK_RATE = envNumber('BENCH_SOAK_RATE', 20, { min: 1 });
const SOAK_WORKERS = envNumber('BENCH_SOAK_WORKERS', 1, { min: 1, integer: true });
const TEMPORAL_DATABASES = MODE === 'cluster' ? [process.env['TEMPORAL_DB'] ?? 'temporal', process.env['TEMPORAL_VISIBILITY_DB'] ?? 'temporal_visibility'] : [];
// SLAs last 100 times longer than configured (SLA_TIME_SCALE=0.01), so no bench lead breaches during a run: a breach
// starts the escalation chain, whose e-mails and writes are not the arrival being measured. BENCH_SLA_TIME_SCALE=1 keeps them.
const SLA_TIME_SCALE = String(envNumber('BENCH_SLA_TIME_SCALE', 0.01, { min: 0.0001 }));
/** PostgreSQL backends send their statistics at most 10 s after they go idle: transaction counts are read after this. */
const STATS_SETTLE_MS = 10_500;
const CLIENTS = 32;

interface Variant {
  name: string;
  env: Record<string, string>;
}

/** What one fixed-rate phase measured (milliseconds unless named otherwise). */
export interface RatePhase {
  leads: number;
  byModel: number;
  priority: { p50: number; p95: number; p99: number };
  armed: { p50: number; p95: number; p99: number };
  appTxPerLead: number;
  temporalTxPerLead: number;
  temporalTxPerLeadNet: number;
  cpuPerLead: CpuPerLead;
  slaBreaches: number;
  createErrors: number;
}

export interface SustainedRun {
  workers: number;
  leads: number;
  createErrors: number;
  submittedPerSec: number;
  endToEndPerSec: number;
  lost: number;
  appTxPerLead: number;
  temporalTxPerLead: number;
  temporalTxPerLeadNet: number;
  cpuPerLead: CpuPerLead;
}

export interface BenchResults {
  mode: string;
  cores: number;
  secondsPerRate: number;
  repeat: number;
  variants: Record<string, Record<string, RatePhase>>;
  sustained: Record<string, SustainedRun>;
  soak?: SoakResult;
}

export interface SoakResult {
  minutes: number;
  rate: number;
  workers: number;
  perMinute: Array<{ minute: number; leads: number; p50: number; p95: number; p99: number; armedP95: number; apiRssMb: number; workersRssMb: number }>;
  rssMb: { apiStart: number; apiEnd: number; workersStart: number; workersEnd: number };
  lost: number;
  createErrors: number;
  outboxPending: number;
  appTxPerLead: number;
  temporalTxPerLead: number;
  cpuPerLead: CpuPerLead;
}

const children = new Set<ChildProcess>();

function startProcess(script: string, env: NodeJS.ProcessEnv, nodeArgs: string[] = []): ChildProcess {
  const child = spawn(process.execPath, [...nodeArgs, join(ROOT, script)], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** SIGTERM, and SIGKILL what is still there after `graceMs` (a worker drains its tasks first). */
async function stopProcesses(processes: ChildProcess[], graceMs = 10_000): Promise<void> {
  await Promise.all(processes.map(async (child) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    if (!(await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]))) child.kill('SIGKILL');
  }));
}

// The API and workers never outlive the bench, however it ends.
process.once('exit', () => children.forEach((child) => child.kill('SIGKILL')));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

async function graphql(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const CREATE = 'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }';
let serial = 0;
const lead = () => {
  const n = ++serial;
  return {
    fullName: `Bench Lead ${n}`, email: `cto${n}@empresa${n}.com.mx`, jobPosition: 'CTO', companyName: `Empresa ${n}`, industry: 'Manufactura',
    location: 'Monterrey, México', companySize: 500, description: 'Se cayó el servidor de producción: necesitamos respaldo de datos urgente.',
  };
};

/** A port in the bench's own range (3900-3990) that nothing listens on. */
async function freeApiPort(): Promise<number> {
  const isFree = (port: number) => new Promise<boolean>((resolve) => {
    const server = createServer().once('error', () => resolve(false)).listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
  for (let i = 0; i < 200; i++) {
    const port = 3900 + Math.floor(Math.random() * 91);
    if (await isFree(port)) return port;
  }
  throw new Error('no free port between 3900 and 3990 for the API');
}

/** A running API with its workers on a fresh database, and what the bench needs to watch them. */
class Pipeline {
  /** Statements the bench itself ran on the app database: taken out of the transactions per lead. */
  benchQueries = 0;
  workers: ChildProcess[] = [];
  idleTxPerSec = { app: 0, temporal: 0 };
  private lastCommits: Commits | null = null;

  private constructor(
    readonly database: TestDatabase,
    readonly admin: PgClient,
    readonly smtp: SmtpSink,
    readonly env: NodeJS.ProcessEnv,
    readonly api: ChildProcess,
    readonly url: string,
    public token = '',
  ) {}

  static async start(variant: Variant, workers: number): Promise<Pipeline> {
    const database = await createTestDatabase('leadops_bench');
    await seedDemoData(database.db);
    await database.db.query('UPDATE users SET capacity = 1000000'); // the bench measures the pipeline, not rep capacity
    const admin = new PgClient({ connectionString: process.env['DATABASE_URL'], application_name: 'leadops-bench-stats' });
    await admin.connect();
    const smtp = await startSmtpSink();
    const port = await freeApiPort();
    const env: NodeJS.ProcessEnv = {
      ...process.env, DATABASE_URL: database.url, TEMPORAL_TASK_QUEUE: `bench-${randomBytes(3).toString('hex')}`, API_PORT: String(port),
      SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), LOG_LEVEL: process.env['BENCH_LOG_LEVEL'] ?? 'warn', SLA_TIME_SCALE,
      // One bench user stands in for every web form and integration posting leads; the per-user allowance (600/min)
      // would cap arrivals at 10/s and measure the limiter, not the pipeline.
      API_USER_RATE_LIMIT: '1000000', ...variant.env,
    };
    const api = startProcess('apps/api/dist/main.js', env);
    const pipeline = new Pipeline(database, admin, smtp, env, api, `http://127.0.0.1:${port}`);
    for (let i = 0; i < workers; i++) pipeline.addWorker();
    await waitUntil(async () => (await fetch(`${pipeline.url}/health/ready`).catch(() => null))?.ok, 60_000, 'API ready');
    pipeline.token = (await graphql(pipeline.url, 'mutation { login(email: "ops@leadops.dev", password: "leadops") { token } }', {})).login.token;
    return pipeline;
  }

  addWorker(): void {
    // BENCH_WORKER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the workers.
    this.workers.push(startProcess('apps/worker/dist/main.js', this.env, (process.env['BENCH_WORKER_NODE_ARGS'] ?? '').split(' ').filter(Boolean)));
  }

  query(sql: string, params: unknown[] = []): Promise<any[]> {
    this.benchQueries++;
    return this.database.db.query(sql, params);
  }

  processes(): StackProcesses {
    return {
      api: [this.api.pid!], workers: this.workers.map((w) => w.pid!), temporal: temporalPids(DATA_DIR, MODE),
      postmaster: postmasterPid(DATA_DIR), appDatabase: new URL(this.database.url).pathname.slice(1), temporalDatabases: TEMPORAL_DATABASES,
    };
  }

  cpu(): CpuSample {
    return sampleCpu(this.processes());
  }

  rssMb(): { api: number; workers: number } {
    return { api: rssBytes(this.api.pid!) / 2 ** 20, workers: this.workers.reduce((s, w) => s + rssBytes(w.pid!), 0) / 2 ** 20 };
  }

  async commitsNow(): Promise<Commits> {
    const { rows } = await this.admin.query('SELECT datname, xact_commit FROM pg_stat_database WHERE datname = ANY($1)', [
      [this.processes().appDatabase, ...TEMPORAL_DATABASES],
    ]);
    const of = (names: string[]) => rows.filter((r) => names.includes(r.datname)).reduce((s, r) => s + Number(r.xact_commit), 0);
    return { app: of([this.processes().appDatabase]), temporal: of(TEMPORAL_DATABASES), at: Date.now(), benchQueries: this.benchQueries };
  }

  /** Transaction counters once every backend has reported what it did; the previous reading is where the next phase starts. */
  async settledCommits(): Promise<Commits> {
    await sleep(STATS_SETTLE_MS);
    this.lastCommits = await this.commitsNow();
    return this.lastCommits;
  }

  /** Warm-up, then the idle stack's own transactions a second (relay polling, Temporal's housekeeping). */
  async warmUp(leads: number): Promise<void> {
    await submitConcurrently(this, leads, 8);
    const first = await this.settledCommits();
    await sleep(5000);
    const second = await this.commitsNow();
    const seconds = (second.at - first.at) / 1000;
    this.idleTxPerSec = { app: (second.app - first.app - (second.benchQueries - first.benchQueries)) / seconds, temporal: (second.temporal - first.temporal) / seconds };
    this.lastCommits = second;
  }

  /** Per lead between the last settled reading and now (settling first): app, Temporal and Temporal net of its idle rate. */
  async transactionsPerLead(leads: number): Promise<{ app: number; temporal: number; temporalNet: number }> {
    const before = this.lastCommits ?? (await this.commitsNow());
    const after = await this.settledCommits();
    const temporal = after.temporal - before.temporal;
    return {
      app: (after.app - before.app - (after.benchQueries - before.benchQueries)) / leads,
      temporal: temporal / leads,
      temporalNet: (temporal - this.idleTxPerSec.temporal * ((after.at - before.at) / 1000)) / leads,
    };
  }

  async waitArmed(ids: string[], timeoutMs: number, what: string): Promise<void> {
    await waitUntil(async () => {
      await sleep(100);
      const [{ n }] = await this.query('SELECT count(*)::int AS n FROM leads WHERE id = ANY($1) AND sla_due_at IS NOT NULL', [ids]);
      return n === ids.length;
    }, timeoutMs, what);
  }

  async close(): Promise<void> {
    await stopProcesses([...this.workers, this.api]);
    await this.smtp.close();
    await this.admin.end().catch(() => undefined);
    await this.database.drop();
  }
}

interface Commits {
  app: number;
  temporal: number;
  at: number;
  benchQueries: number;
}

/** createLead answers that were errors (the API answers 503 when it cannot get a database connection in time). */
let createErrors = 0;

async function createLead(p: Pipeline, ids: string[]): Promise<void> {
  try {
    ids.push((await graphql(p.url, CREATE, { input: lead() }, p.token)).createLead.id);
  } catch (error) {
    if (createErrors++ === 0) console.error(`  createLead refused (later ones are only counted): ${(error as Error).message}`);
  }
}

async function submitConcurrently(p: Pipeline, total: number, clients: number): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: clients }, async () => {
    while (next < total) {
      next++;
      await createLead(p, ids);
    }
  }));
  return ids;
}

async function latencies(p: Pipeline, ids: string[]): Promise<{ priority: number[]; armed: number[] }> {
  const rows = await p.query(
    `SELECT extract(epoch FROM (l.assigned_at - l.created_at)) * 1000 AS armed_ms,
            extract(epoch FROM (c.created_at - l.created_at)) * 1000 AS classified_ms
       FROM leads l JOIN classifications c ON c.lead_id = l.id WHERE l.id = ANY($1)`,
    [ids],
  );
  return {
    priority: rows.map((r: any) => Number(r.classified_ms)).sort((a: number, b: number) => a - b),
    armed: rows.map((r: any) => Number(r.armed_ms)).sort((a: number, b: number) => a - b),
  };
}

const pct = (sorted: number[]) => ({ p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) });
const ms = (v: number) => `${v.toFixed(0)} ms`;

async function ratePhase(p: Pipeline, rate: number, name: string): Promise<{ phase: RatePhase; ids: string[] }> {
  const ids: string[] = [];
  const errorsBefore = createErrors;
  const cpuBefore = p.cpu();
  const started = Date.now();
  const total = Math.round(rate * SECONDS_PER_RATE);
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const wait = started + (i * 1000) / rate - Date.now();
    if (wait > 0) await sleep(wait);
    inflight.push(createLead(p, ids));
  }
  await Promise.all(inflight);
  await p.waitArmed(ids, 120_000, 'all leads armed');
  await sleep(500); // the owner's e-mail goes out just after the SLA is armed
  const cpu = cpuPerLead(cpuBefore, p.cpu(), ids.length);
  const { priority, armed } = await latencies(p, ids);
  const [{ byModel }] = await p.query(`SELECT count(*)::int AS "byModel" FROM classifications WHERE lead_id = ANY($1) AND classifier = 'llm'`, [ids]);
  const [{ breaches }] = await p.query(`SELECT count(*)::int AS breaches FROM lead_events WHERE type = 'SLA_BREACHED' AND at >= to_timestamp($1 / 1000.0)`, [started]);
  const tx = await p.transactionsPerLead(ids.length);
  const phase: RatePhase = {
    leads: ids.length, byModel, priority: pct(priority), armed: pct(armed),
    appTxPerLead: tx.app, temporalTxPerLead: tx.temporal, temporalTxPerLeadNet: tx.temporalNet, cpuPerLead: cpu, slaBreaches: breaches,
    createErrors: createErrors - errorsBefore,
  };
  console.log(
    `${name.padEnd(22)} ${String(rate).padStart(3)} leads/s x ${SECONDS_PER_RATE}s n=${ids.length} (${byModel} by the model` +
      `${phase.createErrors ? `, ${phase.createErrors} createLead errors` : ''})  ` +
      `time to priority p50 ${ms(phase.priority.p50)} p95 ${ms(phase.priority.p95)} p99 ${ms(phase.priority.p99)} | ` +
      `SLA armed p50 ${ms(phase.armed.p50)} p95 ${ms(phase.armed.p95)} p99 ${ms(phase.armed.p99)}`,
  );
  console.log(`  ${describeTx(phase)}; ${describeCpu(cpu)}${machineLoad()}` + (breaches ? `; ${breaches} SLA breaches of earlier leads fell in this phase` : ''));
  return { phase, ids };
}

/** The machine's 1-minute load average: above the core count, other programs competed with the stack for the CPU. */
const machineLoad = () => `; machine load ${loadavg()[0]!.toFixed(1)}`;

function describeTx(r: { appTxPerLead: number; temporalTxPerLead: number; temporalTxPerLeadNet: number }): string {
  const temporal = MODE === 'cluster' ? `, Temporal's databases ${r.temporalTxPerLead.toFixed(1)} (${r.temporalTxPerLeadNet.toFixed(1)} net of its idle rate)` : '';
  return `PostgreSQL transactions per lead: app ${r.appTxPerLead.toFixed(1)}${temporal}`;
}

function describeCpu(c: CpuPerLead): string {
  const temporal = Object.keys(c.temporalByService).length > 1
    ? ` (${Object.entries(c.temporalByService).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')})` : '';
  const pgTemporal = MODE === 'cluster' ? ` + ${c.postgresTemporal.toFixed(1)} for Temporal` : '';
  return (
    `CPU ms per lead: API ${c.api.toFixed(1)}, workers ${c.workers.toFixed(1)}, Temporal ${c.temporal.toFixed(1)}${temporal}, ` +
    `PostgreSQL ${c.postgresApp.toFixed(1)} app${pgTemporal} + ${c.postgresOther.toFixed(1)} other = ${c.total.toFixed(1)} ` +
    `(${c.coresBusy.toFixed(2)} cores busy; bench client ${c.bench.toFixed(1)})`
  );
}

/** What one more host gives, from CPU per lead: the app side (API, workers) on one, Temporal and PostgreSQL on the other. */
function describeHosts(c: CpuPerLead, cores: number): string {
  const capacity = (msPerLead: number) => (cores * 1000) / msPerLead;
  const app = c.api + c.workers;
  const data = c.temporal + c.postgresApp + c.postgresTemporal + c.postgresOther;
  return (
    `  CPU bound of a ${cores}-core host: all on one ${capacity(c.total).toFixed(0)} leads/s; API + workers on one host and ` +
    `Temporal + PostgreSQL on a second: ${Math.min(capacity(app), capacity(data)).toFixed(0)} leads/s ` +
    `(app host ${capacity(app).toFixed(0)}, data host ${capacity(data).toFixed(0)}; the load generator not counted)`
  );
}

/** Splits each lead's latency by its workflow history: API start call, wait for a worker, the worker's triage task. */
async function workflowBreakdown(db: { query(sql: string, p: unknown[]): Promise<any[]> }, ids: string[]): Promise<string> {
  const connection = await Connection.connect({ address: process.env['TEMPORAL_ADDRESS'] ?? '127.0.0.1:7233' });
  try {
    const client = new Client({ connection, namespace: process.env['TEMPORAL_NAMESPACE'] ?? 'default' });
    const created = new Map<string, number>(
      (await db.query('SELECT id, workflow_id, extract(epoch FROM created_at) * 1000 AS t FROM leads WHERE id = ANY($1)', [ids])).map((r) => [r.workflow_id, Number(r.t)]),
    );
    const marks: Record<string, number[]> = { 'workflow started': [], 'task picked up': [], 'task done': [] };
    const at = (e: any) => Number(e.eventTime.seconds) * 1000 + Math.floor(Number(e.eventTime.nanos) / 1e6);
    for (const [workflowId, t0] of created) {
      const events = (await client.workflow.getHandle(workflowId).fetchHistory()).events ?? [];
      const started = events.find((e) => e.workflowExecutionStartedEventAttributes);
      const picked = events.find((e) => e.workflowTaskStartedEventAttributes);
      const done = events.find((e) => e.workflowTaskCompletedEventAttributes);
      if (!started || !picked || !done) continue;
      marks['workflow started']!.push(at(started) - t0);
      marks['task picked up']!.push(at(picked) - t0);
      marks['task done']!.push(at(done) - t0);
    }
    return Object.entries(marks)
      .map(([name, values]) => {
        const sorted = values.sort((a, b) => a - b);
        return `${name} ${percentile(sorted, 50).toFixed(0)} / ${percentile(sorted, 95).toFixed(0)}`;
      })
      .join(', ');
  } finally {
    await connection.close();
  }
}

async function measureRates(variant: Variant, rates: number[]): Promise<Record<string, RatePhase>> {
  const p = await Pipeline.start(variant, 1);
  const runs: Record<string, RatePhase[]> = {};
  const sampled: Array<{ rate: number; ids: string[] }> = [];
  try {
    await p.warmUp(20);
    for (let r = 0; r < REPEAT; r++) {
      for (const rate of rates) {
        const { phase, ids } = await ratePhase(p, rate, variant.name + (REPEAT > 1 ? ` #${r + 1}` : ''));
        (runs[rate] ??= []).push(phase);
        if (r === 0) sampled.push({ rate, ids: ids.slice(0, 200) });
      }
    }
    // Reading histories loads Temporal's database, so it waits until every count has been taken.
    for (const { rate, ids } of sampled) {
      console.log(`  ${rate} leads/s: where the time goes (p50 / p95 ms from createLead's insert, ${ids.length} leads): ${await workflowBreakdown(p.database.db, ids)}`);
    }
  } finally {
    await p.close();
  }
  return Object.fromEntries(Object.entries(runs).map(([rate, phases]) => [rate, medianOf(phases)]));
}

/** Submits a batch as fast as CLIENTS concurrent callers can, until every lead is classified, assigned and armed. */
async function sustained(workers: number): Promise<SustainedRun> {
  const p = await Pipeline.start({ name: 'rules-only', env: {} }, workers);
  const runs: SustainedRun[] = [];
  try {
    await p.warmUp(50);
    for (let r = 0; r < REPEAT; r++) {
      const cpuBefore = p.cpu();
      const errorsBefore = createErrors;
      const started = Date.now();
      const ids = await submitConcurrently(p, SUSTAINED_LEADS, CLIENTS);
      const submitted = Date.now();
      await p.waitArmed(ids, 600_000, 'throughput leads armed');
      const done = Date.now();
      await sleep(500);
      const cpu = cpuPerLead(cpuBefore, p.cpu(), ids.length);
      const [{ lost }] = await p.query('SELECT count(*)::int AS lost FROM leads WHERE id = ANY($1) AND (owner_id IS NULL OR stage IS NULL)', [ids]);
      const tx = await p.transactionsPerLead(ids.length);
      const run: SustainedRun = {
        workers, leads: ids.length, createErrors: createErrors - errorsBefore, submittedPerSec: ids.length / ((submitted - started) / 1000), endToEndPerSec: ids.length / ((done - started) / 1000),
        lost, appTxPerLead: tx.app, temporalTxPerLead: tx.temporal, temporalTxPerLeadNet: tx.temporalNet, cpuPerLead: cpu,
      };
      runs.push(run);
      console.log(
        `sustained, ${workers} worker process${workers > 1 ? 'es' : ''}${REPEAT > 1 ? ` #${r + 1}` : ''}: ${ids.length} leads submitted in ` +
          `${((submitted - started) / 1000).toFixed(1)} s (${run.submittedPerSec.toFixed(0)}/s), all classified+assigned+armed after ` +
          `${((done - started) / 1000).toFixed(1)} s => ${run.endToEndPerSec.toFixed(0)} leads/s end to end, lost ${lost}` +
          (run.createErrors ? `, ${run.createErrors} createLead errors` : ''),
      );
      console.log(`  ${describeTx(run)}; ${describeCpu(cpu)}${machineLoad()}`);
      console.log(describeHosts(cpu, cpus().length));
    }
  } finally {
    await p.close();
  }
  return medianOf(runs);
}

/** One rate for many minutes: p95 per minute, memory of API and workers at start and end, and no lead lost. */
async function soak(): Promise<SoakResult> {
  const p = await Pipeline.start({ name: 'rules-only', env: {} }, SOAK_WORKERS);
  try {
    console.log(`soak: ${SOAK_RATE} leads/s for ${SOAK_MINUTES} min, rules-only, ${SOAK_WORKERS} worker process${SOAK_WORKERS > 1 ? 'es' : ''}`);
    await p.warmUp(Math.round(SOAK_RATE * 10));
    const rssStart = p.rssMb();
    const cpuBefore = p.cpu();
    const minutes: string[][] = [];
    const perMinute: SoakResult['perMinute'] = [];
    const errorsBefore = createErrors;
    const started = Date.now();
    const total = Math.round(SOAK_RATE * SOAK_MINUTES * 60);
    const inflight = new Set<Promise<void>>();
    const reportMinute = async (m: number) => {
      const ids = minutes[m] ?? [];
      await p.waitArmed(ids, 60_000, `leads of minute ${m + 1} armed`).catch(() => undefined);
      const { priority, armed } = await latencies(p, ids);
      const rss = p.rssMb();
      const row = { minute: m + 1, leads: ids.length, ...pct(priority), armedP95: percentile(armed, 95), apiRssMb: rss.api, workersRssMb: rss.workers };
      perMinute.push(row);
      console.log(
        `  minute ${String(row.minute).padStart(2)}: ${row.leads} leads, time to priority p50 ${ms(row.p50)} p95 ${ms(row.p95)} p99 ${ms(row.p99)}, ` +
          `SLA armed p95 ${ms(row.armedP95)}; RSS API ${rss.api.toFixed(0)} MB, workers ${rss.workers.toFixed(0)} MB${machineLoad()}`,
      );
    };
    let reported = Promise.resolve();
    let nextReport = 0;
    for (let i = 0; i < total; i++) {
      const due = started + (i * 1000) / SOAK_RATE;
      const wait = due - Date.now();
      if (wait > 0) await sleep(wait);
      const minute = Math.floor((due - started) / 60_000);
      // A minute is reported 5 s after it ends, once its last answers are in.
      while (due - started >= (nextReport + 1) * 60_000 + 5000) {
        const m = nextReport++;
        reported = reported.then(() => reportMinute(m));
      }
      const bucket = (minutes[minute] ??= []);
      const call: Promise<void> = createLead(p, bucket).finally(() => inflight.delete(call));
      inflight.add(call);
    }
    await Promise.all(inflight);
    await reported;
    while (nextReport < minutes.length) await reportMinute(nextReport++);
    const rssEnd = p.rssMb();
    const cpu = cpuPerLead(cpuBefore, p.cpu(), minutes.flat().length);
    const ids = minutes.flat();
    await p.waitArmed(ids, 120_000, 'every soak lead armed').catch(() => undefined);
    const [{ lost }] = await p.query(
      'SELECT $2::int - count(*)::int AS lost FROM leads WHERE id = ANY($1) AND owner_id IS NOT NULL AND stage IS NOT NULL AND sla_due_at IS NOT NULL',
      [ids, ids.length],
    );
    const [{ pending }] = await p.query('SELECT count(*)::int AS pending FROM outbox WHERE dispatched_at IS NULL');
    const tx = await p.transactionsPerLead(ids.length);
    const growth = (a: number, b: number) => `${(((b - a) / a) * 100).toFixed(1)} %`;
    console.log(
      `soak done: ${ids.length} leads in ${((Date.now() - started) / 60_000).toFixed(1)} min, lost ${lost}, createLead errors ${createErrors - errorsBefore}, ` +
        `outbox rows still pending ${pending}`,
    );
    // The worker's workflow cache fills during the first minute (every lead stays open, waiting on its SLA): growth
    // from then on is what a leak would look like.
    const warm = perMinute[0];
    console.log(
      `  RSS API ${rssStart.api.toFixed(0)} -> ${rssEnd.api.toFixed(0)} MB (${growth(rssStart.api, rssEnd.api)}), ` +
        `workers ${rssStart.workers.toFixed(0)} -> ${rssEnd.workers.toFixed(0)} MB (${growth(rssStart.workers, rssEnd.workers)})` +
        (warm && perMinute.length > 1
          ? `; since the end of minute 1: API ${growth(warm.apiRssMb, rssEnd.api)}, workers ${growth(warm.workersRssMb, rssEnd.workers)}`
          : ''),
    );
    console.log(`  ${describeTx({ appTxPerLead: tx.app, temporalTxPerLead: tx.temporal, temporalTxPerLeadNet: tx.temporalNet })}; ${describeCpu(cpu)}`);
    return {
      minutes: SOAK_MINUTES, rate: SOAK_RATE, workers: SOAK_WORKERS, perMinute,
      rssMb: { apiStart: rssStart.api, apiEnd: rssEnd.api, workersStart: rssStart.workers, workersEnd: rssEnd.workers },
      lost, createErrors: createErrors - errorsBefore, outboxPending: pending, appTxPerLead: tx.app, temporalTxPerLead: tx.temporal, cpuPerLead: cpu,
    };
  } finally {
    await p.close();
  }
}

async function main() {
  const rates = envIntegers('rates (first argument)', process.argv[2], [10, 25, 50]);
  const results: BenchResults = { mode: MODE, cores: cpus().length, secondsPerRate: SECONDS_PER_RATE, repeat: REPEAT, variants: {}, sustained: {} };
  const temporalName = MODE === 'cluster' ? "Temporal's own server on PostgreSQL (4 services)" : 'the Temporal CLI dev server (SQLite)';
  console.log(`pipeline bench on ${cpus().length} cores with ${temporalName}; PostgreSQL fsync on`);
  const save = () => {
    if (process.env['BENCH_RESULTS']) writeFileSync(process.env['BENCH_RESULTS'], JSON.stringify(results, null, 2));
  };
  if (SOAK_MINUTES > 0) {
    results.soak = await soak();
    save();
    return;
  }
  console.log(`${SECONDS_PER_RATE} s per rate${REPEAT > 1 ? `, medians of ${REPEAT} runs` : ''}`);
  // rules | llm: one variant when iterating on one of them; sustained: the throughput runs alone.
  const only = process.env['BENCH_ONLY'];
  if (only && !['rules', 'llm', 'sustained'].includes(only)) throw new Error(`BENCH_ONLY must be rules, llm or sustained, got "${only}"`);
  if (only !== 'llm') {
    if (only !== 'sustained') {
      results.variants['rules-only'] = await measureRates({ name: 'rules-only', env: {} }, rates);
      save();
    }
    if (process.env['BENCH_SUSTAINED'] !== '0') {
      for (const workers of WORKER_COUNTS) {
        results.sustained[String(workers)] = await sustained(workers);
        save();
      }
    }
  }
  if (only === 'rules' || only === 'sustained') return;
  const llm = await startOpenAiTestServer({ latencyMs: 800 });
  try {
    results.variants['llm (800 ms answers)'] = await measureRates({ name: 'llm (800 ms answers)', env: { LLM_BASE_URL: llm.url, LLM_TIMEOUT_MS: '2000' } }, rates);
    save();
  } finally {
    await llm.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
