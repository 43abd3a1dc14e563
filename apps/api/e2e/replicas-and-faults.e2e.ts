// Replicas and faults: 2 API processes and 3 worker processes on one PostgreSQL and one Temporal, 600 leads sent through
// both APIs (GraphQL, signed webhooks, CSV) while the suite SIGKILLs workers, SIGKILLs an API between its commits and
// its workflow starts, SIGKILLs Temporal's history service and restarts PostgreSQL. Afterwards every lead is handled
// once: classified, assigned and e-mailed once, each webhook event delivered once per subscription, routing still fair.
import { execFileSync } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import bcrypt from 'bcryptjs';
import { Client, Connection } from '@temporalio/client';
import { seedDemoData } from '@leadops/persistence';
import { createTestDatabase, freeClusterPort, startSmtpSink, startTemporalCluster, type SmtpSink, type TemporalCluster, type TestDatabase } from '@leadops/testing';
import { LEAD_WORKFLOW_TYPE, leadWorkflowId } from '@leadops/workflows';
import { freePorts } from './crash-checks';
import { LeadOpsProcess, REPO_ROOT, startStallableProxy, startWebhookReceiver, tailOf, type StallableProxy, type WebhookReceiver } from './fault-kit';

const LEADS = 600;
const CSV_ROWS = 50; // per file; one file to each API
const FAULT_BATCH = 20; // leads API B commits but never gets to start
const AFTER_LAST_FAULT = 40; // leads sent only once PostgreSQL is back
const SUBMIT_SECONDS = 75;
const REPS = 4;
const WEBHOOK_SOURCE = 'fault-form';
const WEBHOOK_SECRET = 'fault-suite-inbound-secret-0123456789';
const SUBSCRIBER_SECRET = 'fault-suite-subscriber-secret-0123456789';
const POSTGRES_SH = join(REPO_ROOT, 'tools', 'stack', 'postgres.sh');
const CREATE = 'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }';

