// A lead's scoring (fit reasons, next steps, a console link) goes to the seller's own people only: a form, a webhook or
// a CSV cannot turn LeadOps into a mail relay or hand its assessment to whoever submitted the lead.
import { signPayload } from '@leadops/persistence';
import { waitUntil } from '@leadops/testing';
import { gql, login, readAnswer, startStack, type Stack } from './harness';

const CREATE = 'mutation($input: CreateLeadInput!) { createLead(input: $input) { id notifyEmail } }';
const LEAD = { fullName: 'Rosa Méndez', email: 'rosa@fabricanorte.mx', jobPosition: 'CTO', companyName: 'Fábrica Norte', description: 'Respaldo urgente' };

describe('notify recipients', () => {
  let stack: Stack;
  let ops: string;
  let n = 0;
  const lead = (notifyEmail: string) => ({ ...LEAD, email: `rosa${++n}@fabricanorte.mx`, fullName: `Rosa Méndez ${n}`, notifyEmail });

  beforeAll(async () => {
    stack = await startStack({ NOTIFY_EMAIL_DOMAINS: 'sasnw.com' });
    ops = await login(stack, 'ops@leadops.dev');
  });
  afterAll(async () => stack?.close());

  it.each([
    ['an outside address', 'attacker@gmail.com', /must be an address of sasnw\.com or of a LeadOps user/],
    ["the lead's own company", 'it@fabricanorte.mx', /must be an address of sasnw\.com/],
    ['a list of addresses', 'ventas@sasnw.com, attacker@gmail.com', /must be one email address/],
    ['a header injection', 'ventas@sasnw.com\r\nBcc: attacker@gmail.com', /must be one email address|line/],
    ['a look-alike domain', 'ventas@sasnw.com.evil.io', /must be an address of sasnw\.com/],
  ])('createLead refuses %s, naming the field, and stores nothing', async (_case, address, message) => {
    const before = (await stack.database.db.query('SELECT count(*)::int AS n FROM leads'))[0].n;
    const answer = await gql(stack, CREATE, { input: lead(address) }, ops);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'notifyEmail' });
    expect(answer.errors?.[0]?.message).toMatch(message);
    expect((await stack.database.db.query('SELECT count(*)::int AS n FROM leads'))[0].n).toBe(before);
  });

  it("takes the seller's domain (and subdomains) and any LeadOps user's address", async () => {
    for (const address of ['ventas@sasnw.com', 'alertas@mx.sasnw.com', 'rep1@leadops.dev']) {
      const answer = await gql(stack, CREATE, { input: lead(address) }, ops);
      expect({ address, errors: answer.errors }).toEqual({ address, errors: undefined });
    }
  });

  it('refuses it through the signed webhook and the CSV import too', async () => {
    const body = JSON.stringify(lead('attacker@gmail.com'));
    const timestamp = String(Math.floor(Date.now() / 1000));
    const hook = await fetch(`${stack.url}/webhooks/leads/demo-form`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-leadops-timestamp': timestamp, 'x-leadops-signature': signPayload('leadops-dev-webhook-secret', timestamp, body) },
      body,
    }).then(readAnswer);
    expect(hook.status).toBe(400);
    expect(hook.body.error.field).toBe('notifyEmail');

    const csv = `Full Name,Email,Email to notify\nLuis Uno,luis1@fabricanorte.mx,attacker@gmail.com\nLuis Dos,luis2@fabricanorte.mx,ventas@sasnw.com\n`;
    const imported = await fetch(`${stack.url}/imports/leads`, { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${ops}` }, body: csv }).then(readAnswer);
    expect(imported.body).toMatchObject({ imported: 1, failed: 1 });
    expect(imported.body.rows).toEqual([expect.objectContaining({ row: 2, field: 'notifyEmail' })]);
  });

  it('sends nothing to a notify address stored before the rule (checked again before sending)', async () => {
    // No worker yet: the lead waits in Temporal while its notify address is changed behind the API's back, as if an
    // older version had stored it.
    const answer = await gql(stack, CREATE, { input: lead('ventas@sasnw.com') }, ops);
    const id = answer.data.createLead.id;
    await stack.database.db.query(`UPDATE leads SET notify_email = 'old-relay@gmail.com' WHERE id = $1`, [id]);
    await stack.startWorker();
    const [refused] = await waitUntil(async () => {
      const rows = await stack.database.db.query(`SELECT message FROM lead_events WHERE lead_id = $1 AND type = 'NOTIFY_REFUSED'`, [id]);
      return rows.length ? rows : null;
    }, 15_000, 'the refusal on the timeline');
    expect(refused.message).toMatch(/must be an address of sasnw\.com/);
    await stack.smtp.waitFor((m) => m.some((x) => x.subject && x.to.length > 0 && m.length > 0), 5000); // the owner's e-mail went out
    expect(stack.smtp.messages.filter((m) => m.to.includes('old-relay@gmail.com'))).toEqual([]);
  }, 30_000);
});
