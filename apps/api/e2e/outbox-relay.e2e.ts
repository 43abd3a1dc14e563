// The outbox relay of several API replicas over the same backlog: each row's workflow is started by exactly one of them,
// none is skipped, and a row whose workflow already ran to its end never starts a second run of it.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '@leadops/config';
import type { LeadInput } from '@leadops/domain';
import { waitUntil } from '@leadops/testing';
import { leadWorkflowId } from '@leadops/workflows';
import { startWorkerStack, type WorkerStack } from '../../worker/e2e/worker-harness';
import { LeadStore } from '@leadops/persistence';
import { LeadWorkflowClient } from '../src/temporal/lead-workflow-client';
import { WorkflowStartOutbox } from '../src/temporal/workflow-start-outbox';

/** One API replica's Temporal side: its client and its outbox relay. */
class Replica {
  constructor(
    readonly client: LeadWorkflowClient,
    readonly outbox: WorkflowStartOutbox,
  ) {}

  relayOutbox() {
    return this.outbox.relayOutbox();
  }

  start(leadId: string) {
    return this.client.start(leadId);
  }

  async onApplicationShutdown() {
    await this.outbox.beforeApplicationShutdown();
    await this.client.onApplicationShutdown();
  }
}

const BACKLOG = 300;

describe('outbox relay on several API replicas', () => {
  let stack: WorkerStack;
  const replicas: Replica[] = [];

  /** A replica's relay, as each API process has one, on `taskQueue`. */
  const replica = (taskQueue: string) => {
    const client = new LeadWorkflowClient(loadConfig({ ...process.env, DATABASE_URL: stack.database.url, TEMPORAL_TASK_QUEUE: taskQueue }));
    const relay = new Replica(client, new WorkflowStartOutbox(client, new LeadStore(stack.database.db)));
    replicas.push(relay);
    return relay;
  };
  const outbox = async (leadIds: string[]) =>
    stack.database.db.query(`SELECT lead_id AS "leadId", attempts, dispatched_at AS "dispatchedAt" FROM outbox WHERE lead_id = ANY($1::uuid[])`, [leadIds]);
  const lead = (n: number, overrides: Partial<LeadInput> = {}): LeadInput => ({
    fullName: `Marta Gil ${n}`, email: `marta${n}@almacenes${n}.mx`, jobPosition: 'CIO', companyName: `Almacenes ${n}`, industry: 'Retail',
    location: 'CDMX, México', companySize: 400, description: 'Necesitamos una cotización de respaldo de datos este mes.', source: 'api', ...overrides,
  });

  beforeAll(async () => {
    stack = await startWorkerStack();
  });
  afterAll(async () => {
    for (const r of replicas) await r.onApplicationShutdown();
    await stack?.close();
  });

  it(`starts each of ${BACKLOG} waiting leads once when two replicas relay at the same moment`, async () => {
    // A queue no worker polls: this is about starts, not about running the workflows.
    const taskQueue = `relay-${randomBytes(4).toString('hex')}`;
    const ids: string[] = [];
    for (let n = 0; n < BACKLOG; n++) ids.push((await stack.leads.createLead({ profileId: 'default', lead: lead(n) })).lead.id);
    // Left by an outage: old enough for any relay to pick up.
    await stack.database.db.query(`UPDATE outbox SET created_at = now() - interval '1 minute' WHERE lead_id = ANY($1::uuid[])`, [ids]);

    const [a, b] = [replica(taskQueue), replica(taskQueue)];
    let starts = 0;
    for (let pass = 0; pass < 20 && (await outbox(ids)).some((r: { dispatchedAt: Date | null }) => !r.dispatchedAt); pass++) {
      for (const n of await Promise.all([a.relayOutbox(), b.relayOutbox()])) starts += n;
    }

    const rows = await outbox(ids);
    expect(rows.filter((r: { dispatchedAt: Date | null }) => !r.dispatchedAt)).toEqual([]); // none skipped
    expect(rows.filter((r: { attempts: number }) => r.attempts !== 1)).toEqual([]); // none started twice
    expect(starts).toBe(BACKLOG);
    const running = await Promise.all(ids.map(async (id) => (await stack.client.workflow.getHandle(leadWorkflowId(id)).describe()).status.name));
    expect(running.filter((s) => s !== 'RUNNING')).toEqual([]);
  }, 120_000);

  it('does not start a second run for a lead whose workflow already finished when its outbox row is relayed', async () => {
    // A disqualified lead: its workflow classifies it and closes within moments.
    const { lead: created } = await stack.leads.createLead({
      profileId: 'default',
      lead: lead(9000, { fullName: 'Luis Pérez', email: 'luis.perez@gmail.com', jobPosition: 'Estudiante', companyName: 'UNAM', industry: 'Educación', description: 'Soy estudiante y hago mi tesis sobre respaldo de datos, ¿me pueden dar información?' }),
    });
    const api = replica(stack.config.temporal.taskQueue);
    // The fast path started it, then the API died before marking its outbox row.
    await api.start(created.id);
    const handle = stack.client.workflow.getHandle(leadWorkflowId(created.id));
    const firstRun = (await handle.describe()).runId;
    await waitUntil(async () => (await handle.describe()).status.name === 'COMPLETED', 30_000, 'the disqualified lead closed');
    await stack.database.db.query(`UPDATE outbox SET created_at = now() - interval '1 minute' WHERE lead_id = $1`, [created.id]);

    expect(await replica(stack.config.temporal.taskQueue).relayOutbox()).toBe(1);

    expect((await handle.describe()).runId).toBe(firstRun);
    await new Promise((r) => setTimeout(r, 1000)); // a second run, had one started, would have classified it again by now
    const [{ classified }] = await stack.database.db.query('SELECT count(*)::int AS classified FROM classifications WHERE lead_id = $1', [created.id]);
    expect(classified).toBe(1);
    expect((await outbox([created.id]))[0]).toMatchObject({ attempts: 1, dispatchedAt: expect.any(Date) });
  }, 60_000);
});