type Channel = 'graphql' | 'webhook' | 'csv';
interface PlannedLead {
  n: number;
  channel: Channel;
  input: Record<string, unknown>;
}
interface Fault {
  name: string;
  at: number;
  /** When the fault was over (service back), for outages. */
  over?: number;
  note?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A failure no amount of waiting mends (a process died): poll() gives up at once. */
class Fatal extends Error {}

async function poll<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs: number, what: string, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch((error) => {
      if (error instanceof Fatal) throw error;
      return null; // e.g. PostgreSQL restarting
    });
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** Lead n: a sales-ready SQL / P2 lead (60 min SLA, so no breach during the run), nobody's duplicate. */
function plannedLead(n: number, channel: Channel): PlannedLead {
  return {
    n, channel,
    input: {
      fullName: `Pedro Lara ${n}`, email: `pedro${n}@logistica${n}.mx`, jobPosition: 'CIO', companyName: `Logística ${n}`, industry: 'Retail',
      location: 'CDMX, México', companySize: 400, description: 'Necesitamos una cotización de respaldo de datos este mes.',
    },
  };
}

function csvOf(leads: PlannedLead[]): string {
  const quote = (v: unknown) => `"${String(v).replace(/"/g, '""')}"`;
  const header = 'Full name,Email,Job position,Company name,Industry,Location,Company size,Description';
  return [header, ...leads.map(({ input: l }) => [l['fullName'], l['email'], l['jobPosition'], l['companyName'], l['industry'], l['location'], l['companySize'], l['description']].map(quote).join(','))].join('\n');
}

describe('2 APIs and 3 workers through worker, API, Temporal and PostgreSQL faults', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'leadops-faults-'));
  const logDir = join(dataDir, 'logs');
  let pgPort: number;
  let temporalPort: number;
  let temporal: TemporalCluster | null = null;
  let database: TestDatabase;
  let smtp: SmtpSink;
  let receiver: WebhookReceiver;
  let proxy: StallableProxy;
  let connection: Connection | null = null;
  const apis: Record<'A' | 'B', { process: LeadOpsProcess; url: string; up: boolean; inFlight: number }> = {} as never;
  const workers: LeadOpsProcess[] = [];
  let ops = '';
  /** Set when the scenario ends, passed or not: arrivals and client retries stop, so nothing outlives the test. */
  let stopSubmitting = false;
  let stopLive = () => undefined as void;
  let faultLog: Fault[] = [];

  const stackEnv = () => ({ ...process.env, LEADOPS_DATA_DIR: dataDir, PGPORT: String(pgPort), PGHOST: '127.0.0.1', PGDATABASE: 'leadops' });
  const postgres = (command: 'start' | 'stop' | 'restart') =>
    execFileSync('bash', [POSTGRES_SH, command], { env: { ...stackEnv(), PG_FSYNC: 'off' }, stdio: ['ignore', 'ignore', 'pipe'] });
  const serviceRunning = (service: string) => {
    try {
      process.kill(Number(readFileSync(join(dataDir, 'temporal-cluster', `${service}.pid`), 'utf8')), 0);
      return true;
    } catch {
      return false;
    }
  };
  const sql = <T = any>(text: string, params: unknown[] = []): Promise<T[]> => database.db.query(text, params);

  beforeAll(async () => {
    pgPort = await freePorts();
    // The frontend's port and the 12 after it (other services, membership, metrics); Temporal keeps membership ports in a smallint.
    temporalPort = await freeClusterPort();
    postgres('start');
    // Temporal's own server, its four services as separate processes, on the same PostgreSQL as LeadOps.
    temporal = await startTemporalCluster({ dataDir, pgPort, frontendPort: temporalPort });
    process.env['DATABASE_URL'] = `postgres://leadops:leadops@127.0.0.1:${pgPort}/leadops`; // the test database lives on our cluster
    database = await createTestDatabase('leadops_faults');
    await seedDemoData(database.db);
    const hash = await bcrypt.hash('leadops', 4);
    const [team] = await sql('SELECT id FROM teams LIMIT 1');
    for (const n of [3, 4]) {
      await sql(`INSERT INTO users (email, display_name, password_hash, role, team_id) VALUES ($1, $2, $3, 'REP', $4)`, [`rep${n}@leadops.dev`, `Rep ${n}`, hash, team.id]);
    }
    // 4 reps with equal weights; capacity is not what this suite is about.
    await sql(`UPDATE users SET capacity = 10000, routing_weight = 1 WHERE role = 'REP'`);
    await sql(`UPDATE routing_rules SET strategy = 'WEIGHTED'`);
    smtp = await startSmtpSink();
    receiver = await startWebhookReceiver(SUBSCRIBER_SECRET);
    proxy = await startStallableProxy('127.0.0.1', temporalPort);

    const taskQueue = `faults-${randomBytes(4).toString('hex')}`;
    const common = {
      ...process.env, DATABASE_URL: database.url, TEMPORAL_TASK_QUEUE: taskQueue, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port),
      SLA_TIME_SCALE: '1', LOG_LEVEL: 'warn', WEBHOOK_SECRETS: `${WEBHOOK_SOURCE}=${WEBHOOK_SECRET}`, WEBHOOK_ALLOWED_PRIVATE_CIDRS: '127.0.0.1/32',
    };
    const apiPort = await freePorts(1);
    // API B reaches Temporal through the proxy, so the suite can hold its workflow starts back.
    for (const [name, port, temporalAddress] of [['A', apiPort, `127.0.0.1:${temporalPort}`], ['B', apiPort + 1, `127.0.0.1:${proxy.port}`]] as const) {
      const process_ = new LeadOpsProcess(`api-${name}`, 'apps/api/dist/main.js', { ...common, API_PORT: String(port), TEMPORAL_ADDRESS: temporalAddress }, logDir);
      apis[name] = { process: process_, url: `http://127.0.0.1:${port}`, up: false, inFlight: 0 };
    }
    for (let i = 1; i <= 3; i++) workers.push(new LeadOpsProcess(`worker-${i}`, 'apps/worker/dist/main.js', { ...common, TEMPORAL_ADDRESS: `127.0.0.1:${temporalPort}` }, logDir));
    mkdirSync(logDir, { recursive: true });
    workers.forEach((w) => w.start());
    for (const api of Object.values(apis)) api.process.start();
    for (const api of Object.values(apis)) await waitReady(api);

    ops = (await graphql(apis.A.url, 'mutation { login(email: "ops@leadops.dev", password: "leadops") { token } }')).data.login.token;
    for (const [name, events] of [['crm', ['lead.assigned']], ['analytics', ['lead.classified']]] as const) {
      const created = await graphql(apis.A.url, 'mutation($u: String!, $e: [String!]!, $s: String!) { createWebhookSubscription(url: $u, events: $e, secret: $s) { id } }', {
        u: receiver.url(name), e: events, s: SUBSCRIBER_SECRET,
      }, ops);
      if (!created.data) throw new Error(`subscription ${name}: ${JSON.stringify(created.errors)}`);
    }
  }, 180_000);

  afterAll(async () => {
    for (const p of [...workers, ...Object.values(apis ?? {}).map((a) => a.process)]) await p.stop().catch(() => undefined);
    await connection?.close().catch(() => undefined);
    await proxy?.close();
    await receiver?.close();
    await smtp?.close();
    try {
      postgres('start'); // back up if the test stopped half-way, so the database can be dropped
    } catch {
      /* reported by the test */
    }
    await database?.drop().catch(() => undefined);
    try {
      await temporal?.stop();
    } finally {
      try {
        postgres('stop');
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  }, 120_000);

  async function waitReady(api: { url: string; up: boolean }) {
    await poll(async () => (await fetch(`${api.url}/health/ready`)).ok, 60_000, `${api.url} ready`);
    api.up = true;
  }

  async function graphql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  }

  /** A live API, B and A in turn, so both replicas take leads. */
  let turn = 0;
  function pickApi(): (typeof apis)['A'] {
    const live = (['A', 'B'] as const).map((k) => apis[k]).filter((a) => a.up);
    return live[turn++ % live.length] ?? apis.A;
  }

  /** Sends one lead the way its channel does; a failed call is retried like a careful client would. */
  async function submit(lead: PlannedLead, api = pickApi()): Promise<void> {
    const key = `fault-suite-${lead.n}`;
    for (let attempt = 0; ; attempt++) {
      const calling = api;
      calling.inFlight++;
      try {
        if (lead.channel === 'graphql') {
          const answer = await graphql(api.url, CREATE, { input: lead.input }, ops);
          if (answer.data?.createLead?.id) return;
          throw new Error(JSON.stringify(answer.errors));
        }
        const body = JSON.stringify(lead.input);
        const timestamp = Math.floor(Date.now() / 1000);
        const signature = `sha256=${createHmac('sha256', WEBHOOK_SECRET).update(`${timestamp}.${body}`).digest('hex')}`;
        const res = await fetch(`${api.url}/webhooks/leads/${WEBHOOK_SOURCE}`, {
          method: 'POST', body,
          headers: { 'content-type': 'application/json', 'x-leadops-timestamp': String(timestamp), 'x-leadops-signature': signature, 'idempotency-key': key },
        });
        if (res.status === 202) return;
        throw new Error(`HTTP ${res.status} ${await res.text()}`);
      } catch (error) {
        if (attempt >= 40 || stopSubmitting) throw new Error(`lead ${lead.n} (${lead.channel}) not taken: ${(error as Error).message}`);
        await sleep(500);
        // createLead has no idempotency key: a client that lost the answer looks the lead up before sending it again.
        if (lead.channel === 'graphql') {
          const found = await sql('SELECT 1 FROM leads WHERE email = $1', [lead.input['email']]).catch(() => null);
          if (found?.length) return;
        }
        api = pickApi();
      } finally {
        calling.inFlight--;
      }
    }
  }

  async function importCsv(leads: PlannedLead[], api: (typeof apis)['A']): Promise<void> {
    const file = csvOf(leads);
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await fetch(`${api.url}/imports/leads`, { method: 'POST', headers: { 'content-type': 'text/csv; charset=utf-8', authorization: `Bearer ${ops}` }, body: file });
        const report = (await res.json()) as { imported: number; duplicates: number; failed: number; complete: boolean };
        if (res.ok && report.complete && report.failed === 0) return; // a retried file imports only what it had not
        throw new Error(`HTTP ${res.status} ${JSON.stringify(report)}`);
      } catch (error) {
        if (attempt >= 40 || stopSubmitting) throw new Error(`CSV import not taken: ${(error as Error).message}`);
        await sleep(500);
        api = pickApi();
      }
    }
  }

  /** The console's live stream on one API: when each lead change arrived. */
  function listenToLiveUpdates(url: string): { arrivals: number[]; stop(): void } {
    const arrivals: number[] = [];
    const abort = new AbortController();
    void (async () => {
      const { ticket } = (await (await fetch(`${url}/events/ticket`, { method: 'POST', headers: { authorization: `Bearer ${ops}` } })).json()) as { ticket: string };
      const res = await fetch(`${url}/events/leads?ticket=${ticket}`, { signal: abort.signal });
      const decoder = new TextDecoder();
      let buffered = '';
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffered += decoder.decode(chunk, { stream: true });
        const events = buffered.split('\n\n');
        buffered = events.pop() ?? '';
        for (const e of events) if (e.startsWith('event: lead')) arrivals.push(Date.now());
      }
    })().catch(() => undefined);
    return { arrivals, stop: () => abort.abort() };
  }

  it('handles all 600 leads once each, delivers once, and stays fair', async () => {
    try {
      await runScenario();
    } catch (error) {
      stopSubmitting = true;
      stopLive();
      console.log(`--- faults so far: ${JSON.stringify(faultLog)}`);
      for (const p of [...workers, apis.A.process, apis.B.process]) console.log(`--- ${p.name} (last lines of ${p.logFile})\n${p.tail()}`);
      for (const service of ['frontend', 'history', 'matching'] as const) console.log(`--- Temporal ${service}\n${tailOf(temporal!.logPath(service))}`);
      console.log(`--- PostgreSQL (errors)\n${tailOf(join(dataDir, 'postgres.log'), 2000).split('\n').filter((l) => /FATAL|PANIC/.test(l)).slice(-15).join('\n')}`);
      throw error;
    }
  }, 360_000);

  async function runScenario() {
    const live = listenToLiveUpdates(apis.A.url);
    stopLive = live.stop;
    const t0 = Date.now();
    const faults: Fault[] = (faultLog = []);
    const plan: PlannedLead[] = Array.from({ length: LEADS }, (_, n) => plannedLead(n, n < 2 * CSV_ROWS ? 'csv' : n % 5 < 3 ? 'graphql' : 'webhook'));
    const singles = plan.filter((l) => l.channel !== 'csv');
    const submissions: Promise<void>[] = [];
    const track = (submission: Promise<void>) => {
      submission.catch(() => undefined); // reported by Promise.all below, or moot when an earlier step failed
      submissions.push(submission);
    };

    // Arrivals: single leads at an even pace, one CSV file to each API along the way; the last AFTER_LAST_FAULT leads wait
    // for the last fault to be over, so traffic after it is certain however long the faults before it took.
    let releaseLastLeads = () => undefined as void;
    const lastFaultOver = new Promise<void>((resolve) => (releaseLastLeads = resolve));
    const arrivals = (async () => {
      track(importCsv(plan.slice(0, CSV_ROWS), apis.A));
      const perSecond = singles.length / SUBMIT_SECONDS;
      const half = singles.length / 2;
      let secondCsv = false;
      let heldBack = false;
      for (let i = 0, from = t0; singles.length > 0 && !stopSubmitting; i++) {
        if (!heldBack && singles.length <= AFTER_LAST_FAULT) {
          heldBack = true;
          await lastFaultOver;
          [i, from] = [0, Date.now()];
        }
        const due = from + (i * 1000) / perSecond;
        if (due > Date.now()) await sleep(due - Date.now());
        const lead = singles.shift();
        if (lead) track(submit(lead));
        if (!secondCsv && singles.length <= half) {
          secondCsv = true;
          track(importCsv(plan.slice(CSV_ROWS, 2 * CSV_ROWS), pickApi()));
        }
      }
    })();
    const at = async (seconds: number) => {
      if (t0 + seconds * 1000 > Date.now()) await sleep(t0 + seconds * 1000 - Date.now());
    };
    // One fault at a time: the next waits until every lead taken before this one has its owner (the pipeline caught up).
    const caughtUp = (since: number, what: string) =>
      poll(async () => {
        const down = (['frontend', 'history', 'matching'] as const).find((service) => !serviceRunning(service));
        if (down) throw new Fatal(`Temporal ${down} exited: ${tailOf(temporal!.logPath(down), 5)}`);
        return (await sql(`SELECT count(*)::int AS n FROM leads WHERE created_at < to_timestamp($1 / 1000.0) AND owner_id IS NULL`, [since]))[0].n === 0;
      }, 120_000, `caught up after ${what}`);

    // 1. A worker dies; its replacement starts 3 s later (as an orchestrator would restart it).
    await at(8);
    await workers[0]!.kill();
    faults.push({ name: 'worker 1 SIGKILLed (restarted 3 s later)', at: Date.now() });
    await sleep(3000);
    workers[0]!.start();
    await caughtUp(faults[0]!.at, 'worker 1');

    // 2. API B commits leads whose workflow starts it never gets to make: Temporal is behind a stalled proxy, then B dies.
    await at(20);
    apis.B.up = false;
    await poll(async () => apis.B.inFlight === 0, 30_000, 'API B idle', 20);
    proxy.stall();
    const orphans = singles.splice(0, FAULT_BATCH);
    orphans.forEach((lead) => track(submit(lead, apis.B))); // their callers retry on API A (webhooks with the same idempotency key)
    const orphanEmails = orphans.map((l) => l.input['email']);
    await poll(async () => (await sql('SELECT count(*)::int AS n FROM leads WHERE email = ANY($1)', [orphanEmails]))[0].n === FAULT_BATCH, 20_000, 'API B commits', 20);
    const [{ pendingAtKill }] = await sql(
      'SELECT count(*)::int AS "pendingAtKill" FROM outbox o JOIN leads l ON l.id = o.lead_id WHERE l.email = ANY($1) AND o.dispatched_at IS NULL', [orphanEmails],
    );
    await apis.B.process.kill();
    const apiKilledAt = Date.now();
    faults.push({ name: `API B SIGKILLed with ${pendingAtKill} committed leads not started`, at: apiKilledAt });
    proxy.dropConnections();
    proxy.resume();
    expect(pendingAtKill).toBe(FAULT_BATCH); // the window was really hit: every one committed, none started
    // As long as the scenario's other recoveries wait ("caught up", "every lead assigned"): the bound is for a system that
    // is stuck, not a latency goal. At the end of a full run on this shared 2-core machine, with Temporal just unstalled
    // and three workers catching up, the orphans twice took more than 60 s (and under 4 minutes the suite alone passes).
    await poll(async () => (await sql('SELECT count(*)::int AS n FROM leads WHERE email = ANY($1) AND owner_id IS NOT NULL', [orphanEmails]))[0].n === FAULT_BATCH, 120_000, 'API B orphans assigned');
    const orphansDone = Date.now();
    apis.B.process.start();
    await waitReady(apis.B);

    // 3. Another worker dies and stays down: two of three carry the rest.
    await at(32);
    await workers[1]!.kill();
    faults.push({ name: 'worker 2 SIGKILLed (left down)', at: Date.now() });
    await caughtUp(faults.at(-1)!.at, 'worker 2');

    // 4. Temporal's history service dies and comes back.
    await at(47);
    await temporal!.killService('history');
    const historyKilled = Date.now();
    await sleep(3000);
    await temporal!.startService('history');
    faults.push({ name: 'Temporal history service SIGKILLed, restarted after 3 s', at: historyKilled, over: Date.now() });
    // Serving again (a lead's workflow can be described) before PostgreSQL goes away: a Temporal service that starts
    // while its database restarts exits for good, and this suite is not its supervisor.
    const probe = new Client({ connection: (connection = await Connection.connect({ address: temporal!.address })) });
    const [{ id: someLead }] = await sql(`SELECT id FROM leads WHERE owner_id IS NOT NULL LIMIT 1`);
    await poll(async () => {
      if (!serviceRunning('history')) throw new Fatal(`Temporal history exited: ${tailOf(temporal!.logPath('history'), 5)}`);
      return probe.workflow.getHandle(leadWorkflowId(someLead)).describe();
    }, 60_000, 'history serving again');
    await caughtUp(Date.now(), 'the history service');

    // 5. PostgreSQL, under Temporal and LeadOps both, restarts.
    await at(62);
    const pgRestart = Date.now();
    postgres('restart');
    faults.push({ name: 'PostgreSQL restarted (pg_ctl restart -m fast)', at: pgRestart, over: Date.now() });
    releaseLastLeads();

    await arrivals;
    await Promise.all(submissions);
    const submitted = Date.now();

    // Everything lands: 600 leads assigned, their owner e-mails and webhook deliveries in.
    await poll(async () => (await sql(`SELECT count(*)::int AS n FROM leads WHERE owner_id IS NOT NULL`))[0].n >= LEADS, 120_000, 'every lead assigned', 500);
    const allAssigned = Date.now();
    const ownerMail = (key: string | null) => /^lead-[0-9a-f-]{36}:[^:]+:notify-owner:/.test(key ?? '');
    await poll(async () => new Set(smtp.messages.filter((m) => ownerMail(m.key)).map((m) => m.key!.split(':')[0])).size >= LEADS, 60_000, 'owner e-mails', 500);
    await poll(async () => new Set(receiver.received.map((d) => d.deliveryKey)).size >= 2 * LEADS, 120_000, 'webhook deliveries', 500);

    // The console's live stream on API A, opened before the faults, still tells of lead changes after PostgreSQL's restart.
    live.stop();
    const liveAfterRestart = live.arrivals.filter((t) => t > pgRestart + 1000).length;
    expect(liveAfterRestart).toBeGreaterThan(0);

    // No process gave up on a fault it lived through: both APIs and the two workers left running are still up.
    expect({ apiA: apis.A.process.running, apiB: apis.B.process.running, workers: workers.map((w) => w.running) }).toEqual({
      apiA: true, apiB: true, workers: [true, false, true],
    });

    // --- every lead once ------------------------------------------------------------------------------------------
    const leads = await sql<{ id: string; email: string; owner: string; classified: number; assigned: number; sla_due_at: Date | null; sla_state: string }>(
      `SELECT l.id, l.email, u.email AS owner, l.sla_due_at, l.sla_state,
              (SELECT count(*)::int FROM classifications c WHERE c.lead_id = l.id) AS classified,
              (SELECT count(*)::int FROM lead_events e WHERE e.lead_id = l.id AND e.type = 'ASSIGNED') AS assigned
         FROM leads l LEFT JOIN users u ON u.id = l.owner_id`,
    );
    expect(leads).toHaveLength(LEADS);
    expect(new Set(leads.map((l) => l.email)).size).toBe(LEADS);
    expect(leads.filter((l) => l.classified !== 1 || l.assigned !== 1)).toEqual([]);
    expect(leads.filter((l) => !l.sla_due_at || l.sla_state !== 'RUNNING').map((l) => l.id)).toEqual([]);

    // One workflow run per lead: none started twice by two relays (a second run would classify it again).
    const client = probe;
    const runs = new Map<string, number>();
    for await (const wf of client.workflow.list({ query: `WorkflowType = '${LEAD_WORKFLOW_TYPE}'` })) runs.set(wf.workflowId, (runs.get(wf.workflowId) ?? 0) + 1);
    expect(runs.size).toBe(LEADS);
    expect([...runs.values()].filter((n) => n !== 1)).toEqual([]);

    // The outbox is empty, and no row was started by two relays (only a failed start is ever retried).
    const [outbox] = await sql(
      `SELECT count(*) FILTER (WHERE dispatched_at IS NULL)::int AS pending, count(*)::int AS rows,
              count(*) FILTER (WHERE last_error IS NULL AND attempts <> 1)::int AS "startedTwice",
              count(*) FILTER (WHERE last_error IS NOT NULL)::int AS "retriedAfterFailure"
         FROM outbox`,
    );
    expect(outbox).toMatchObject({ pending: 0, rows: LEADS, startedTwice: 0 });

    // Owner e-mails: one per lead by Message-ID (a resend after a crash carries the same id), to the lead's owner.
    const ownerOf = new Map(leads.map((l) => [`lead-${l.id}`, l.owner]));
    const messageIds = new Map<string, Set<string>>();
    let ownerMails = 0;
    for (const m of smtp.messages.filter((m) => ownerMail(m.key))) {
      ownerMails++;
      const workflowId = m.key!.split(':')[0]!;
      expect(m.to).toEqual([ownerOf.get(workflowId)]);
      messageIds.set(workflowId, (messageIds.get(workflowId) ?? new Set()).add(m.messageId ?? ''));
    }
    expect(messageIds.size).toBe(LEADS);
    expect([...messageIds.entries()].filter(([, ids]) => ids.size !== 1)).toEqual([]);

    // Webhooks: each event once per subscription by delivery id, signed, for every lead.
    expect(receiver.received.filter((d) => !d.signatureValid)).toEqual([]);
    const deliveries = new Map<string, Set<string>>();
    for (const d of receiver.received) {
      const k = `${d.subscription} ${d.event} ${d.leadId}`;
      deliveries.set(k, (deliveries.get(k) ?? new Set()).add(d.deliveryKey));
    }
    for (const [subscription, event] of [['crm', 'lead.assigned'], ['analytics', 'lead.classified']]) {
      const forSub = [...deliveries.entries()].filter(([k]) => k.startsWith(`${subscription} ${event} `));
      expect(forSub).toHaveLength(LEADS);
      expect(forSub.filter(([, keys]) => keys.size !== 1)).toEqual([]);
    }
    expect(deliveries.size).toBe(2 * LEADS);

    // Routing stays fair across workers: 4 reps with equal weights get 150 ± 1 each.
    const perRep = await sql<{ email: string; n: number }>(
      `SELECT u.email, count(l.id)::int AS n FROM users u LEFT JOIN leads l ON l.owner_id = u.id WHERE u.role = 'REP' GROUP BY u.email ORDER BY u.email`,
    );
    expect(perRep).toHaveLength(REPS);
    for (const rep of perRep) expect(Math.abs(rep.n - LEADS / REPS)).toBeLessThanOrEqual(1);

    // --- what an operator would want to know: how long each fault held the pipeline up --------------------------
    const times = await sql<{ created: Date; assigned: Date }>('SELECT created_at AS created, assigned_at AS assigned FROM leads');
    const lines = faults.map((f) => {
      const after = times.filter((t) => t.created.getTime() >= f.at).map((t) => t.assigned.getTime());
      const before = times.filter((t) => t.created.getTime() < f.at).map((t) => t.assigned.getTime());
      const flowing = after.length ? Math.min(...after) - f.at : NaN;
      const caughtUp = before.length ? Math.max(...before) - f.at : NaN;
      return `  ${f.name.padEnd(66)} first later lead assigned after ${String(flowing).padStart(6)} ms; every earlier lead assigned after ${String(caughtUp).padStart(6)} ms` +
        (f.over ? ` (outage ${f.over - f.at} ms)` : '');
    });
    const latencies = times.map((t) => t.assigned.getTime() - t.created.getTime()).sort((a, b) => a - b);
    console.log([
      `[replicas and faults] ${LEADS} leads (${2 * CSV_ROWS} by CSV, the rest by GraphQL and signed webhooks over 2 APIs), 3 workers, ${(Date.now() - t0) / 1000} s`,
      ...lines,
      `  API B's ${FAULT_BATCH} committed-but-not-started leads all assigned via API A's outbox relay ${orphansDone - apiKilledAt} ms after the SIGKILL`,
      `  submitted by ${(submitted - t0) / 1000} s; all assigned at ${(allAssigned - t0) / 1000} s; createLead -> assigned p50 ${latencies[Math.floor(latencies.length / 2)]} ms, max ${latencies.at(-1)} ms`,
      `  totals: ${leads.length} leads, each classified 1x and assigned 1x; ${runs.size} workflows (1 run each); outbox ${outbox.rows} rows, 0 pending, ${outbox.retriedAfterFailure} retried after a failed start;`,
      `          ${live.arrivals.length} live updates on API A's stream (${liveAfterRestart} after the PostgreSQL restart);`,
      `          ${ownerMails} owner e-mails (${messageIds.size} Message-IDs); ${receiver.received.length} webhook calls (${deliveries.size} deliveries); per rep ${perRep.map((r) => r.n).join('/')}`,
    ].join('\n'));
  }
});
