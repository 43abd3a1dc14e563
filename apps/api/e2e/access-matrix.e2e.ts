// Who may do what: every role against every operation (allowed, or UNAUTHENTICATED / FORBIDDEN), and lead visibility
// between reps and teams with real leads routed by the real worker.
import { waitUntil } from '@leadops/testing';
import { gql, login, startStack, type Stack } from './harness';

type Role = 'ANONYMOUS' | 'REP' | 'MANAGER' | 'SALES_OPS';
const ROLES: Role[] = ['ANONYMOUS', 'REP', 'MANAGER', 'SALES_OPS'];
const ALL: Role[] = ['REP', 'MANAGER', 'SALES_OPS'];
const LEADERS: Role[] = ['MANAGER', 'SALES_OPS'];
const OPS: Role[] = ['SALES_OPS'];

const NO_ID = '00000000-0000-4000-8000-000000000000';
// The guard's answer to a role that may not call an operation (auth.guard.ts).
const ROLE_REFUSAL = 'Not allowed for your role';
const BAD_PROFILE = '{ companyName: "", shortDescription: "", mainServices: [], targetAudience: "" }';

/**
 * [operation, document, roles allowed]. Mutations carry schema-valid but unusable arguments (unknown ids, invalid
 * values), so an allowed role gets past the guard and stops at validation, and nothing changes.
 */
const OPERATIONS: Array<[string, string, Role[]]> = [
  ['me', '{ me { id } }', ALL],
  ['companyProfile', '{ companyProfile { version } }', ALL],
  ['companyProfileHistory', '{ companyProfileHistory { version } }', LEADERS],
  ['updateCompanyProfile', `mutation { updateCompanyProfile(input: ${BAD_PROFILE}) { version } }`, OPS],
  ['routingRules', '{ routingRules { id } }', LEADERS],
  ['createRoutingRule', `mutation { createRoutingRule(input: { name: "", strategy: SPECIFIC_REP }) { id } }`, OPS],
  ['updateRoutingRule', `mutation { updateRoutingRule(id: "${NO_ID}", input: { name: "x", strategy: ROUND_ROBIN }) { id } }`, OPS],
  ['deleteRoutingRule', `mutation { deleteRoutingRule(id: "${NO_ID}") }`, OPS],
  ['reorderRoutingRules', `mutation { reorderRoutingRules(ids: ["${NO_ID}"]) { id } }`, OPS],
  ['policyDraft', '{ policyDraft { state } }', OPS],
  ['policyVersions', '{ policyVersions(first: 0) { version } }', OPS],
  ['simulatePolicyDraft', '{ simulatePolicyDraft(days: 0) { leads } }', OPS],
  ['savePolicyDraft', 'mutation { savePolicyDraft(input: { policy: { fit: { A: 1, B: 2, C: 3 }, urgency: { CRITICAL: 1, HIGH: 2, MEDIUM: 3 }, dataQuality: { GOOD: 1, REVIEW: 2 }, slaMinutes: { P1: 0, P2: 0, P3: 0 } }, routingRules: [] }) { state } }', OPS],
  ['publishPolicyDraft', 'mutation { publishPolicyDraft(note: "x") { version } }', OPS],
  ['restorePolicyVersion', 'mutation { restorePolicyVersion(version: 999) { version } }', OPS],
  ['reps', '{ reps { id } }', LEADERS],
  ['teams', '{ teams { id } }', LEADERS],
  ['users', '{ users { id } }', LEADERS],
  ['users(role)', '{ users(role: REP) { id } }', LEADERS],
  ['updateRep', `mutation { updateRep(id: "${NO_ID}", input: { capacity: -1 }) { id } }`, OPS],
  ['createTeam', 'mutation { createTeam(input: { name: "" }) { id } }', OPS],
  ['createUser', 'mutation { createUser(input: { email: "x", displayName: "", password: "", role: REP }) { id } }', OPS],
  ['slaSettings', '{ slaSettings { businessHoursOnly } }', LEADERS],
  ['updateSlaSettings', 'mutation { updateSlaSettings(input: { minutesByPriority: { P1: 0, P2: 0, P3: 0 } }) { businessHoursOnly } }', OPS],
  ['nurtureSequence', '{ nurtureSequence { businessDaysOnly } }', LEADERS],
  ['updateNurtureSequence', 'mutation { updateNurtureSequence(input: { businessDaysOnly: true, steps: [{ templateKey: "nope", waitDays: -1 }] }) { businessDaysOnly } }', OPS],
  ['emailTemplates', '{ emailTemplates { key } }', LEADERS],
  ['updateEmailTemplate', 'mutation { updateEmailTemplate(key: "BAD KEY", input: { subject: { es: "", en: "", pt: "" }, body: { es: "", en: "", pt: "" } }) { key } }', OPS],
  ['metrics', '{ metrics(from: "2030-01-02T00:00:00Z", to: "2030-01-01T00:00:00Z") { leadsCreated } }', LEADERS],
  ['slaBoard', '{ slaBoard { openLeads } }', LEADERS],
  ['auditLog', '{ auditLog(entity: "settings") { id } }', OPS],
  ['webhookSubscriptions', '{ webhookSubscriptions { id } }', OPS],
  ['createWebhookSubscription', 'mutation { createWebhookSubscription(url: "ftp://x", events: [], secret: "") { id } }', OPS],
  ['deleteWebhookSubscription', `mutation { deleteWebhookSubscription(id: "${NO_ID}") }`, OPS],
  ['leads', '{ leads { totalCount } }', ALL],
  ['myQueue', '{ myQueue { totalCount } }', ALL],
  ['lead (unknown id)', `{ lead(id: "${NO_ID}") { id } }`, ALL],
  ['createLead (invalid)', 'mutation { createLead(input: { fullName: "", email: "" }) { id } }', ALL],
  ['reassign', `mutation { reassign(id: "${NO_ID}") { id } }`, LEADERS],
  ['reclassify', `mutation { reclassify(id: "${NO_ID}") { id } }`, LEADERS],
  ['setUserAccess', `mutation { setUserAccess(id: "${NO_ID}", input: {}) { id } }`, OPS],
  ['personalData', '{ personalData(email: "not an address") }', OPS],
  ['erasePersonalData', 'mutation { erasePersonalData(email: "not an address") { leads } }', OPS],
  ['scoringModels', '{ scoringModels(first: 0) { version } }', LEADERS],
  ['scoringStatus', '{ scoringStatus { closedLeads } }', ALL],
  ['conversionByScoreBand', '{ conversionByScoreBand { band } }', LEADERS],
  ['rollbackScoringModel', 'mutation { rollbackScoringModel(version: 0) { version } }', OPS],
  ['trainScoringModel', 'mutation { trainScoringModel { workflowId } }', OPS],
  ['setOrderQueueByScore', 'mutation { setOrderQueueByScore(enabled: false) }', OPS],
  ['resetUserPassword', `mutation { resetUserPassword(id: "${NO_ID}", password: "x") { id } }`, OPS],
];

