// A lead whose workflow start falls to the outbox relay (Temporal was down) still joins the trace it arrived in: the
// trace context is stored with its outbox row and handed back to the relay.
import { createTestDatabase, type TestDatabase } from '@leadops/testing';
import { LeadStore, seedDemoData, type OutboxRow } from '@leadops/persistence';

describe('outbox rows keep the trace context of the request that stored the lead', () => {
  let database: TestDatabase;
  let store: LeadStore;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoData(database.db);
    store = new LeadStore(database.db);
  });
  afterAll(async () => database?.drop());

  const lead = (n: number) => ({ fullName: `Ana ${n}`, email: `ana${n}@example.mx`, source: 'api' as const });

  it('hands the stored traceparent to the relay, and nothing for an untraced lead', async () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const traced = (await store.createLead({ lead: lead(1), profileId: 'default', traceContext: { traceparent } })).lead;
    const untraced = (await store.createLead({ lead: lead(2), profileId: 'default', traceContext: {} })).lead;
    const seen: OutboxRow[] = [];
    const { dispatched } = await store.dispatchOutbox(10, 0, async (row) => void seen.push(row));
    expect(dispatched).toBe(2);
    expect(seen.find((r) => r.leadId === traced.id)!.traceContext).toEqual({ traceparent });
    expect(seen.find((r) => r.leadId === untraced.id)!.traceContext).toBeNull();
  });
});
