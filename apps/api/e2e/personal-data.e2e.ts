// A person's data rights (LFPDPPP ARCO, GDPR): sales ops see everything held about someone by e-mail, and erase it
// everywhere: PostgreSQL, Temporal's histories, the notifications; subscribers are told by id; the audit keeps the act.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, Connection, WorkflowNotFoundError } from '@temporalio/client';
import { leadDataConverter, temporalConnectionOptions } from '@leadops/config';
import { waitUntil } from '@leadops/testing';
import { gql, login, startStack, type Stack } from './harness';

const EMAIL = 'valeria.quiroga@textilesdelvalle.mx';
const MARKER = 'Quirogatextil';
const CREATE = 'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }';
const INPUT = { fullName: 'Valeria Quiroga', email: EMAIL, jobPosition: 'Directora de Operaciones', companyName: 'Textiles del Valle', phone: '+52 33 5555 0187', description: `Necesitamos respaldo para ${MARKER} urgente esta semana` };

describe('personal data: access and erasure', () => {
  let stack: Stack;
  let ops: string;
  let receiver: Server;
  const received: Array<{ event: string; leadId: string; lead: unknown }> = [];

  beforeAll(async () => {
    stack = await startStack({ WEBHOOK_ALLOWED_PRIVATE_CIDRS: '127.0.0.1/32', SLA_TIME_SCALE: '1' });
    await stack.startWorker();
    ops = await login(stack, 'ops@leadops.dev');
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push(JSON.parse(body));
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
    await stack.database.db.query(`INSERT INTO webhook_subscriptions (url, events, secret) VALUES ($1, '{lead.erased}', 'crm-secret-0123456789')`, [
      `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
    ]);
  });
  afterAll(async () => {
    receiver?.close();
    await stack?.close();
  });

  it('exports, then erases everywhere, and keeps only that it happened', async () => {
    const first = (await gql(stack, CREATE, { input: INPUT }, ops)).data.createLead.id as string;
    await waitUntil(async () => (await stack.database.db.query('SELECT owner_id FROM leads WHERE id = $1', [first]))[0]?.owner_id, 20_000, 'assigned');
    // The same person again through the form: merged into the first lead.
    const again = (await gql(stack, CREATE, { input: { ...INPUT, description: 'Seguimos esperando su llamada' } }, ops)).data.createLead.id as string;
    await waitUntil(async () => (await stack.database.db.query('SELECT merged_into FROM leads WHERE id = $1', [again]))[0]?.merged_into, 20_000, 'merged');

    const exported = await gql(stack, 'query($e: String!) { personalData(email: $e) }', { e: EMAIL.toUpperCase() }, ops);
    expect(exported.errors).toBeUndefined();
    const data = exported.data.personalData;
    expect(data.leads.map((l: { id: string }) => l.id).sort()).toEqual([first, again].sort());
    expect(data.events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['CREATED', 'ASSIGNED', 'MERGED']));
    expect(data.classifications.length).toBeGreaterThan(0);

    const erased = await gql(stack, 'mutation($e: String!) { erasePersonalData(email: $e) { leads events classifications notifications workflows subscribersTold } }', { e: EMAIL }, ops);
    expect(erased.errors).toBeUndefined();
    expect(erased.data.erasePersonalData).toMatchObject({ leads: 2, workflows: expect.any(Number), subscribersTold: 1 });
    expect(erased.data.erasePersonalData.workflows).toBeGreaterThanOrEqual(2);

    // No table holds the person any more: not the e-mail, the phone, the name or their words.
    const tables: Array<{ table_name: string }> = await stack.database.db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`);
    for (const { table_name } of tables) {
      for (const needle of [EMAIL, '5555 0187', 'Valeria Quiroga', MARKER]) {
        const [{ n }] = await stack.database.db.query(`SELECT count(*)::int AS n FROM "${table_name}" t WHERE t::text ILIKE '%' || $1 || '%'`, [needle]);
        expect({ table_name, needle, n }).toEqual({ table_name, needle, n: 0 });
      }
    }
    // Temporal holds no history of the lead.
    const connection = await Connection.connect(temporalConnectionOptions(stack.config.temporal));
    try {
      const client = new Client({ connection, namespace: stack.config.temporal.namespace, dataConverter: leadDataConverter(stack.config.temporal.payloadEncryption) });
      // Temporal deletes asynchronously (a task on the history service; a closed execution within about a minute).
      for (const id of [first, again]) {
        await waitUntil(
          async () => client.workflow.getHandle(`lead-${id}`).describe().then(() => null, (e: unknown) => e instanceof WorkflowNotFoundError),
          150_000, `lead-${id} deleted`,
        );
      }
    } finally {
      await connection.close();
    }
    // Subscribers are told by id, with nothing about the person.
    await waitUntil(async () => received.filter((r) => r.event === 'lead.erased').length >= 2 || null, 20_000, 'lead.erased deliveries');
    expect(received.filter((r) => r.event === 'lead.erased').map((r) => r.leadId).sort()).toEqual([first, again].sort());
    expect(JSON.stringify(received)).not.toMatch(/valeria|textiles|quiroga/i);
    // The audit keeps the act: who, when, how much; not whom.
    const audit = await stack.database.db.query(`SELECT actor_id, action, after FROM audit_log WHERE entity = 'personal_data'`);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'ERASE', after: expect.objectContaining({ leads: 2 }) });
  }, 240_000);

  it('is for sales ops only, and takes one e-mail address', async () => {
    for (const email of ['manager@leadops.dev', 'rep1@leadops.dev']) {
      const token = await login(stack, email);
      expect((await gql(stack, 'query { personalData(email: "a@b.com") }', {}, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await gql(stack, 'mutation { erasePersonalData(email: "a@b.com") { leads } }', {}, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const bad = await gql(stack, 'mutation { erasePersonalData(email: "a@b.com, c@d.com") { leads } }', {}, ops);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });
});