describe('access matrix', () => {
  let stack: Stack;
  const tokens: Partial<Record<Role, string>> = {};

  beforeAll(async () => {
    stack = await startStack();
    await stack.startWorker();
    tokens.REP = await login(stack, 'rep1@leadops.dev');
    tokens.MANAGER = await login(stack, 'manager@leadops.dev');
    tokens.SALES_OPS = await login(stack, 'ops@leadops.dev');
  });
  afterAll(async () => stack?.close());

  const cases = OPERATIONS.flatMap(([name, query, allowed]) => ROLES.map((role) => [name, role, query, allowed.includes(role)] as const));

  it.each(cases)('%s as %s', async (_name, role, query, allowed) => {
    const answer = await gql(stack, query, {}, tokens[role as Role]);
    expect(answer.status).toBeLessThan(500);
    const codes = (answer.errors ?? []).map((e) => e.extensions?.code);
    expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
    if (role === 'ANONYMOUS') {
      expect(codes).toEqual(['UNAUTHENTICATED']);
      expect(answer.data ?? null).toBeNull();
    } else if (allowed) {
      // Past the role check; an unknown lead id may still be "not found or not yours" (FORBIDDEN), by design.
      expect(codes).not.toContain('UNAUTHENTICATED');
      expect((answer.errors ?? []).map((e) => e.message)).not.toContain(ROLE_REFUSAL);
    } else {
      expect(codes).toEqual(['FORBIDDEN']);
      expect(answer.errors?.[0]?.message).toBe(ROLE_REFUSAL);
      expect(answer.data ?? null).toBeNull();
    }
  });

  describe('REST', () => {
    const rest = (path: string, init: RequestInit = {}, role?: Role) =>
      fetch(`${stack.url}${path}`, { ...init, headers: { ...(init.headers ?? {}), ...(role && tokens[role] ? { authorization: `Bearer ${tokens[role]}` } : {}) } });

    it.each([
      ['ANONYMOUS', 401],
      ['REP', 403],
      ['MANAGER', 400],
      ['SALES_OPS', 400],
    ] as const)('POST /imports/leads as %s -> %i (400: allowed, empty file)', async (role, status) => {
      const res = await rest('/imports/leads', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: '' }, role);
      expect(res.status).toBe(status);
    });

    it('GET /metrics needs no token and shows counts only', async () => {
      const res = await rest('/metrics');
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).toContain('leadops_leads_by_stage');
      expect(text).toContain('leadops_http_requests_total');
      expect(text).not.toMatch(/@leadops\.dev|@acme/);
    });

    it('POST /webhooks/leads/:source ignores Bearer tokens: only the signature counts', async () => {
      const res = await rest('/webhooks/leads/demo-form', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }, 'SALES_OPS');
      expect(res.status).toBe(401);
    });
  });

  describe('lead visibility', () => {
    const LEAD_QUERY = 'query($id: ID!) { lead(id: $id) { id email owner { email } } }';
    let leads: Array<{ id: string; email: string; ownerEmail: string }>;
    let otherManager: string;

    beforeAll(async () => {
      // Sales-ready leads: the demo rule round-robins them over rep1 and rep2.
      const created: string[] = [];
      for (let i = 0; i < 4; i++) {
        const answer = await gql(stack, 'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }', {
          input: {
            // The brief's SQL / P1 example, one company per lead.
            fullName: `Visibility Test ${i}`, email: `cto${i}@secret-customer-${i}.com`, jobPosition: 'CTO', companyName: `Secret Customer ${i} LLC`,
            industry: 'Manufacturing', location: 'USA, Miami', description: 'Necesitamos urgentemente mejorar nuestro respaldo de datos', source: 'web_form',
          },
        }, tokens.SALES_OPS);
        expect(answer.errors).toBeUndefined();
        created.push(answer.data.createLead.id);
      }
      leads = await waitUntil(async () => {
        const rows = await stack.database.db.query(
          `SELECT l.id, l.email, u.email AS owner FROM leads l JOIN users u ON u.id = l.owner_id WHERE l.id = ANY($1::uuid[])`, [created],
        );
        return rows.length === created.length ? rows.map((r: any) => ({ id: r.id, email: r.email, ownerEmail: r.owner })) : null;
      }, 15_000, 'all test leads assigned');
      // A manager of another team, who must see none of them.
      const [team] = await stack.database.db.query(`INSERT INTO teams (name) VALUES ('Ventas Chile') RETURNING id`);
      const [{ password_hash }] = await stack.database.db.query(`SELECT password_hash FROM users WHERE email = 'manager@leadops.dev'`);
      await stack.database.db.query(
        `INSERT INTO users (email, display_name, password_hash, role, team_id) VALUES ('manager.cl@leadops.dev', 'Carla Gerente', $1, 'MANAGER', $2)`,
        [password_hash, team.id],
      );
      otherManager = await login(stack, 'manager.cl@leadops.dev');
    });

    it('routes the test leads to both reps', () => {
      expect(new Set(leads.map((l) => l.ownerEmail))).toEqual(new Set(['rep1@leadops.dev', 'rep2@leadops.dev']));
    });

    it('shows the Temporal link to sales ops only', async () => {
      const mine = leads.find((l) => l.ownerEmail === 'rep1@leadops.dev')!;
      const link = async (token: string) => (await gql(stack, 'query($id: ID!) { lead(id: $id) { temporalUrl } }', { id: mine.id }, token)).data.lead.temporalUrl;
      expect(await link(tokens.SALES_OPS!)).toContain(`/workflows/lead-${mine.id}`);
      expect(await link(tokens.MANAGER!)).toBeNull();
      expect(await link(tokens.REP!)).toBeNull();
    });

    it("never shows a rep another rep's lead: FORBIDDEN and no data, by id, in lists, in the queue, and for actions", async () => {
      const rep2 = await login(stack, 'rep2@leadops.dev');
      const token = { 'rep1@leadops.dev': tokens.REP!, 'rep2@leadops.dev': rep2 };
      for (const lead of leads) {
        const owner = lead.ownerEmail as keyof typeof token;
        const other = owner === 'rep1@leadops.dev' ? 'rep2@leadops.dev' : 'rep1@leadops.dev';

        const own = await gql(stack, LEAD_QUERY, { id: lead.id }, token[owner]);
        expect(own.data.lead).toMatchObject({ id: lead.id, email: lead.email });

        const foreign = await gql(stack, LEAD_QUERY, { id: lead.id }, token[other]);
        expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(foreign.data?.lead ?? null).toBeNull();
        expect(JSON.stringify(foreign)).not.toContain(lead.email);

        for (const mutation of [
          'mutation($id: ID!) { markContacted(id: $id) { id email } }',
          'mutation($id: ID!) { addNote(id: $id, text: "peek") { id email } }',
          'mutation($id: ID!) { closeLead(id: $id, outcome: CONVERTED) { id email } }',
          'mutation($id: ID!) { reassign(id: $id) { id email } }',
        ]) {
          const answer = await gql(stack, mutation, { id: lead.id }, token[other]);
          expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
          expect(JSON.stringify(answer)).not.toContain(lead.email);
        }

        for (const list of ['{ leads(first: 200) { totalCount nodes { id email } } }', '{ myQueue(first: 200) { totalCount nodes { id email } } }']) {
          const answer = await gql(stack, list, {}, token[other]);
          expect(answer.errors).toBeUndefined();
          expect(JSON.stringify(answer.data)).not.toContain(lead.email);
        }
        const search = await gql(stack, 'query($s: String) { leads(filter: { search: $s }) { totalCount } }', { s: lead.email }, token[other]);
        expect(search.data.leads.totalCount).toBe(0);
      }
      // Nothing a foreign rep tried left a note.
      const [{ n }] = await stack.database.db.query(`SELECT count(*)::int AS n FROM lead_events WHERE type = 'NOTE'`);
      expect(n).toBe(0);
    });

    it("shows the team's manager every team lead, and a manager of another team none", async () => {
      for (const lead of leads) {
        const mine = await gql(stack, LEAD_QUERY, { id: lead.id }, tokens.MANAGER);
        expect(mine.data.lead.id).toBe(lead.id);
        const theirs = await gql(stack, LEAD_QUERY, { id: lead.id }, otherManager);
        expect(theirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(theirs.data?.lead ?? null).toBeNull();
      }
      const list = await gql(stack, '{ leads(first: 200) { totalCount nodes { email } } }', {}, otherManager);
      expect(JSON.stringify(list.data)).not.toMatch(/secret-customer/);
      const from = new Date(Date.now() - 3600_000).toISOString();
      const to = new Date(Date.now() + 3600_000).toISOString();
      const METRICS = `query($from: DateTime!, $to: DateTime!) { metrics(from: $from, to: $to) { leadsCreated leadsByOwner { displayName count } } }`;
      expect((await gql(stack, METRICS, { from, to }, otherManager)).data.metrics.leadsCreated).toBe(0);
      expect((await gql(stack, METRICS, { from, to }, tokens.MANAGER)).data.metrics.leadsCreated).toBe(leads.length);
      const board = await gql(stack, '{ slaBoard { rep { email } openLeads } }', {}, otherManager);
      expect(board.data.slaBoard).toEqual([]);
      const team = await gql(stack, '{ slaBoard { rep { email } openLeads } }', {}, tokens.MANAGER);
      expect(team.data.slaBoard.map((r: any) => r.rep.email).sort()).toEqual(['rep1@leadops.dev', 'rep2@leadops.dev']);
      expect(team.data.slaBoard.reduce((s: number, r: any) => s + r.openLeads, 0)).toBeGreaterThanOrEqual(leads.length);
    });
  });
});
