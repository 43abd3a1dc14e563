// Routing you can audit (issue 15): a lead's routing decision, authorised like the lead (another rep is refused, a rep
// reads colleagues' outcomes without their figures), and deactivating a rep re-routes their uncontacted leads.
import { waitUntil } from '@leadops/testing';
import { gql, login, startStack, type Stack } from './harness';

const LEAD = `query($id: ID!) { lead(id: $id) {
  id owner { id } timeline { type message }
  routingDecision { rule { id name } strategy assigned cause decidedAt candidates { repId repName outcome reason params } } } }`;
const CREATE = 'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }';
const SET_ACCESS = 'mutation($id: ID!, $input: UserAccessInput!) { setUserAccess(id: $id, input: $input) { id active } }';
const JOSH = {
  fullName: 'Josh Biden', email: 'josh@openenergy.com', jobPosition: 'CTO', companyName: 'Open Energy LLC', industry: 'Manufacturing',
  location: 'USA, Miami', description: 'Necesitamos urgentemente mejorar nuestro respaldo de datos',
};

describe('routing you can audit', () => {
  let stack: Stack;
  const token: Record<string, string> = {};
  const id: Record<string, string> = {};
  let leadId = '';
  let owner = '';
  let other = '';

  beforeAll(async () => {
    stack = await startStack();
    await stack.startWorker();
    for (const u of await stack.database.db.query(`SELECT id, email FROM users`)) id[u.email.split('@')[0]] = u.id;
    for (const who of ['ops', 'manager', 'rep1', 'rep2']) token[who] = await login(stack, `${who}@leadops.dev`);
    // rep2 is full: the lead goes to rep1, and the record says rep2 was at capacity.
    await stack.database.db.query(`UPDATE users SET capacity = 0 WHERE email = 'rep2@leadops.dev'`);
    const created = await gql(stack, CREATE, { input: JOSH }, token['ops']);
    expect(created.errors).toBeUndefined();
    leadId = created.data.createLead.id;
    await waitUntil(async () => (await gql(stack, LEAD, { id: leadId }, token['ops'])).data?.lead?.routingDecision, 30_000, 'the routing decision');
    owner = id['rep1']!;
    other = id['rep2']!;
  }, 60_000);

  afterAll(async () => stack?.close());

  it('tells sales ops and managers the rule, the strategy and each rep considered, with the figures', async () => {
    for (const who of ['ops', 'manager']) {
      const answer = await gql(stack, LEAD, { id: leadId }, token[who]);
      expect(answer.errors).toBeUndefined();
      const decision = answer.data.lead.routingDecision;
      expect(decision).toMatchObject({ rule: { name: 'Sales-ready leads: round-robin in the team' }, strategy: 'ROUND_ROBIN', assigned: true, cause: null });
      expect(decision.rule.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(decision.candidates).toEqual(expect.arrayContaining([
        { repId: owner, repName: 'Rita Ventas', outcome: 'CHOSEN', reason: 'chosen', params: {} },
        { repId: other, repName: 'Ramón Ventas', outcome: 'AT_CAPACITY', reason: 'at capacity (0 of 0)', params: { openLeads: 0, capacity: 0 } },
      ]));
    }
  });

  it('shows the owner their lead\'s decision, a colleague by name and outcome only', async () => {
    const answer = await gql(stack, LEAD, { id: leadId }, token['rep1']);
    expect(answer.errors).toBeUndefined();
    const candidates = answer.data.lead.routingDecision.candidates;
    expect(candidates).toEqual(expect.arrayContaining([
      expect.objectContaining({ repId: owner, outcome: 'CHOSEN' }),
      { repId: other, repName: 'Ramón Ventas', outcome: 'AT_CAPACITY', reason: 'at capacity', params: {} },
    ]));
  });

  it('refuses another rep: no lead, no decision, no names', async () => {
    const answer = await gql(stack, LEAD, { id: leadId }, token['rep2']);
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(answer.data?.lead ?? null).toBeNull();
    expect(JSON.stringify(answer)).not.toMatch(/Rita|round-robin|CHOSEN/);
    const list = await gql(stack, '{ leads(first: 50) { nodes { id routingDecision { strategy } } } }', {}, token['rep2']);
    expect(list.errors).toBeUndefined();
    expect(list.data.leads.nodes.map((l: { id: string }) => l.id)).not.toContain(leadId);
  });

  it('re-routes the lead when sales ops deactivate its owner, and the timeline and the decision say why', async () => {
    await stack.database.db.query(`UPDATE users SET capacity = 50 WHERE email = 'rep2@leadops.dev'`);
    const off = await gql(stack, SET_ACCESS, { id: owner, input: { active: false } }, token['ops']);
    expect(off.errors).toBeUndefined();
    const lead = await waitUntil(async () => {
      const read = (await gql(stack, LEAD, { id: leadId }, token['ops'])).data?.lead;
      return read?.owner?.id === other ? read : null;
    }, 30_000, 'the re-route');
    expect(lead.routingDecision).toMatchObject({ cause: 're-routed: Rita Ventas is inactive', assigned: true });
    expect(lead.routingDecision.candidates).toEqual(expect.arrayContaining([
      expect.objectContaining({ repId: owner, outcome: 'INACTIVE' }),
      expect.objectContaining({ repId: other, outcome: 'CHOSEN' }),
    ]));
    expect(lead.timeline.map((e: { message: string }) => e.message)).toContainEqual(expect.stringMatching(/^Re-routed: Rita Ventas is inactive\. Assigned to Ramón Ventas/));
    // The new owner reads why Rita was passed over, without figures.
    expect((await gql(stack, LEAD, { id: leadId }, token['rep2'])).data.lead.routingDecision.candidates)
      .toContainEqual({ repId: owner, repName: 'Rita Ventas', outcome: 'INACTIVE', reason: 'inactive', params: {} });
  }, 60_000);
});
