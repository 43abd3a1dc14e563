// What-if before publish (issue 15): sales ops edit the policy and routing rules as a draft, simulate it over the last
// days of leads without touching anything live, publish it (audited; new leads record the version), and restore.
import { Client, Connection } from '@temporalio/client';
import { leadDataConverter, temporalConnectionOptions } from '@leadops/config';
import { waitUntil } from '@leadops/testing';
import { gql, login, startStack, type Stack } from './harness';

const RULE_FIELDS = 'id name position enabled strategy teamId repIds conditions { stages priorities industries countries languages sources dealSizes }';
const DRAFT = `{ policyDraft { state publishedVersion basedOnVersion
  policy { fit { A B C } urgency { CRITICAL HIGH MEDIUM } dataQuality { GOOD REVIEW } slaMinutes { P1 P2 P3 } }
  routingRules { ${RULE_FIELDS} } } }`;
const SAVE = `mutation($input: PolicyDraftInput!) { savePolicyDraft(input: $input) { state basedOnVersion policy { urgency { HIGH } } routingRules { id name position } } }`;
const SIMULATE = `{ simulatePolicyDraft(days: 30) { days leads llmClassifiedLeads replayFidelity { sameStage sameOwner }
  changed { stage priority owner any } sql { happened before after added missed } slaMinutesOwed { happened before after }
  repLoad { repId displayName happened before after } assumptions durationMs
  changes { leadId fullName stageChanged priorityChanged ownerChanged reasons before { stage priority slaMinutes ownerName } after { stage priority slaMinutes ownerName queued routedBy } } } }`;
const PUBLISH = 'mutation($note: String) { publishPolicyDraft(note: $note) { version policyVersion action restoredFrom note live } }';
const RESTORE = 'mutation($v: Int!) { restorePolicyVersion(version: $v) { version policyVersion action restoredFrom live } }';
const CREATE = 'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }';
const GET = 'query($id: ID!) { lead(id: $id) { id stage priority owner { id email } classification { stage priority slaMinutes policyVersion } } }';

// Shared dev set d001 (SQL P1, urgency 85) and d008 (SQL P2, urgency 65: MQL once HIGH needs 70); phones differ, or dedupe merges them.
const JOSH = {
  fullName: 'JOSH BIDEN', email: 'josh@openenergy.com', jobPosition: 'CTO', companyName: 'Open Energy LLC', industry: 'Manufacturing', location: 'USA, Miami',
  description: 'Necesitamos urgentemente mejorar nuestro respaldo de datos',
};
const LUIS = (n: number) => ({
  fullName: `Luis Fernando Castañeda ${n}`, email: `lcastaneda${n}@plasticosdelnorte.com.mx`, jobPosition: 'Gerente de Compras', companyName: 'Plásticos del Norte',
  industry: 'Manufactura', location: 'Chihuahua, México', phone: `614 410 22${70 + n}`, source: 'web_form', companySize: 350,
  description: 'Solicito cotización de 2 equipos NAS de 48 TB con instalación y configuración de respaldos. Favor de enviarla a este correo.',
});

/** A draft rule as the input takes it (the query's shape minus position). */
const ruleInput = ({ position: _p, conditions, ...rule }: any) => ({
  ...rule,
  conditions: Object.fromEntries(Object.entries(conditions).filter(([, v]) => (v as unknown[]).length)),
});

