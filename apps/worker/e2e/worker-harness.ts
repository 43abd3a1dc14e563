// A real worker in this process, a Temporal client and a fresh database, on the stack `npm test` started.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { leadDataConverter, loadConfig, temporalConnectionOptions, type LeadOpsConfig } from '@leadops/config';
import type { LeadInput } from '@leadops/domain';
import { createLeadClassifier } from '@leadops/llm';
import { LeadStore, seedDemoData, SettingsStore, type LeadEntity } from '@leadops/persistence';
import { createTestDatabase, installQuietTemporalRuntime, startSmtpSink, waitUntil, type SmtpSink, type TestDatabase } from '@leadops/testing';

installQuietTemporalRuntime();
import { LEAD_WORKFLOW_TYPE, type LeadWorkflowInput } from '@leadops/workflows';
import { startWorker, type RunningWorker } from '../src/worker';

export const HISTORIES_DIR = join(__dirname, '..', '..', '..', 'libs', 'workflows', 'src', '__histories__');

/**
 * A clock other than the machine's, e.g. a time-skipping test server's: the activities read it (SLA due times, nurture
 * plans), `sync` runs before every activity, leads arrive at its time and the SMTP sink stamps messages with it.
 */
export interface StackClock {
  now(): Date;
  sync(): Promise<void>;
}

export interface WorkerStackOptions {
  clock?: StackClock;
  /** Addresses the SMTP sink refuses with 550 (hard bounces). */
  refuseRecipients?: RegExp;
}

export interface WorkerStack {
  config: LeadOpsConfig;
  database: TestDatabase;
  smtp: SmtpSink;
  client: Client;
  worker: RunningWorker;
  leads: LeadStore;
  settings: SettingsStore;
  /** Stores a lead and starts its workflow, as the API's outbox does. */
  submit(lead: LeadInput): Promise<LeadEntity>;
  /** Stores a lead without starting its workflow (see start). */
  store(lead: LeadInput): Promise<LeadEntity>;
  /** Starts the workflow of a stored lead. */
  start(stored: LeadEntity): Promise<void>;
  lead(id: string): Promise<LeadEntity>;
  waitForLead(id: string, predicate: (l: LeadEntity) => boolean, timeoutMs?: number, what?: string): Promise<LeadEntity>;
  eventTypes(id: string): Promise<string[]>;
  userId(email: string): Promise<string>;
  /** With RECORD_HISTORIES=1, saves the workflow's history as a replay fixture of libs/workflows. */
  recordHistory(workflowId: string, name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startWorkerStack(env: Record<string, string> = {}, opts: WorkerStackOptions = {}): Promise<WorkerStack> {
  const { clock } = opts;
  const database = await createTestDatabase();
  await seedDemoData(database.db);
  // With a clock, receivedAt is when the message arrived on that clock (what the recipient's inbox would show).
  const smtp = await startSmtpSink(0, clock ? (m) => void (m.receivedAt = clock.now()) : undefined, { refuseRecipients: opts.refuseRecipients });
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: database.url,
    TEMPORAL_TASK_QUEUE: `test-${randomBytes(4).toString('hex')}`,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    // The tests' webhook receivers listen on this machine, which deliveries otherwise refuse.
    WEBHOOK_ALLOWED_PRIVATE_CIDRS: '127.0.0.1/32',
    ...env,
  });
  const worker = await startWorker(config, createLeadClassifier(null), {
    poolSize: 10,
    now: clock ? () => clock.now() : undefined,
    interceptors: clock ? { activity: [() => ({ inbound: { execute: async (input, next) => { await clock.sync(); return next(input); } } })] } : undefined,
  });
  const connection = await Connection.connect(temporalConnectionOptions(config.temporal));
  const client = new Client({ connection, namespace: config.temporal.namespace, dataConverter: leadDataConverter(config.temporal.payloadEncryption) });
  const leads = new LeadStore(database.db);
  const stack: WorkerStack = {
    config, database, smtp, client, worker, leads, settings: new SettingsStore(database.db),
    async submit(lead) {
      const stored = await stack.store(lead);
      await stack.start(stored);
      return stored;
    },
    async store(lead) {
      let { lead: stored } = await leads.createLead({ lead, profileId: 'default' });
      if (clock) {
        await clock.sync();
        await database.db.query('UPDATE leads SET created_at = $2 WHERE id = $1', [stored.id, clock.now()]);
        stored = (await leads.findLead(stored.id))!;
      }
      return stored;
    },
    async start(stored) {
      await client.workflow.start(LEAD_WORKFLOW_TYPE, {
        taskQueue: config.temporal.taskQueue, workflowId: stored.workflowId,
        args: [{ leadId: stored.id, timeScale: config.slaTimeScale } satisfies LeadWorkflowInput],
      });
    },
    async lead(id) {
      return (await leads.findLead(id))!;
    },
    waitForLead(id, predicate, timeoutMs = 10_000, what = 'lead state') {
      return waitUntil(async () => {
        const l = await leads.findLead(id);
        return l && predicate(l) ? l : null;
      }, timeoutMs, what);
    },
    async eventTypes(id) {
      return (await leads.timeline(id)).map((e: { type: string }) => e.type);
    },
    async userId(email) {
      return (await database.db.query('SELECT id FROM users WHERE email = $1', [email]))[0].id;
    },
    async recordHistory(workflowId, name) {
      if (process.env['RECORD_HISTORIES'] !== '1') return;
      const history = await client.workflow.getHandle(workflowId).fetchHistory();
      mkdirSync(HISTORIES_DIR, { recursive: true });
      writeFileSync(join(HISTORIES_DIR, `${name}.json`), historyToJSON(history));
    },
    async close() {
      await worker.shutdown();
      await connection.close();
      await smtp.close();
      await database.drop();
    },
  };
  return stack;
}
