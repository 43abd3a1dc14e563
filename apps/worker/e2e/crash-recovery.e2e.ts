// 200 leads in flight, the worker SIGKILLed and restarted: every lead ends classified and assigned exactly once.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { leadDataConverter, loadConfig, temporalConnectionOptions } from '@leadops/config';
import { LeadStore, seedDemoData } from '@leadops/persistence';
import { createTestDatabase, startSmtpSink, waitUntil, type SmtpSink, type TestDatabase } from '@leadops/testing';
import { LEAD_WORKFLOW_TYPE, type LeadWorkflowInput } from '@leadops/workflows';

const WORKER_MAIN = join(__dirname, '..', 'dist', 'main.js');
const LEADS = 200;

describe('worker crash (SIGKILL) with 200 leads in flight', () => {
  let database: TestDatabase;
  let smtp: SmtpSink;
  let connection: Connection;
  let worker: ChildProcess | null = null;
  let env: NodeJS.ProcessEnv;

  const startWorkerProcess = () => {
    const child = spawn(process.execPath, [WORKER_MAIN], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    worker = child;
    return child;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoData(database.db);
    await database.db.query('UPDATE users SET capacity = 1000'); // this test is about crashes, not rep capacity
    smtp = await startSmtpSink();
    env = {
      ...process.env, DATABASE_URL: database.url, TEMPORAL_TASK_QUEUE: `crash-${randomBytes(4).toString('hex')}`,
      SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SLA_TIME_SCALE: '1', LOG_LEVEL: 'warn',
      NOTIFY_EMAIL_DOMAINS: 'sasnw.com', // each lead's scoring goes to the seller's alert address
    };
    connection = await Connection.connect(temporalConnectionOptions(loadConfig(env).temporal));
  });

  afterAll(async () => {
    worker?.kill('SIGKILL');
    await connection?.close();
    await smtp?.close();
    await database?.drop();
  });

  it('loses no lead, assigns none twice and sends no e-mail twice', async () => {
    const config = loadConfig(env);
    const client = new Client({ connection, namespace: config.temporal.namespace, dataConverter: leadDataConverter(config.temporal.payloadEncryption) });
    const store = new LeadStore(database.db);
    startWorkerProcess();

    // Kill the worker mid-flight: while leads are still being submitted, with part of them done and part not.
    const assignedCount = async () => (await database.db.query('SELECT count(*)::int AS n FROM leads WHERE owner_id IS NOT NULL'))[0].n as number;
    const killer = (async () => {
      await waitUntil(async () => (await assignedCount()) >= 40, 60_000, 'first leads assigned');
      worker!.kill('SIGKILL');
      const atKill = await assignedCount();
      await new Promise((r) => setTimeout(r, 500));
      startWorkerProcess();
      return atKill;
    })();

    const startedAt = Date.now();
    // Submitted by 8 concurrent clients, as an API under load would.
    let next = 0;
    await Promise.all(Array.from({ length: 8 }, async () => {
      while (next < LEADS) {
        const i = next++;
        const { lead } = await store.createLead({
          profileId: 'default',
          lead: {
            fullName: `Carla Ruiz ${i}`, email: `carla.ruiz${i}@industrias${i}.com.mx`, jobPosition: 'Directora de Sistemas', companyName: `Industrias ${i}`,
            industry: 'Manufactura', location: 'Guadalajara, México', companySize: 250, notifyEmail: `alerts${i}@sasnw.com`,
            description: 'Tuvimos una caída del servidor y perdimos datos: necesitamos respaldo urgente.', source: 'api',
          },
        });
        await client.workflow.start(LEAD_WORKFLOW_TYPE, {
          taskQueue: config.temporal.taskQueue, workflowId: lead.workflowId, args: [{ leadId: lead.id, timeScale: 1 } satisfies LeadWorkflowInput],
        });
      }
    }));
    const submittedAt = Date.now();
    console.log(`[crash test] ${LEADS} leads submitted in ${submittedAt - startedAt} ms`);
    const atKill = await killer;
    console.log(`[crash test] worker SIGKILLed with ${atKill}/${LEADS} leads assigned, then restarted`);

    await waitUntil(async () => (await assignedCount()) === LEADS, 240_000, 'all leads assigned after restart');
    console.log(`[crash test] all assigned ${Date.now() - submittedAt} ms after the last submission`);
    // Let the notification activities finish too.
    await smtp.waitFor((m) => new Set(m.map((x) => x.messageId)).size >= LEADS * 2, 60_000);
    console.log(`[crash test] all e-mails in ${Date.now() - submittedAt} ms after the last submission`);
    await new Promise((r) => setTimeout(r, 1000));

    const perLead = await database.db.query(
      `SELECT l.id, l.stage, l.priority, l.owner_id, l.sla_due_at,
              (SELECT count(*)::int FROM classifications c WHERE c.lead_id = l.id) AS classifications,
              (SELECT count(*)::int FROM lead_events e WHERE e.lead_id = l.id AND e.type = 'ASSIGNED') AS assignments
         FROM leads l`,
    );
    expect(perLead).toHaveLength(LEADS);
    for (const row of perLead) {
      expect(row).toMatchObject({ stage: 'SQL', priority: 'P1', classifications: 1, assignments: 1 });
      expect(row.owner_id).not.toBeNull();
      expect(row.sla_due_at).not.toBeNull();
    }
    const perRep = await database.db.query('SELECT owner_id, count(*)::int AS n FROM leads GROUP BY owner_id');
    expect(perRep.map((r: { n: number }) => r.n).sort()).toEqual([LEADS / 2, LEADS / 2]);

    // One to the owner and one with the result to notifyEmail per lead, each under its own key and Message-ID.
    // SMTP itself is at-least-once: a kill between the server's "250 OK" and our record of it resends the same
    // message (same Message-ID, which receivers drop); the test counts distinct messages and reports resends.
    const distinct = new Set(smtp.messages.map((m) => m.messageId));
    expect(distinct.size).toBe(LEADS * 2);
    expect(new Set(smtp.messages.map((m) => m.key)).size).toBe(LEADS * 2);
    const resent = smtp.messages.length - distinct.size;
    console.log(`[crash test] all ${LEADS} leads classified and assigned once; ${distinct.size} distinct e-mails, ${resent} SMTP resend(s) of an already-sent Message-ID`);
  }, 480_000);
});
