// Unsubscribe that works: every nurture e-mail carries a one-click link (RFC 8058); the POST stops nurture for the
// address for good; a GET (a person, or a mail scanner following links) changes nothing by itself.
import { SettingsStore } from '@leadops/persistence';
import { waitUntil } from '@leadops/testing';
import { gql, login, startStack, type Stack } from './harness';

const EMAIL = 'martina.ibarra@alimentosdelsur.com.mx';
const LEAD = {
  fullName: 'Martina Ibarra', email: EMAIL, jobPosition: 'Directora de TI', companyName: 'Alimentos del Sur', industry: 'Manufactura',
  location: 'Mérida, México', companySize: 300, description: 'Queremos conocer sus servicios de respaldo de datos y almacenamiento para el próximo año.',
};

describe('unsubscribe', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ SLA_TIME_SCALE: '43200' }); // a day lasts 2 s
    await new SettingsStore(stack.database.db).set('nurtureSequence', {
      businessDaysOnly: false,
      steps: [{ templateKey: 'nurture-welcome', waitDays: 0 }, { templateKey: 'nurture-case-study', waitDays: 2 }, { templateKey: 'nurture-case-study', waitDays: 2 }],
    }, null);
    await stack.startWorker();
  });
  afterAll(async () => stack?.close());

  it('takes one click from the mail client, and sends that address nothing more', async () => {
    const ops = await login(stack, 'ops@leadops.dev');
    const created = await gql(stack, 'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }', { input: LEAD }, ops);
    const leadId = created.data.createLead.id as string;
    const [first] = await stack.smtp.waitFor((m) => m.some((x) => x.to.includes(EMAIL)), 15_000).then((m) => m.filter((x) => x.to.includes(EMAIL)));
    const link = /^<(.+)>$/.exec(first!.headers['list-unsubscribe'] ?? '')?.[1];
    expect(link).toMatch(new RegExp(`/unsubscribe\\?l=${leadId}&t=`));
    expect(first!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(first!.text).toContain(link!);
    const local = link!.replace(/^https?:\/\/[^/]+/, stack.url);

    // A link scanner's GET shows a page; it unsubscribes nobody.
    const page = await fetch(local);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post">');
    expect(await stack.database.db.query('SELECT 1 FROM email_suppressions')).toEqual([]);

    // Another lead's id with this token, or a made-up token: refused.
    const forged = await fetch(local.replace(/t=[^&]+/, 't=AAAA'), { method: 'POST' });
    expect(forged.status).toBe(400);
    expect(await stack.database.db.query('SELECT 1 FROM email_suppressions')).toEqual([]);

    const oneClick = await fetch(local, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(oneClick.status).toBe(200);
    expect(await stack.database.db.query('SELECT email, reason FROM email_suppressions')).toEqual([{ email: EMAIL, reason: 'UNSUBSCRIBED' }]);
    await waitUntil(async () => (await stack.database.db.query(`SELECT 1 FROM lead_events WHERE lead_id = $1 AND type = 'ENGAGEMENT'`, [leadId])).length > 0 || null, 10_000, 'the unsubscribe on the timeline');

    // Steps 2 and 3 were due 4 and 8 s after the first: none goes out.
    await new Promise((r) => setTimeout(r, 9000));
    expect(stack.smtp.messages.filter((m) => m.to.includes(EMAIL))).toHaveLength(1);

    // The same person arrives again later as a new lead (the first one closed): nurture still writes nothing to them.
    await stack.database.db.query(`UPDATE leads SET status = 'CLOSED', outcome = 'LOST' WHERE id = $1`, [leadId]);
    const again = (await gql(stack, 'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }', { input: LEAD }, ops)).data.createLead.id as string;
    await waitUntil(async () => (await stack.database.db.query(`SELECT 1 FROM lead_events WHERE lead_id = $1 AND type = 'NURTURE_SUPPRESSED'`, [again])).length > 0 || null, 15_000, 'nurture suppressed for the new lead');
    expect(stack.smtp.messages.filter((m) => m.to.includes(EMAIL))).toHaveLength(1);
  }, 60_000);
});
