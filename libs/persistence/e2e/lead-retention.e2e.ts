// Retention: a lead closed longer ago than the retention period loses what names or reaches the person, keeps what the
// sales team measures, and nothing else is touched.
import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@leadops/testing';
import { PersonalDataStore, seedDemoData } from '@leadops/persistence';

const DAY = 24 * 60 * 60 * 1000;

describe('lead retention', () => {
  let database: TestDatabase;
  let rep: string;
  const store = () => new PersonalDataStore(database.db);
  const q = (sql: string, params: unknown[] = []) => database.db.query(sql, params);

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoData(database.db);
    rep = (await q(`SELECT id FROM users WHERE role = 'REP' ORDER BY email LIMIT 1`))[0].id;
  });
  afterAll(async () => database?.drop());

  /** A lead of Laura's with a note, an e-mail sent and a classification; closed `closedDaysAgo` days ago, or open. */
  async function laurasLead(closedDaysAgo: number | null): Promise<string> {
    const id = randomUUID();
    const email = `laura.${id.slice(0, 8)}@acme.mx`;
    await q(
      `INSERT INTO leads (id, source, full_name, email, email_normalized, phone, phone_e164, job_position, company_name, industry, location, age, gender,
                          notify_email, description, profile_id, workflow_id, status, stage, priority, owner_id, outcome, outcome_reason, closed_at, first_contacted_at)
       VALUES ($1, 'web_form', 'Laura Gómez', $2, $2, '+52 55 1234 5678', '+525512345678', 'CTO', 'Acme', 'Retail', 'CDMX', 41, 'female',
               'ventas@acme.mx', 'Call Laura Gómez on her mobile', 'default', $3, $4, 'SQL', 'P1', $5, $6, $7, $8, now() - interval '800 days')`,
      [id, email, `lead-${id}`, closedDaysAgo === null ? 'CONTACTED' : 'CLOSED', rep, closedDaysAgo === null ? null : 'LOST',
        closedDaysAgo === null ? null : 'chose a competitor', closedDaysAgo === null ? null : new Date(Date.now() - closedDaysAgo * DAY)],
    );
    await q(`INSERT INTO lead_events (lead_id, type, message, data) VALUES ($1, 'CREATED', $2, '{"detail": "Laura Gómez"}')`, [id, `Lead Laura Gómez <${email}> arrived`]);
    await q(`INSERT INTO lead_events (lead_id, type, message, actor_id) VALUES ($1, 'NOTE', 'Laura prefers WhatsApp at +52 55 1234 5678', $2)`, [id, rep]);
    await q(`INSERT INTO notifications (key, lead_id, channel, recipient, subject, status) VALUES ($1, $2, 'email', $3, 'Your request, Laura', 'SENT')`, [`k-${id}`, id, email]);
    await q(
      `INSERT INTO classifications (lead_id, result, classifier, policy_version, profile_id, latency_ms, attempt_key)
       VALUES ($1, $2, 'rules', 'p1', 'default', 3, $3)`,
      [id, JSON.stringify({ stage: 'SQL', priority: 'P1', summary: 'Laura Gómez, CTO at Acme, needs backup', explanation: ['CTO: C-level'], nextSteps: ['Call Laura today'], detectedNeeds: ['backup'], intent: { kind: 'BUYER', evidence: ['soy Laura Gómez, necesito respaldo'] } }), `a-${id}`],
    );
    return id;
  }

  const leadRow = async (id: string) => (await q('SELECT * FROM leads WHERE id = $1', [id]))[0];

  it('anonymises leads closed before the cutoff, keeps their figures, and leaves recent and open leads alone', async () => {
    const old = await laurasLead(800);
    const recent = await laurasLead(10);
    const open = await laurasLead(null);
    const oldEmail = (await leadRow(old)).email;

    expect(await store().anonymiseClosedLeads(new Date(Date.now() - 730 * DAY), 100)).toBe(1);

    const gone = await leadRow(old);
    expect(gone).toMatchObject({
      full_name: '(anonymised)', email: `anonymised-${old}@invalid`, phone: null, phone_e164: null, job_position: null, age: null, gender: null,
      notify_email: null, description: null,
      // What the sales team measures stays.
      status: 'CLOSED', stage: 'SQL', priority: 'P1', owner_id: rep, outcome: 'LOST', outcome_reason: 'chose a competitor', company_name: 'Acme', industry: 'Retail',
    });
    expect(gone.anonymised_at).toBeInstanceOf(Date);
    const text = JSON.stringify({
      lead: gone,
      events: await q('SELECT message, data FROM lead_events WHERE lead_id = $1', [old]),
      classifications: await q('SELECT result FROM classifications WHERE lead_id = $1', [old]),
      notifications: await q('SELECT * FROM notifications WHERE lead_id = $1', [old]),
    });
    for (const personal of ['Laura', 'Gómez', oldEmail, '1234', 'ventas@acme.mx', 'CTO at', 'female']) expect(text).not.toContain(personal);
    expect(await q('SELECT * FROM notifications WHERE lead_id = $1', [old])).toHaveLength(0);
    expect((await q('SELECT result FROM classifications WHERE lead_id = $1', [old]))[0].result).toMatchObject({ stage: 'SQL', priority: 'P1', detectedNeeds: ['backup'], intent: { kind: 'BUYER', evidence: [] } });
    // The person's data request finds nothing left under their address.
    expect((await store().export(oldEmail)).leads).toHaveLength(0);
    const audit = await q(`SELECT after FROM audit_log WHERE entity = 'retention' ORDER BY id DESC LIMIT 1`);
    expect(audit[0].after).toMatchObject({ leads: 1, leadIds: [old] });

    for (const kept of [recent, open]) {
      expect(await leadRow(kept)).toMatchObject({ full_name: 'Laura Gómez', anonymised_at: null, phone: '+52 55 1234 5678' });
      expect(await q('SELECT * FROM notifications WHERE lead_id = $1', [kept])).toHaveLength(1);
    }

    // Nothing is anonymised twice.
    expect(await store().anonymiseClosedLeads(new Date(Date.now() - 730 * DAY), 100)).toBe(0);
  });

  it('works in batches: each call takes at most its batch, oldest first, until none is due', async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await laurasLead(900 + i));
    const cutoff = new Date(Date.now() - 730 * DAY);
    expect(await store().anonymiseClosedLeads(cutoff, 2)).toBe(2);
    expect((await leadRow(ids[4]!)).anonymised_at).toBeInstanceOf(Date); // closed longest ago
    expect(await store().anonymiseClosedLeads(cutoff, 2)).toBe(2);
    expect(await store().anonymiseClosedLeads(cutoff, 2)).toBe(1);
    expect(await store().anonymiseClosedLeads(cutoff, 2)).toBe(0);
  });
});
