// Bounces and complaints reported by the mail relay after the fact: signed by the relay's own source, they put the
// address on the suppression list that nurture, imports and resubmissions respect.
import { signPayload } from '@leadops/persistence';
import { readAnswer, startStack, type Stack } from './harness';

const RELAY_SECRET = 'relay-secret-for-the-e2e-0123456789';

describe('e-mail events from the mail relay', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ WEBHOOK_SECRETS: `demo-form=leadops-dev-webhook-secret,mail-relay=${RELAY_SECRET}` });
  });
  afterAll(async () => stack?.close());

  const send = (body: unknown, source = 'mail-relay', secret = RELAY_SECRET) => {
    const raw = JSON.stringify(body);
    const timestamp = String(Math.floor(Date.now() / 1000));
    return fetch(`${stack.url}/webhooks/email-events/${source}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-leadops-timestamp': timestamp, 'x-leadops-signature': signPayload(secret, timestamp, raw) },
      body: raw,
    }).then(readAnswer);
  };
  const suppression = async (email: string) =>
    ((await stack.database.db.query('SELECT reason FROM email_suppressions WHERE email = $1', [email]))[0]?.reason as string | undefined) ?? null;

  it('suppresses hard bounces and complaints, and lets a soft bounce pass', async () => {
    const answer = await send({ events: [
      { type: 'hard_bounce', email: 'Gone.Mailbox@Acme.mx' },
      { type: 'soft_bounce', email: 'full.mailbox@acme.mx' },
      { type: 'complaint', email: 'annoyed@acme.mx' },
    ] });
    expect(answer).toMatchObject({ status: 200, body: { suppressed: 2, ignored: 1 } });
    expect(await suppression('gone.mailbox@acme.mx')).toBe('BOUNCED');
    expect(await suppression('annoyed@acme.mx')).toBe('UNSUBSCRIBED');
    expect(await suppression('full.mailbox@acme.mx')).toBeNull();
  });

  it('refuses other sources, bad signatures and malformed events, naming the field, and stores nothing', async () => {
    const one = { events: [{ type: 'hard_bounce', email: 'victim@acme.mx' }] };
    // A lead-form partner holds a valid secret of its own: it still may not silence anyone.
    expect((await send(one, 'demo-form', 'leadops-dev-webhook-secret')).status).toBe(403);
    expect((await send(one, 'mail-relay', 'a-guessed-secret-a-guessed-secret')).status).toBe(401);
    const badType = await send({ events: [{ type: 'delivered', email: 'x@acme.mx' }] });
    expect(badType.status).toBe(400);
    expect(badType.text).toContain('events[0].type');
    const twoAddresses = await send({ events: [{ type: 'hard_bounce', email: 'a@acme.mx' }, { type: 'hard_bounce', email: 'b@acme.mx, victim@acme.mx' }] });
    expect(twoAddresses.status).toBe(400);
    expect(twoAddresses.text).toContain('events[1].email');
    expect((await send({ events: [] })).status).toBe(400);
    for (const email of ['victim@acme.mx', 'a@acme.mx', 'x@acme.mx']) expect(await suppression(email)).toBeNull();
  });
});