describe('policy drafts: simulate, publish, restore (API + worker + PostgreSQL + Temporal)', () => {
  let stack: Stack;
  let ops: string;
  let manager: string;
  let rep: string;
  let temporal: Client;
  let connection: Connection;

  const createAndWait = async (input: object, needsOwner = true) => {
    const created = await gql(stack, CREATE, { input }, ops);
    expect(created.errors).toBeUndefined();
    return waitUntil(async () => {
      const lead = (await gql(stack, GET, { id: created.data.createLead.id }, ops)).data?.lead;
      return lead?.classification && (!needsOwner || lead.owner) ? lead : null;
    }, 15_000, 'classified lead');
  };

  beforeAll(async () => {
    stack = await startStack();
    await stack.startWorker();
    [ops, manager, rep] = [await login(stack, 'ops@leadops.dev'), await login(stack, 'manager@leadops.dev'), await login(stack, 'rep1@leadops.dev')];
    connection = await Connection.connect(temporalConnectionOptions(stack.config.temporal));
    temporal = new Client({ connection, namespace: stack.config.temporal.namespace, dataConverter: leadDataConverter(stack.config.temporal.payloadEncryption) });
    await createAndWait(JOSH);
    await createAndWait(LUIS(1));
  }, 60_000);
  afterAll(async () => {
    await connection?.close();
    await stack?.close();
  });

  it('refuses every draft, version and simulation operation to managers and reps', async () => {
    const operations = [
      DRAFT, SIMULATE, '{ policyVersions { version } }', 'mutation { discardPolicyDraft }', 'mutation { publishPolicyDraft { version } }',
      'mutation { restorePolicyVersion(version: 1) { version } }',
      'mutation { savePolicyDraft(input: { policy: { fit: { A: 75, B: 55, C: 35 }, urgency: { CRITICAL: 80, HIGH: 60, MEDIUM: 35 }, dataQuality: { GOOD: 70, REVIEW: 40 }, slaMinutes: { P1: 5, P2: 60, P3: 1440 } }, routingRules: [] }) { state } }',
    ];
    for (const token of [manager, rep]) {
      for (const document of operations) {
        const answer = await gql(stack, document, {}, token);
        expect({ document, code: answer.errors?.[0]?.extensions?.code }).toEqual({ document, code: 'FORBIDDEN' });
      }
    }
    for (const document of operations) expect((await gql(stack, document, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('simulates a draft over the stored leads without touching a lead, a workflow or an e-mail', async () => {
    const start = (await gql(stack, DRAFT, {}, ops)).data.policyDraft;
    expect(start).toMatchObject({ state: 'PUBLISHED', publishedVersion: null, policy: { urgency: { HIGH: 60 } } });

    const refused = await gql(stack, SAVE, { input: { policy: { ...start.policy, fit: { A: 50, B: 55, C: 35 } }, routingRules: [] } }, ops);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(refused.errors)).toContain('policy.fit');

    const saved = await gql(stack, SAVE, { input: { policy: { ...start.policy, urgency: { ...start.policy.urgency, HIGH: 70 } }, routingRules: start.routingRules.map(ruleInput) } }, ops);
    expect(saved.errors).toBeUndefined();
    expect(saved.data.savePolicyDraft).toMatchObject({ state: 'DRAFT', basedOnVersion: null, policy: { urgency: { HIGH: 70 } } });
    expect(saved.data.savePolicyDraft.routingRules.map((r: any) => r.id)).toEqual(start.routingRules.map((r: any) => r.id));

    // Everything the pipeline writes or starts, once the two leads' workflows have settled (assignment e-mails sent).
    const snapshot = async () => {
      const [row] = await stack.database.db.query(`SELECT (SELECT count(*) FROM leads) AS leads, (SELECT count(*) FROM classifications) AS classifications,
        (SELECT count(*) FROM notifications) AS notifications, (SELECT count(*) FROM outbox) AS outbox, (SELECT count(*) FROM lead_events) AS events,
        (SELECT count(*) FROM routing_cursors) AS cursors, (SELECT coalesce(sum(counter), 0) FROM routing_cursors) AS routed,
        (SELECT max(updated_at) FROM leads) AS updated`);
      let workflows = 0;
      for await (const _ of temporal.workflow.list({ query: `TaskQueue = "${process.env.TEMPORAL_TASK_QUEUE}"` })) workflows++;
      return { ...row, workflows, emails: stack.smtp.messages.length };
    };
    let before = await snapshot();
    await waitUntil(async () => {
      const again = await snapshot();
      const settled = JSON.stringify(again) === JSON.stringify(before);
      before = again;
      return settled && before.emails >= 2;
    }, 15_000, 'the pipeline at rest');

    const answer = await gql(stack, SIMULATE, {}, ops);
    expect(answer.errors).toBeUndefined();
    const sim = answer.data.simulatePolicyDraft;
    expect(sim).toMatchObject({ days: 30, leads: 2, llmClassifiedLeads: 0, replayFidelity: { sameStage: 2, sameOwner: 2 } });
    expect(sim.changed).toEqual({ stage: 1, priority: 1, owner: 0, any: 1 });
    expect(sim.sql).toEqual({ happened: 2, before: 2, after: 1, added: 0, missed: 1 });
    expect(sim.slaMinutesOwed).toEqual({ happened: 5 + 60, before: 5 + 60, after: 5 + 1440 });
    expect(sim.changes).toHaveLength(1);
    expect(sim.changes[0]).toMatchObject({ fullName: 'Luis Fernando Castañeda 1', before: { stage: 'SQL', priority: 'P2' }, after: { stage: 'MQL', priority: 'P3', slaMinutes: 1440 } });
    expect(sim.changes[0].reasons).toContain('urgency score 65 reads MEDIUM instead of HIGH: HIGH from 70 (was 60)');
    expect(sim.assumptions.join(' ')).toContain('re-read by the rules');

    await new Promise((r) => setTimeout(r, 500));
    expect(await snapshot()).toEqual(before);
  });

  it('publishes the draft as a version (audited) that the next lead records, and restores an earlier one as a new version', async () => {
    const published = await gql(stack, PUBLISH, { note: 'HIGH urgency from 70' }, ops);
    expect(published.errors).toBeUndefined();
    // Version 1 keeps what was live before the first publish.
    expect(published.data.publishPolicyDraft).toEqual({ version: 2, policyVersion: 'v1+r2', action: 'PUBLISH', restoredFrom: null, note: 'HIGH urgency from 70', live: true });
    expect((await gql(stack, DRAFT, {}, ops)).data.policyDraft).toMatchObject({ state: 'PUBLISHED', publishedVersion: 2, policy: { urgency: { HIGH: 70 } } });
    expect((await gql(stack, '{ policyVersions { version action live } }', {}, ops)).data.policyVersions).toEqual([
      { version: 2, action: 'PUBLISH', live: true },
      { version: 1, action: 'BASELINE', live: false },
    ]);

    const luis2 = await createAndWait(LUIS(2));
    expect(luis2.classification).toMatchObject({ stage: 'MQL', priority: 'P3', slaMinutes: 1440, policyVersion: 'v1+r2' });

    const restored = await gql(stack, RESTORE, { v: 1 }, ops);
    expect(restored.data.restorePolicyVersion).toEqual({ version: 3, policyVersion: 'v1+r3', action: 'RESTORE', restoredFrom: 1, live: true });
    const luis3 = await createAndWait(LUIS(3));
    expect(luis3.classification).toMatchObject({ stage: 'SQL', priority: 'P2', slaMinutes: 60, policyVersion: 'v1+r3' });

    const audit = (await gql(stack, '{ auditLog(entity: "policy_version") { entityId action actorId after } }', {}, ops)).data.auditLog;
    expect(audit.map((a: any) => [a.entityId, a.action])).toEqual([['3', 'RESTORE'], ['2', 'PUBLISH']]);
    expect(audit[1].after).toMatchObject({ version: 2, note: 'HIGH urgency from 70', policy: { urgency: { HIGH: 70 } } });
    expect(audit.every((a: any) => a.actorId)).toBe(true);
  });

  it('a routing rule published from a draft routes the next lead', async () => {
    const reps = (await gql(stack, '{ reps { id email } }', {}, ops)).data.reps;
    const rep2 = reps.find((r: any) => r.email === 'rep2@leadops.dev').id;
    const current = (await gql(stack, DRAFT, {}, ops)).data.policyDraft;
    const first = { name: 'SQLs to rep 2', strategy: 'SPECIFIC_REP', enabled: true, teamId: null, repIds: [rep2], conditions: { stages: ['SQL'] } };
    const saved = await gql(stack, SAVE, { input: { policy: current.policy, routingRules: [first, ...current.routingRules.map(ruleInput)] } }, ops);
    expect(saved.errors).toBeUndefined();
    expect(saved.data.savePolicyDraft.routingRules.map((r: any) => r.name)).toEqual(['SQLs to rep 2', ...current.routingRules.map((r: any) => r.name)]);

    // Not live until published: routing still follows the published rules.
    expect((await gql(stack, '{ routingRules { name } }', {}, ops)).data.routingRules.map((r: any) => r.name)).toEqual(current.routingRules.map((r: any) => r.name));
    const sim = (await gql(stack, SIMULATE, {}, ops)).data.simulatePolicyDraft;
    expect(sim.changed.stage).toBe(0);
    // SQLs go to rep 2; the other leads' round-robin turns shift with them.
    const sqls = sim.changes.filter((c: any) => c.after.stage === 'SQL');
    expect(sqls.length).toBeGreaterThan(0);
    for (const change of sqls) expect(change.after).toMatchObject({ ownerName: 'Ramón Ventas', routedBy: 'SQLs to rep 2: specific rep' });

    expect((await gql(stack, PUBLISH, {}, ops)).data.publishPolicyDraft).toMatchObject({ version: 4, action: 'PUBLISH' });
    expect((await gql(stack, '{ routingRules { name position } }', {}, ops)).data.routingRules[0]).toEqual({ name: 'SQLs to rep 2', position: 1 });
    const next = await createAndWait({ ...JOSH, email: 'josh2@openenergy.com', fullName: 'JOSH BIDEN II' });
    expect(next.owner.email).toBe('rep2@leadops.dev');
    expect(next.classification.policyVersion).toBe('v1+r4');
  });
});
