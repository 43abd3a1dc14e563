// Time from createLead to stored priority + armed SLA, at fixed arrival rates, rules-only and with an 800 ms LLM;
// then the sustained throughput of the whole pipeline. Worker and API run as their own processes, as in production.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createTestDatabase, startOpenAiTestServer, startSmtpSink, waitUntil } from '@leadops/testing';
import { seedDemoData } from '@leadops/persistence';
import { Client, Connection } from '@temporalio/client';

const ROOT = join(__dirname, '..', '..', '..', '..');
const SECONDS_PER_RATE = Number(process.env['BENCH_SECONDS'] ?? 20);

interface Run {
  name: string;
  env: Record<string, string>;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function startProcess(script: string, env: NodeJS.ProcessEnv, nodeArgs: string[] = []): ChildProcess {
  return spawn(process.execPath, [...nodeArgs, join(ROOT, script)], { env, stdio: ['ignore', 'ignore', 'inherit'] });
}

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

async function measure(run: Run, rates: number[]): Promise<void> {
  const database = await createTestDatabase('leadops_bench');
  await seedDemoData(database.db);
  await database.db.query('UPDATE users SET capacity = 1000000'); // the bench measures the pipeline, not rep capacity
  const smtp = await startSmtpSink();
  const port = 3900 + Math.floor(Math.random() * 90);
  const env = {
    ...process.env, DATABASE_URL: database.url, TEMPORAL_TASK_QUEUE: `bench-${randomBytes(3).toString('hex')}`, API_PORT: String(port),
    SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), ...run.env,
  };
  // BENCH_WORKER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the worker.
  const worker = startProcess('apps/worker/dist/main.js', env, (process.env['BENCH_WORKER_NODE_ARGS'] ?? '').split(' ').filter(Boolean));
  const api = startProcess('apps/api/dist/main.js', env);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntil(async () => (await fetch(`${url}/health/ready`).catch(() => null))?.ok, 30_000, 'API ready');
    const token = (await graphql(url, 'mutation { login(email: "ops@leadops.dev", password: "leadops") { token } }', {})).login.token;
    await graphql(url, CREATE, { input: lead() }, token); // warm-up
    for (const rate of rates) {
      const ids: string[] = [];
      const commits = async () => Number((await database.db.query('SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()'))[0].xact_commit);
      const commitsBefore = await commits();
      const started = Date.now();
      const total = rate * SECONDS_PER_RATE;
      const inflight: Promise<void>[] = [];
      for (let i = 0; i < total; i++) {
        const due = started + (i * 1000) / rate;
        const wait = due - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        inflight.push(graphql(url, CREATE, { input: lead() }, token).then((d) => void ids.push(d.createLead.id)));
      }
      await Promise.all(inflight);
      await waitUntil(async () => {
        const [{ n }] = await database.db.query('SELECT count(*)::int AS n FROM leads WHERE id = ANY($1) AND sla_due_at IS NOT NULL', [ids]);
        return n === ids.length;
      }, 120_000, 'all leads armed');
      const rows = await database.db.query(
        `SELECT extract(epoch FROM (l.assigned_at - l.created_at)) * 1000 AS armed_ms,
                extract(epoch FROM (c.created_at - l.created_at)) * 1000 AS classified_ms
           FROM leads l JOIN classifications c ON c.lead_id = l.id WHERE l.id = ANY($1)`,
        [ids],
      );
      const commitsPerLead = ((await commits()) - commitsBefore) / ids.length;
      const [{ byModel }] = await database.db.query(`SELECT count(*)::int AS "byModel" FROM classifications WHERE lead_id = ANY($1) AND classifier = 'llm'`, [ids]);
      const stages = await workflowBreakdown(database.db, ids);
      const armed = rows.map((r: any) => Number(r.armed_ms)).sort((a: number, b: number) => a - b);
      const classified = rows.map((r: any) => Number(r.classified_ms)).sort((a: number, b: number) => a - b);
      console.log(
        `${run.name.padEnd(24)} ${String(rate).padStart(3)} leads/s x ${SECONDS_PER_RATE}s  n=${armed.length}  ` +
          `(${byModel} by the model) createLead -> priority stored p50 ${percentile(classified, 50).toFixed(0)} ms p95 ${percentile(classified, 95).toFixed(0)} ms | ` +
          `-> SLA armed p50 ${percentile(armed, 50).toFixed(0)} ms p95 ${percentile(armed, 95).toFixed(0)} ms p99 ${percentile(armed, 99).toFixed(0)} ms`,
      );
      console.log(`  where the time goes (p50 / p95 ms from createLead's insert): ${stages}; ${commitsPerLead.toFixed(1)} PostgreSQL transactions per lead`);
    }
    if (run.name === 'rules-only' && process.env['BENCH_SUSTAINED'] !== '0') {
      // Sustained throughput: 2,000 leads as fast as 32 concurrent clients can submit them.
      const ids: string[] = [];
      const started = Date.now();
      let next = 0;
      await Promise.all(Array.from({ length: 32 }, async () => {
        while (next < 2000) {
          next++;
          ids.push((await graphql(url, CREATE, { input: lead() }, token)).createLead.id);
        }
      }));
      const submitted = Date.now();
      await waitUntil(async () => {
        const [{ n }] = await database.db.query('SELECT count(*)::int AS n FROM leads WHERE id = ANY($1) AND sla_due_at IS NOT NULL', [ids]);
        return n === ids.length;
      }, 300_000, 'throughput leads armed');
      const done = Date.now();
      const [{ lost }] = await database.db.query('SELECT count(*)::int AS lost FROM leads WHERE id = ANY($1) AND (owner_id IS NULL OR stage IS NULL)', [ids]);
      console.log(
        `sustained: ${ids.length} leads submitted in ${((submitted - started) / 1000).toFixed(1)} s (${(ids.length / ((submitted - started) / 1000)).toFixed(0)}/s), ` +
          `all classified+assigned+armed after ${((done - started) / 1000).toFixed(1)} s => ${(ids.length / ((done - started) / 1000)).toFixed(0)} leads/s end to end, lost ${lost}`,
      );
    }
  } finally {
    worker.kill('SIGTERM');
    api.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    await smtp.close();
    await database.drop();
  }
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

async function main() {
  const rates = (process.argv[2] ?? '10,50').split(',').map(Number);
  console.log(`pipeline latency on ${require('node:os').cpus().length} cores, ${SECONDS_PER_RATE} s per rate`);
  const only = process.env['BENCH_ONLY']; // rules | llm: one variant when iterating on one of them
  if (only !== 'llm') await measure({ name: 'rules-only', env: {} }, rates);
  if (only === 'rules') return;
  const llm = await startOpenAiTestServer({ latencyMs: 800 });
  try {
    await measure({ name: 'llm (800 ms answers)', env: { LLM_BASE_URL: llm.url, LLM_TIMEOUT_MS: '2000' } }, rates);
  } finally {
    await llm.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
