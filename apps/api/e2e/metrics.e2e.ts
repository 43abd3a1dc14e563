// Managers' numbers (metrics, slaBoard) and the Prometheus scrape, over leads with known timestamps and SLA outcomes.
import { randomUUID } from 'node:crypto';
import { gql, login, startStack, type Stack } from './harness';

const METRICS = `query($from: DateTime!, $to: DateTime!, $tz: String) { metrics(from: $from, to: $to, timeZone: $tz) {
  leadsCreated slaMet slaBreached slaCompliance breachesOpen breachesInRange firstResponseP50Minutes firstResponseP90Minutes
  funnel { stage leads contacted converted } leadsBySource { source count } leadsByOwner { ownerId displayName count }
  leadsByDay { day count } breachesByDay { day count } } }`;
const RANGE = { from: '2030-03-01T00:00:00Z', to: '2030-03-04T00:00:00Z' };

interface SeedLead {
  key: string;
  createdAt: string;
  source?: string;
  stage?: string | null;
  priority?: string | null;
  owner?: string | null;
  team?: string | null;
  status?: string;
  slaState?: string;
  slaDueAt?: string | null;
  contactedAfterMinutes?: number | null;
  outcome?: string | null;
  mergedInto?: string | null;
  breachAt?: string | null;
}

