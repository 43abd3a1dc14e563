// Each rep's open-lead count, which routing reads under the rule's cursor lock (every new lead of the rule waits on it):
// exact through every kind of lead change, and as cheap with 30,000 open leads as with none.
import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@leadops/testing';
import { RoutingStore, seedDemoData } from '@leadops/persistence';

describe("reps' open leads", () => {
  let database: TestDatabase;
  let reps: string[];
  const routing = () => new RoutingStore(database.db);

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoData(database.db);
    reps = (await database.db.query(`SELECT id FROM users WHERE role = 'REP' ORDER BY id`)).map((r: { id: string }) => r.id);
    await database.db.query(`UPDATE users SET capacity = 1000000 WHERE role = 'REP'`);
  });
  afterAll(async () => database?.drop());

  async function insertLead(owner: string | null, status = owner ? 'ASSIGNED' : 'NEW'): Promise<string> {
    const id = randomUUID();
    await database.db.query(
      `INSERT INTO leads (id, source, full_name, email, email_normalized, profile_id, workflow_id, status, stage, priority, owner_id)
       VALUES ($1, 'web_form', 'Lead', $2, $2, 'default', $3, $4, 'SQL', 'P1', $5)`,
      [id, `${id}@open-leads.test`, `lead-${id}`, status, owner],
    );
    return id;
  }

  /** The kept counts against a count of the leads table, rep by rep. */
  async function countsAgree(): Promise<Record<string, { kept: number; counted: number }>> {
    const rows = await database.db.query(
      `SELECT u.id, u.open_leads AS kept, (SELECT count(*)::int FROM leads l WHERE l.owner_id = u.id AND l.status <> 'CLOSED') AS counted
         FROM users u ORDER BY u.id`,
    );
    return Object.fromEntries(rows.map((r: { id: string; kept: number; counted: number }) => [r.id, { kept: r.kept, counted: r.counted }]));
  }
  const expectAgreement = async () => {
    for (const [id, c] of Object.entries(await countsAgree())) expect({ id, ...c, agree: c.kept === c.counted }).toEqual({ id, ...c, agree: true });
  };

  it('stays exact through assignment, reassignment, queueing, close, reopen, merge, bulk changes and delete', async () => {
    const [a, b] = reps as [string, string];
    const l1 = await insertLead(a);
    const l2 = await insertLead(a);
    const l3 = await insertLead(null);
    const l4 = await insertLead(b, 'CLOSED'); // a closed lead never counts
    await expectAgreement();
    expect((await countsAgree())[a]!.kept).toBe(2);

    await database.db.query(`UPDATE leads SET owner_id = $2 WHERE id = $1`, [l1, b]); // reassigned
    await database.db.query(`UPDATE leads SET owner_id = $2, status = 'ASSIGNED' WHERE id = $1`, [l3, a]); // assigned from the queue
    await database.db.query(`UPDATE leads SET status = 'CONTACTED' WHERE id = $1`, [l2]); // still open
    await expectAgreement();
    await database.db.query(`UPDATE leads SET status = 'CLOSED', outcome = 'LOST' WHERE id = $1`, [l2]); // closed
    await database.db.query(`UPDATE leads SET status = 'ASSIGNED', outcome = NULL WHERE id = $1`, [l4]); // reopened
    await database.db.query(`UPDATE leads SET owner_id = NULL, status = 'QUEUED' WHERE id = $1`, [l3]); // back to the queue
    await expectAgreement();
    await database.db.query(`UPDATE leads SET owner_id = $1 WHERE status <> 'CLOSED'`, [b]); // bulk hand-over
    await expectAgreement();
    await database.db.query(`UPDATE leads SET status = 'CLOSED', merged_into = $2 WHERE id = $1`, [l1, l4]); // merged as a duplicate
    await database.db.query(`DELETE FROM leads WHERE id = $1`, [l3]); // an open lead removed
    await expectAgreement();
  });

  it('routes past a rep at capacity by the kept count', async () => {
    const [a, b] = reps as [string, string];
    const open = (await countsAgree())[a]!.kept;
    await database.db.query(`UPDATE users SET capacity = $2 WHERE id = $1`, [a, open + 1]);
    const owners: string[] = [];
    for (let i = 0; i < 4; i++) {
      const lead = await insertLead(null);
      owners.push((await routing().assign(assignRequest(lead), new Date())).ownerId!);
    }
    // One more lead fits rep a; after that rep a is full and every lead goes to rep b.
    expect(owners.filter((o) => o === a)).toHaveLength(1);
    expect(owners.filter((o) => o === b)).toHaveLength(3);
    await expectAgreement();
    await database.db.query(`UPDATE users SET capacity = 1000000 WHERE role = 'REP'`);
  });

  it('assigns as fast with 30,000 open leads as with a handful (the count is not taken under the cursor lock)', async () => {
    const medianAssignMs = async () => {
      const times: number[] = [];
      for (let i = 0; i < 35; i++) {
        const lead = await insertLead(null);
        const started = performance.now();
        await routing().assign(assignRequest(lead), new Date());
        if (i >= 20) times.push(performance.now() - started); // the first ones warm up connections, plans and caches
      }
      return times.sort((x, y) => x - y)[7]!;
    };
    // Measured in blocks, so a burst of load from other work on the machine can land on one block: "few" is measured
    // before and after, "many" up to three times, and the best ratio counts. Counting under the lock stays ~10x in all.
    const fewBefore = await medianAssignMs();
    await database.db.query(
      `INSERT INTO leads (id, source, full_name, email, email_normalized, profile_id, workflow_id, status, stage, priority, owner_id)
       SELECT g.id, 'web_form', 'Lead', g.id || '@bulk.test', g.id || '@bulk.test', 'default', 'lead-' || g.id, 'ASSIGNED', 'SQL', 'P2', ($1::uuid[])[1 + n % 2]
         FROM (SELECT gen_random_uuid() AS id, n FROM generate_series(1, 30000) AS n) g`,
      [reps],
    );
    await database.db.query('ANALYZE leads');
    const many: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      many.push(await medianAssignMs());
      if (many[attempt]! / fewBefore < 2) break;
    }
    await database.db.query(`UPDATE leads SET status = 'CLOSED', outcome = 'LOST' WHERE email LIKE '%@bulk.test'`);
    const fewAfter = await medianAssignMs();
    const few = Math.max(fewBefore, fewAfter);
    const ratio = Math.min(...many) / few;
    console.log(`[open leads] assignment median ${fewBefore.toFixed(1)} / ${fewAfter.toFixed(1)} ms with a few open leads, ${many.map((m) => m.toFixed(1)).join(' / ')} ms with 30,000 (ratio ${ratio.toFixed(2)})`);
    // Counting the leads table here took 42 ms at 28,000 open leads: ten times a whole assignment with a few.
    expect(ratio).toBeLessThan(3);
    await expectAgreement();
  }, 120_000);
});

function assignRequest(leadId: string) {
  return {
    leadId, attemptKey: `assign-${leadId}`, slaMinutes: 5, slaFrom: 'CREATED' as const, timeScale: 1,
    facts: { stage: 'SQL' as const, priority: 'P1' as const, industry: null, country: 'MX', language: 'es', source: 'web_form', dealSize: null, matchedServices: [] },
  };
}
