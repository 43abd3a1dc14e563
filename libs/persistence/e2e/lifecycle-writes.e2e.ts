// The stores write the lead's lifecycle with conditional UPDATEs (atomic against a concurrent change); the rules are the
// domain's (libs/domain/src/lifecycle). For every status and SLA state a lead can be in, each store write must leave the
// row where the domain's transition says, or unchanged where the domain refuses it.
import { randomUUID } from 'node:crypto';
import { lifecycle, LEAD_OUTCOMES, LEAD_STATUSES, SLA_STATES, type LeadLifecycle, type LeadStatus, type SlaState, type Transition } from '@leadops/domain';
import { createTestDatabase, type TestDatabase } from '@leadops/testing';
import { LeadStore } from '@leadops/persistence';

describe('lifecycle writes of the lead store agree with the domain', () => {
  let database: TestDatabase;
  let leads: LeadStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    leads = new LeadStore(database.db);
  });
  afterAll(async () => database?.drop());

  async function leadIn(status: LeadStatus, slaState: SlaState): Promise<string> {
    const id = randomUUID();
    await database.db.query(
      `INSERT INTO leads (id, source, full_name, email, email_normalized, profile_id, workflow_id, status, stage, priority, sla_state, outcome)
       VALUES ($1, 'web_form', 'Lead', $2, $2, 'default', $3, $4, 'SQL', 'P1', $5, $6)`,
      [id, `${id}@lifecycle.test`, `lead-${id}`, status, slaState, status === 'CLOSED' ? 'LOST' : null],
    );
    return id;
  }
  const row = async (id: string) => {
    const [r] = await database.db.query('SELECT status, sla_state AS "slaState", outcome FROM leads WHERE id = $1', [id]);
    return r as { status: LeadStatus; slaState: SlaState; outcome: string | null };
  };
  const domainLead = (status: LeadStatus, slaState: SlaState): LeadLifecycle => ({
    ...lifecycle.arrive(), status, slaState, stage: 'SQL', priority: 'P1', outcome: status === 'CLOSED' ? 'LOST' : null,
  });
  /** Where the domain puts the lead; a refused transition leaves it as it was. */
  const expected = (before: LeadLifecycle, t: Transition) => {
    const after = t.ok ? t.lead : before;
    return { status: after.status, slaState: after.slaState, outcome: after.outcome };
  };

  // Every pair but a closed lead with a running clock, which no transition produces (closing stops the clock).
  it("the leads table's CHECK constraints accept exactly the domain's values (the migrations are reviewed SQL, kept in step)", async () => {
    const accepted = async (column: string) => {
      const [{ def }] = await database.db.query(
        `SELECT pg_get_constraintdef(c.oid) AS def FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
          WHERE c.conrelid = 'leads'::regclass AND c.contype = 'c' AND a.attname = $1`,
        [column],
      );
      return [...String(def).matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]).sort();
    };
    expect(await accepted('status')).toEqual([...LEAD_STATUSES].sort());
    expect(await accepted('sla_state')).toEqual([...SLA_STATES].sort());
    expect(await accepted('outcome')).toEqual([...LEAD_OUTCOMES].sort());
  });

  const states = LEAD_STATUSES.flatMap((status) => SLA_STATES.map((slaState) => [status, slaState] as const)).filter(([s, c]) => !(s === 'CLOSED' && c === 'RUNNING'));

  it.each(states)('first contact of a %s lead with a %s SLA', async (status, slaState) => {
    const id = await leadIn(status, slaState);
    await leads.recordFirstContact(id, new Date().toISOString());
    expect(await row(id)).toEqual(expected(domainLead(status, slaState), lifecycle.contact(domainLead(status, slaState))));
  });

  it.each(states)('breach of a %s lead with a %s SLA', async (status, slaState) => {
    const id = await leadIn(status, slaState);
    await leads.markSlaBreached(id);
    expect(await row(id)).toEqual(expected(domainLead(status, slaState), lifecycle.breach(domainLead(status, slaState))));
  });

  it.each(states.filter(([status]) => status !== 'CLOSED'))('close of a %s lead with a %s SLA', async (status, slaState) => {
    const id = await leadIn(status, slaState);
    await leads.close(id, 'CONVERTED', null);
    expect(await row(id)).toEqual(expected(domainLead(status, slaState), lifecycle.close(domainLead(status, slaState), 'CONVERTED', null)));
  });

  it.each(states.filter(([status]) => status !== 'CLOSED'))('nurture start of a %s lead with a %s SLA', async (status, slaState) => {
    const id = await leadIn(status, slaState);
    await leads.startNurturing(id);
    expect(await row(id)).toEqual(expected(domainLead(status, slaState), lifecycle.nurtureStep(domainLead(status, slaState), 0)));
  });
});