describe('metrics, SLA board and /metrics', () => {
  let stack: Stack;
  let ops: string;
  let manager: string;
  const ids: Record<string, string> = {};
  const users: Record<string, { id: string; team_id: string }> = {};
  let teamB: string;

  async function seed(lead: SeedLead) {
    const id = randomUUID();
    ids[lead.key] = id;
    const owner = lead.owner ? users[lead.owner]! : null;
    const contacted = lead.contactedAfterMinutes == null ? null : new Date(Date.parse(lead.createdAt) + lead.contactedAfterMinutes * 60_000).toISOString();
    await stack.database.db.query(
      `INSERT INTO leads (id, created_at, source, full_name, email, email_normalized, profile_id, workflow_id, status, stage, priority,
         owner_id, team_id, sla_due_at, sla_state, first_contacted_at, outcome, merged_into)
       VALUES ($1, $2, $3, $4, $5, $5, 'default', $16, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [
        id, lead.createdAt, lead.source ?? 'web_form', `Lead ${lead.key}`, `${lead.key.toLowerCase()}@metrics.test`, lead.status ?? 'ASSIGNED',
        lead.stage === undefined ? 'SQL' : lead.stage, lead.priority === undefined ? 'P1' : lead.priority, owner?.id ?? null,
        lead.team === undefined ? (owner?.team_id ?? null) : lead.team, lead.slaDueAt ?? null, lead.slaState ?? 'NONE', contacted, lead.outcome ?? null,
        lead.mergedInto ? ids[lead.mergedInto] : null, `lead-${id}`,
      ],
    );
    if (lead.breachAt) {
      await stack.database.db.query(`INSERT INTO lead_events (lead_id, at, type, message) VALUES ($1, $2, 'SLA_BREACHED', 'breached')`, [id, lead.breachAt]);
    }
  }

  beforeAll(async () => {
    stack = await startStack();
    [ops, manager] = await Promise.all([login(stack, 'ops@leadops.dev'), login(stack, 'manager@leadops.dev')]);
    for (const u of await stack.database.db.query(`SELECT id, email, team_id FROM users`)) users[u.email.split('@')[0]] = u;
    [{ id: teamB }] = await stack.database.db.query(`INSERT INTO teams (name) VALUES ('Ventas Perú') RETURNING id`);
    const [rep3] = await stack.database.db.query(
      `INSERT INTO users (email, display_name, password_hash, role, team_id) VALUES ('rep3@leadops.dev', 'Rosa Ventas', 'x', 'REP', $1) RETURNING id, team_id`,
      [teamB],
    );
    users['rep3'] = rep3;

    const soon = new Date(Date.now() + 10 * 60_000).toISOString();
    const later = new Date(Date.now() + 2 * 3600_000).toISOString();
    await seed({ key: 'L1', createdAt: '2030-03-01T10:00:00Z', owner: 'rep1', slaState: 'MET', contactedAfterMinutes: 4, status: 'CONTACTED', outcome: 'CONVERTED' });
    await seed({ key: 'L2', createdAt: '2030-03-01T11:00:00Z', owner: 'rep3', priority: 'P2', slaState: 'MET', contactedAfterMinutes: 30, status: 'CONTACTED' });
    await seed({ key: 'L3', createdAt: '2030-03-02T09:00:00Z', owner: 'rep2', stage: 'MQL', priority: 'P3', slaState: 'BREACHED', source: 'webhook', breachAt: '2030-03-03T09:00:00Z', slaDueAt: '2030-03-03T09:00:00Z' });
    await seed({ key: 'L4', createdAt: '2030-03-02T10:00:00Z', owner: 'rep2', slaState: 'MET', contactedAfterMinutes: 60, source: 'api', breachAt: '2030-03-02T10:05:00Z', status: 'CONTACTED' });
    await seed({ key: 'L5', createdAt: '2030-03-03T12:00:00Z', owner: null, team: null, stage: 'NURTURE', priority: 'P4', source: 'import', status: 'NURTURING' });
    await seed({ key: 'L6', createdAt: '2030-03-05T10:00:00Z', owner: 'rep1', slaState: 'BREACHED', breachAt: '2030-03-05T10:05:00Z', slaDueAt: '2030-03-05T10:05:00Z' });
    await seed({ key: 'L7', createdAt: '2030-03-02T12:00:00Z', owner: 'rep1', mergedInto: 'L1', status: 'CLOSED' });
    await seed({ key: 'SOON', createdAt: new Date().toISOString(), owner: 'rep1', slaState: 'RUNNING', slaDueAt: soon });
    await seed({ key: 'LATER', createdAt: new Date().toISOString(), owner: 'rep1', slaState: 'RUNNING', slaDueAt: later });
    await seed({ key: 'DONE', createdAt: new Date().toISOString(), owner: 'rep2', slaState: 'BREACHED', status: 'CLOSED', outcome: 'LOST' });
  });
  afterAll(async () => stack?.close());

  it('computes SLA compliance, breaches, first-response percentiles, funnel and volumes for sales ops', async () => {
    const answer = await gql(stack, METRICS, RANGE, ops);
    expect(answer.errors).toBeUndefined();
    const m = answer.data.metrics;
    expect(m).toMatchObject({ leadsCreated: 5, slaMet: 2, slaBreached: 2, slaCompliance: 0.5, breachesOpen: 2, breachesInRange: 2 });
    expect(m.firstResponseP50Minutes).toBeCloseTo(30);
    expect(m.firstResponseP90Minutes).toBeCloseTo(54);
    expect(m.funnel).toEqual([
      { stage: 'SQL', leads: 3, contacted: 3, converted: 1 },
      { stage: 'MQL', leads: 1, contacted: 0, converted: 0 },
      { stage: 'NURTURE', leads: 1, contacted: 0, converted: 0 },
    ]);
    expect(m.leadsBySource).toEqual([
      { source: 'web_form', count: 2 }, { source: 'api', count: 1 }, { source: 'import', count: 1 }, { source: 'webhook', count: 1 },
    ]);
    expect(m.leadsByOwner).toEqual(expect.arrayContaining([
      { ownerId: users['rep2']!.id, displayName: 'Ramón Ventas', count: 2 },
      { ownerId: users['rep1']!.id, displayName: 'Rita Ventas', count: 1 },
      { ownerId: users['rep3']!.id, displayName: 'Rosa Ventas', count: 1 },
      { ownerId: null, displayName: 'Unassigned', count: 1 },
    ]));
    expect(m.leadsByDay).toEqual([{ day: '2030-03-01', count: 2 }, { day: '2030-03-02', count: 2 }, { day: '2030-03-03', count: 1 }]);
    expect(m.breachesByDay).toEqual([{ day: '2030-03-02', count: 1 }, { day: '2030-03-03', count: 1 }]);
  });

  it('counts days in the time zone asked for', async () => {
    const answer = await gql(stack, METRICS, { ...RANGE, tz: 'Pacific/Honolulu' }, ops);
    expect(answer.data.metrics.leadsByDay).toEqual([{ day: '2030-03-01', count: 3 }, { day: '2030-03-02', count: 1 }, { day: '2030-03-03', count: 1 }]);
  });

  it("scopes a manager to their team's leads (and the fallback queue, not other teams' or marketing's nurture leads)", async () => {
    const m = (await gql(stack, METRICS, RANGE, manager)).data.metrics;
    expect(m.leadsCreated).toBe(3);
    expect(m.leadsByOwner.map((o: any) => o.displayName)).not.toContain('Rosa Ventas');
    expect(m.firstResponseP50Minutes).toBeCloseTo(32); // 4 and 60 minutes
  });

  it('refuses a backwards or too long range, naming the argument', async () => {
    const backwards = await gql(stack, METRICS, { from: RANGE.to, to: RANGE.from }, ops);
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const long = await gql(stack, METRICS, { from: '2020-01-01T00:00:00Z', to: '2030-01-01T00:00:00Z' }, ops);
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('shows each rep their breached and about-to-breach open leads on the SLA board', async () => {
    const answer = await gql(stack, '{ slaBoard { rep { email displayName } openLeads breached { id slaState } atRisk { id slaDueAt } } }', {}, ops);
    expect(answer.errors).toBeUndefined();
    const board = Object.fromEntries(answer.data.slaBoard.map((r: any) => [r.rep.email, r]));
    expect(board['rep1@leadops.dev'].breached.map((l: any) => l.id)).toEqual([ids['L6']]);
    expect(board['rep1@leadops.dev'].atRisk.map((l: any) => l.id)).toEqual([ids['SOON']]);
    expect(board['rep1@leadops.dev'].openLeads).toBe(4); // L1, L6, SOON, LATER
    expect(board['rep2@leadops.dev'].breached.map((l: any) => l.id)).toEqual([ids['L3']]); // DONE is closed
    expect(board['rep2@leadops.dev'].atRisk).toEqual([]);
    expect(board['rep3@leadops.dev']).toBeDefined();
    const mine = await gql(stack, '{ slaBoard { rep { email } } }', {}, manager);
    expect(mine.data.slaBoard.map((r: any) => r.rep.email).sort()).toEqual(['rep1@leadops.dev', 'rep2@leadops.dev']);
  });

  it('serves Prometheus metrics read from the database', async () => {
    await stack.database.db.query(
      `INSERT INTO classifications (lead_id, result, classifier, policy_version, profile_id, latency_ms, attempt_key)
       VALUES ($1, '{}', 'rules', 'v1', 'default', 120, 'a1'), ($2, '{}', 'llm', 'v1', 'default', 900, 'a2')`,
      [ids['L1'], ids['L2']],
    );
    await stack.database.db.query(`INSERT INTO outbox (lead_id, kind, attempts, last_error) VALUES ($1, 'START_LEAD_WORKFLOW', 3, 'Temporal unavailable')`, [ids['L5']]);
    await gql(stack, '{ me { id } }', {}, ops);
    const res = await fetch(`${stack.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    const value = (line: string) => Number(text.split('\n').find((l) => l.startsWith(line + ' '))?.slice(line.length + 1));
    const [{ sql }] = await stack.database.db.query(`SELECT count(*)::int AS sql FROM leads WHERE stage = 'SQL' AND merged_into IS NULL`);
    expect(value('leadops_leads_by_stage{stage="SQL"}')).toBe(sql);
    expect(value('leadops_leads_by_stage{stage="NURTURE"}')).toBe(1);
    expect(value('leadops_sla_breaches_total')).toBe(3);
    expect(value('leadops_classification_latency_ms_count{classifier="rules"}')).toBe(1);
    expect(value('leadops_classification_latency_ms_sum{classifier="llm"}')).toBe(900);
    expect(value('leadops_classification_latency_ms_bucket{le="200",classifier="rules"}')).toBe(1);
    expect(value('leadops_workflow_failures')).toBe(1);
    expect(value('leadops_http_requests_total{method="POST",route="/graphql",status="200"}')).toBeGreaterThan(0);

    // A second scrape does not count the same classifications or breaches again.
    const again = await (await fetch(`${stack.url}/metrics`)).text();
    expect(again).toContain('leadops_sla_breaches_total 3');
    expect(again).toContain('leadops_classification_latency_ms_count{classifier="rules"} 1');
  });
});
