// The signed lead webhook (POST /webhooks/leads/:source) and outgoing webhook subscriptions, against the real API.
import { signPayload } from '@leadops/persistence';
import { gql, login, readAnswer, startStack, type Stack } from './harness';

const DEMO_SECRET = 'leadops-dev-webhook-secret';
const PARTNER_SECRET = 'partner-secret-0123456789';
const TEST_ENV = { WEBHOOK_SECRETS: `demo-form=${DEMO_SECRET},partner=${PARTNER_SECRET}` };

const LEAD = {
  fullName: 'Josh Biden', email: 'josh@openenergy.com', jobPosition: 'CTO', companyName: 'Open Energy LLC', industry: 'Manufacturing',
  location: 'USA, Miami', description: 'Necesitamos urgentemente mejorar nuestro respaldo de datos',
};

interface Sent {
  status: number;
  body: any;
  text: string;
}

describe('POST /webhooks/leads/:source', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack(TEST_ENV);
  });
  afterAll(async () => stack?.close());

  const now = () => Math.floor(Date.now() / 1000);

  async function send(opts: {
    source?: string; body?: string; secret?: string; timestamp?: number | string; signature?: string | null; key?: string;
    headers?: Record<string, string>; contentType?: string;
  } = {}): Promise<Sent> {
    const body = opts.body ?? JSON.stringify(LEAD);
    const timestamp = String(opts.timestamp ?? now());
    const headers: Record<string, string> = { 'content-type': opts.contentType ?? 'application/json', 'x-leadops-timestamp': timestamp, ...opts.headers };
    const signature = opts.signature === undefined ? signPayload(opts.secret ?? DEMO_SECRET, timestamp, body) : opts.signature;
    if (signature !== null) headers['x-leadops-signature'] = signature;
    if (opts.key !== undefined) headers['idempotency-key'] = opts.key;
    const res = await fetch(`${stack.url}/webhooks/leads/${opts.source ?? 'demo-form'}`, { method: 'POST', headers, body });
    return readAnswer(res);
  }

  const counts = async () => {
    const [row] = await stack.database.db.query(
      `SELECT (SELECT count(*)::int FROM leads) AS leads, (SELECT count(*)::int FROM outbox) AS outbox,
              (SELECT count(*)::int FROM webhook_receipts) AS receipts, (SELECT count(*)::int FROM lead_events) AS events`,
    );
    return row as { leads: number; outbox: number; receipts: number; events: number };
  };

  const expectNoLeak = (answer: Sent) => {
    expect(answer.text).not.toMatch(/\n\s+at /);
    expect(answer.text).not.toMatch(/\b(SELECT|INSERT|UPDATE)\b.*\b(FROM|INTO|SET)\b/);
  };

  it('accepts a signed lead with 202 and its id; the lead is stored as a webhook lead with its outbox row', async () => {
    const before = await counts();
    const answer = await send({ key: 'form-submission-1' });
    expect(answer.status).toBe(202);
    expect(answer.body.id).toMatch(/^[0-9a-f-]{36}$/);
    const [lead] = await stack.database.db.query('SELECT source, full_name, email, idempotency_key FROM leads WHERE id = $1', [answer.body.id]);
    expect(lead).toMatchObject({ source: 'webhook', full_name: 'Josh Biden', email: 'josh@openenergy.com' });
    const [outbox] = await stack.database.db.query('SELECT kind FROM outbox WHERE lead_id = $1', [answer.body.id]);
    expect(outbox.kind).toBe('START_LEAD_WORKFLOW');
    const [receipt] = await stack.database.db.query(`SELECT lead_id FROM webhook_receipts WHERE source = 'demo-form' AND idempotency_key = 'form-submission-1'`);
    expect(receipt.lead_id).toBe(answer.body.id);
    expect(await counts()).toMatchObject({ leads: before.leads + 1, outbox: before.outbox + 1, receipts: before.receipts + 1 });
  });

  it('answers a replayed idempotency key with the same id and creates nothing, even with a fresh timestamp', async () => {
    const first = await send({ key: 'form-submission-2' });
    const before = await counts();
    const replays = await Promise.all([send({ key: 'form-submission-2' }), send({ key: 'form-submission-2', timestamp: now() - 10 })]);
    for (const replay of replays) {
      expect(replay.status).toBe(202);
      expect(replay.body.id).toBe(first.body.id);
    }
    expect(await counts()).toEqual(before);
  });

  it('creates one lead for concurrent deliveries of the same key', async () => {
    const before = await counts();
    const answers = await Promise.all(Array.from({ length: 8 }, () => send({ key: 'burst-1' })));
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([202]));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect((await counts()).leads).toBe(before.leads + 1);
  });

  it('keeps idempotency keys per source: the same key from another source is another lead', async () => {
    const a = await send({ key: 'shared-key' });
    const b = await send({ key: 'shared-key', source: 'partner', secret: PARTNER_SECRET });
    expect(a.status).toBe(202);
    expect(b.status).toBe(202);
    expect(a.body.id).not.toBe(b.body.id);
  });

  it('creates a new lead for each delivery without an idempotency key', async () => {
    const a = await send();
    const b = await send();
    expect(a.body.id).not.toBe(b.body.id);
  });

  const unauthorized: Array<[string, Parameters<typeof send>[0]]> = [
    ['a signature made with another secret', { secret: 'not-the-secret-at-all' }],
    ['a signature of another body', { signature: signPayload(DEMO_SECRET, String(Math.floor(Date.now() / 1000)), '{"fullName":"x"}') }],
    ['no signature', { signature: null }],
    ['a signature without the sha256= prefix', { signature: 'deadbeef' }],
    ['a signature of the wrong length', { signature: 'sha256=abcd' }],
    ['a timestamp 6 minutes old', { timestamp: Math.floor(Date.now() / 1000) - 360 }],
    ['a timestamp 6 minutes ahead', { timestamp: Math.floor(Date.now() / 1000) + 360 }],
    ['a timestamp in milliseconds', { timestamp: Date.now() }],
    ['a timestamp that is not a number', { timestamp: 'yesterday' }],
    ['an unknown source', { source: 'unknown-form' }],
    ['a source of another secret', { source: 'partner' }],
    ['a source that looks like a prototype key', { source: '__proto__' }],
    ['a source named constructor', { source: 'constructor' }],
  ];

  it.each(unauthorized)('refuses %s with 401 and stores nothing', async (_case, opts) => {
    const before = await counts();
    const answer = await send({ ...opts, key: `never-${Math.random()}` });
    expect(answer.status).toBe(401);
    expect(answer.body.error.code).toBe('UNAUTHENTICATED');
    expectNoLeak(answer);
    expect(await counts()).toEqual(before);
  });

  it('refuses a replayed key whose signature is bad (401, not the stored id)', async () => {
    await send({ key: 'form-submission-3' });
    const answer = await send({ key: 'form-submission-3', secret: 'wrong-secret-wrong-secret' });
    expect(answer.status).toBe(401);
    expect(answer.body.id).toBeUndefined();
  });

  const badRequests: Array<[string, Parameters<typeof send>[0], string | null]> = [
    ['a lead without e-mail', { body: JSON.stringify({ fullName: 'Ana' }) }, 'email'],
    ['an e-mail that is a number', { body: JSON.stringify({ fullName: 'Ana', email: 42 }) }, 'email'],
    ['a negative age', { body: JSON.stringify({ ...LEAD, age: -3 }) }, 'age'],
    ['an empty name', { body: JSON.stringify({ ...LEAD, fullName: '   ' }) }, 'fullName'],
    ['a JSON array', { body: JSON.stringify([LEAD]) }, 'body'],
    ['a JSON string sent as text/plain', { body: '"hello"', contentType: 'text/plain' }, 'body'],
    ['JSON null sent as text/plain', { body: 'null', contentType: 'text/plain' }, 'body'],
    ['broken JSON sent as text/plain', { body: '{"fullName": ', contentType: 'text/plain' }, 'body'],
    ['an idempotency key with spaces', { key: 'has spaces' }, 'idempotency-key'],
    ['an idempotency key of 201 characters', { key: 'k'.repeat(201) }, 'idempotency-key'],
  ];

  it.each(badRequests)('refuses %s with 400 naming the field and stores nothing', async (_case, opts, field) => {
    const before = await counts();
    const answer = await send(opts);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('BAD_USER_INPUT');
    if (field) {
      expect(answer.body.error.field).toBe(field);
      expect(answer.body.error.message).toContain(field);
    }
    expectNoLeak(answer);
    expect(await counts()).toEqual(before);
  });

  it('refuses malformed JSON with 400 before anything else, and stores nothing', async () => {
    const before = await counts();
    const answer = await send({ body: '{"fullName": "Ana", ' });
    expect(answer.status).toBe(400);
    expectNoLeak(answer);
    expect(await counts()).toEqual(before);
  });

  it('refuses a body over the size limit with 413 and stores nothing', async () => {
    const before = await counts();
    const answer = await send({ body: JSON.stringify({ ...LEAD, description: 'x'.repeat(300 * 1024) }) });
    expect(answer.status).toBe(413);
    expectNoLeak(answer);
    expect(await counts()).toEqual(before);
  });

  it('does not store a rejected key: a later valid delivery with it creates the lead', async () => {
    const bad = await send({ key: 'fixed-later', body: JSON.stringify({ fullName: 'Ana' }) });
    expect(bad.status).toBe(400);
    const good = await send({ key: 'fixed-later', body: JSON.stringify({ fullName: 'Ana', email: 'ana@acme.mx' }) });
    expect(good.status).toBe(202);
    const [lead] = await stack.database.db.query('SELECT email FROM leads WHERE id = $1', [good.body.id]);
    expect(lead.email).toBe('ana@acme.mx');
  });

  describe('outgoing subscriptions', () => {
    it('lets sales ops create, list and delete subscriptions; the secret never comes back; audited', async () => {
      const ops = await login(stack, 'ops@leadops.dev');
      const created = await gql(stack, `mutation { createWebhookSubscription(url: "https://crm.example.net/hooks/leadops", events: ["lead.created", "lead.assigned"], secret: "subscriber-secret-123") { id url events active recentDeliveries { id } } }`, {}, ops);
      expect(created.errors).toBeUndefined();
      expect(created.data.createWebhookSubscription).toMatchObject({ url: 'https://crm.example.net/hooks/leadops', events: ['lead.created', 'lead.assigned'], active: true, recentDeliveries: [] });
      const id = created.data.createWebhookSubscription.id;

      const list = await gql(stack, `{ webhookSubscriptions { id url events } }`, {}, ops);
      expect(list.data.webhookSubscriptions.map((s: any) => s.id)).toEqual([id]);
      expect(JSON.stringify(list)).not.toContain('subscriber-secret-123');
      // At rest the secret is sealed (TEMPORAL_PAYLOAD_KEYS): a database copy cannot sign webhooks as LeadOps.
      const [stored] = await stack.database.db.query('SELECT secret FROM webhook_subscriptions WHERE id = $1', [id]);
      expect(stored.secret).toMatch(/^sealed:v1:/);
      expect(stored.secret).not.toContain('subscriber-secret-123');

      const audit = await gql(stack, `query($id: String) { auditLog(entity: "webhook_subscription", entityId: $id) { action after } }`, { id }, ops);
      expect(audit.data.auditLog[0].action).toBe('CREATE');
      expect(JSON.stringify(audit.data)).not.toContain('subscriber-secret-123');

      const deleted = await gql(stack, `mutation($id: ID!) { deleteWebhookSubscription(id: $id) }`, { id }, ops);
      expect(deleted.data.deleteWebhookSubscription).toBe(true);
      expect((await gql(stack, `{ webhookSubscriptions { id } }`, {}, ops)).data.webhookSubscriptions).toEqual([]);
      expect((await gql(stack, `mutation($id: ID!) { deleteWebhookSubscription(id: $id) }`, { id }, ops)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    let opsToken: string | undefined;
    it.each([
      ['a non-http URL', { url: 'file:///etc/passwd' }, 'url'],
      ['a URL with credentials', { url: 'https://user:pass@crm.example.net/' }, 'url'],
      ['not a URL', { url: 'crm dot example' }, 'url'],
      ['this machine by name', { url: 'http://localhost:3000/graphql' }, 'url'],
      ['a loopback address', { url: 'http://127.0.0.1:5432/' }, 'url'],
      ['a loopback address in decimal', { url: 'http://2130706433/' }, 'url'],
      ['IPv6 loopback', { url: 'http://[::1]/' }, 'url'],
      ['an IPv4-mapped IPv6 loopback', { url: 'http://[::ffff:127.0.0.1]/' }, 'url'],
      ['the cloud metadata service', { url: 'http://169.254.169.254/latest/meta-data/' }, 'url'],
      ['a private network address', { url: 'https://10.0.0.5/hook' }, 'url'],
      ['a private network address (192.168)', { url: 'https://192.168.1.10/hook' }, 'url'],
      ['an unknown event', { events: ['lead.exploded'] }, 'events[0]'],
      ['no events', { events: [] }, 'events'],
      ['a short secret', { secret: 'short' }, 'secret'],
    ])('refuses %s', async (_case, change, field) => {
      const ops = (opsToken ??= await login(stack, 'ops@leadops.dev')); // one login: the limiter counts them
      const vars = { url: 'https://crm.example.net/hook', events: ['lead.created'], secret: 'subscriber-secret-123', ...change };
      const answer = await gql(stack, `mutation($url: String!, $events: [String!]!, $secret: String!) { createWebhookSubscription(url: $url, events: $events, secret: $secret) { id } }`, vars, ops);
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    it('is for sales ops only', async () => {
      for (const email of ['manager@leadops.dev', 'rep1@leadops.dev']) {
        const answer = await gql(stack, `{ webhookSubscriptions { id } }`, {}, await login(stack, email));
        expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    });
  });

  // Last: it uses up this caller's allowance for the demo-form source.
  it('answers a flood with 429 once the per-minute allowance is used up, and stores nothing for it', async () => {
    const before = await counts();
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) {
      const batch = await Promise.all(Array.from({ length: 10 }, () => send({ signature: 'sha256=' + '0'.repeat(64) })));
      statuses.push(...batch.map((b) => b.status));
      if (statuses.includes(429)) break;
    }
    expect(statuses).toContain(429);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    const limited = await send({ key: 'after-flood' });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('TOO_MANY_REQUESTS');
    expect(await counts()).toEqual(before);
  });
});
