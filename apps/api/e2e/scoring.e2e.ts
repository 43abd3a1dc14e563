// The conversion score through GraphQL: a rep reads the score of their own leads only and can neither train nor roll
// back; sales ops see the models with their calibration and roll back; bad input names the field; below the minimum
// of closed leads the lead says "not enough outcomes yet (n of 200)".
import { randomUUID } from 'node:crypto';
import { ScoringModelStore } from '@leadops/persistence';
import { syntheticClosedLeads, trainConversionModel } from '@leadops/scoring';
import { gql, login, startStack, type Stack } from './harness';

const SCORE = 'query($id: ID!) { lead(id: $id) { id conversionScore { state probability modelVersion factors { feature weight } closedLeads minClosedLeads message } } }';

describe('conversion score (API)', () => {
  let stack: Stack;
  let ops: string;
  let rep1: string;
  let rep2: string;
  let store: ScoringModelStore;
  const leadOf: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startStack();
    store = new ScoringModelStore(stack.database.db);
    [ops, rep1, rep2] = [await login(stack, 'ops@leadops.dev'), await login(stack, 'rep1@leadops.dev'), await login(stack, 'rep2@leadops.dev')];
    for (const email of ['rep1@leadops.dev', 'rep2@leadops.dev']) {
      const [{ id: ownerId }] = await stack.database.db.query('SELECT id FROM users WHERE email = $1', [email]);
      const id = randomUUID();
      await stack.database.db.query(
        `INSERT INTO leads (id, source, full_name, email, email_normalized, profile_id, workflow_id, status, stage, priority, owner_id)
         VALUES ($1, 'web_form', 'Ana Souza', $2, $2, 'default', $3, 'ASSIGNED', 'SQL', 'P2', $4)`,
        [id, `ana.${id.slice(0, 8)}@example.com.br`, `lead-${id}`, ownerId],
      );
      leadOf[email] = id;
    }
  });
  afterAll(async () => stack?.close());

  it('says "not enough outcomes yet" before any model', async () => {
    const answer = await gql(stack, SCORE, { id: leadOf['rep1@leadops.dev'] }, rep1);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.lead.conversionScore).toMatchObject({ state: 'NOT_ENOUGH_OUTCOMES', probability: null, minClosedLeads: 200, message: expect.stringMatching(/^not enough outcomes yet \(\d+ of 200\)$/) });
    const status = await gql(stack, '{ scoringStatus { closedLeads minClosedLeads message promoted { version } } }', {}, rep1);
    expect(status.data.scoringStatus).toMatchObject({ minClosedLeads: 200, promoted: null });
  });

  it('shows a rep the score of their own lead, never another rep\'s', async () => {
    const trained = await trainConversionModel(syntheticClosedLeads(1200, 4));
    if (!trained.trained) throw new Error('not trained');
    const stored = async () => store.insertModel({
      model: trained.model, closedLeads: trained.closedLeads, trainLeads: trained.trainLeads, heldOutLeads: trained.heldOutLeads,
      auc: trained.metrics.auc, brier: trained.metrics.brier, ece: trained.metrics.ece, calibration: trained.metrics.bins, trainingMs: trained.durationMs,
    });
    const [v1, v2] = [await stored(), await stored()];
    await store.promote(v1);
    await store.promote(v2);
    await store.saveScores(Object.values(leadOf).map((leadId) => ({ leadId, probability: 0.34, modelVersion: v2, factors: [{ feature: 'seniority:C_LEVEL', weight: 0.8 }] })));

    const own = await gql(stack, SCORE, { id: leadOf['rep1@leadops.dev'] }, rep1);
    expect(own.data.lead.conversionScore).toMatchObject({ state: 'SCORED', probability: 0.34, modelVersion: v2, closedLeads: 1200, factors: [{ feature: 'seniority:C_LEVEL', weight: 0.8 }] });
    const others = await gql(stack, SCORE, { id: leadOf['rep2@leadops.dev'] }, rep1);
    expect(others.data?.lead ?? null).toBeNull();
    expect(others.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await gql(stack, '{ leads { nodes { id conversionScore { probability } } } }', {}, rep1);
    expect(list.data.leads.nodes.map((l: { id: string }) => l.id)).toEqual([leadOf['rep1@leadops.dev']]);
    expect((await gql(stack, SCORE, { id: leadOf['rep1@leadops.dev'] }, rep2)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Rollback: sales ops only; v1 is promoted again.
    for (const token of [rep1, rep2]) {
      expect((await gql(stack, 'mutation { rollbackScoringModel { version } }', {}, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await gql(stack, 'mutation { trainScoringModel { workflowId } }', {}, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await gql(stack, '{ scoringModels { version } }', {}, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const rolledBack = await gql(stack, 'mutation { rollbackScoringModel { version promoted } }', {}, ops);
    expect(rolledBack.errors).toBeUndefined();
    expect(rolledBack.data.rollbackScoringModel).toEqual({ version: v1, promoted: true });
    const models = await gql(stack, '{ scoringModels { version auc brier ece closedLeads trainedAt promoted calibration { from to count meanPredicted observedRate } } }', {}, ops);
    expect(models.data.scoringModels.map((m: { version: number; promoted: boolean }) => [m.version, m.promoted])).toEqual([[v2, false], [v1, true]]);
    expect(models.data.scoringModels[0].calibration).toHaveLength(10);
    const bands = (await gql(stack, '{ scoringModels(first: 1) { heldOutScoreBands { band leads converted conversionRate } } }', {}, ops)).data.scoringModels[0].heldOutScoreBands;
    expect(bands.map((b: { band: string }) => b.band)).toEqual(['0-20', '20-40', '40-60', '60-80', '80-100']);
    expect(bands.reduce((n: number, b: { leads: number }) => n + b.leads, 0)).toBe(trained.heldOutLeads);
  });

  it('sorts the lead list by score and filters by a minimum score', async () => {
    const version = (await store.promotedVersion())!.version;
    await store.saveScores([
      { leadId: leadOf['rep1@leadops.dev']!, probability: 0.25, modelVersion: version, factors: [] },
      { leadId: leadOf['rep2@leadops.dev']!, probability: 0.8, modelVersion: version, factors: [] },
    ]);
    const LIST = 'query($f: LeadFilterInput, $after: String) { leads(sort: CONVERSION_SCORE, filter: $f, first: 1, after: $after) { nodes { id conversionScore { probability } } pageInfo { endCursor hasNextPage } } }';
    const first = await gql(stack, LIST, { f: { openOnly: true } }, ops);
    expect(first.errors).toBeUndefined();
    expect(first.data.leads.nodes[0]).toEqual({ id: leadOf['rep2@leadops.dev'], conversionScore: { probability: 0.8 } });
    const second = await gql(stack, LIST, { f: { openOnly: true }, after: first.data.leads.pageInfo.endCursor }, ops);
    expect(second.data.leads.nodes[0].id).toBe(leadOf['rep1@leadops.dev']);
    const filtered = await gql(stack, LIST, { f: { minConversionScore: 0.5 } }, ops);
    expect(filtered.data.leads.nodes.map((l: { id: string }) => l.id)).toEqual([leadOf['rep2@leadops.dev']]);
    expect(filtered.data.leads.pageInfo.hasNextPage).toBe(false);
    const bad = await gql(stack, LIST, { f: { minConversionScore: 1.5 } }, ops);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.minConversionScore' });
  });

  it('orders a rep\'s queue by score within a priority when sales ops turn it on, never across priorities', async () => {
    const [{ id: ownerId }] = await stack.database.db.query(`SELECT id FROM users WHERE email = 'rep1@leadops.dev'`);
    const version = (await store.promotedVersion())!.version;
    const extra: Array<[string, string, number | null]> = [['P2', 'high', 0.9], ['P1', 'low', 0.1], ['P1', 'none', null]];
    const ids: Record<string, string> = {};
    for (const [priority, name, probability] of extra) {
      const id = randomUUID();
      await stack.database.db.query(
        `INSERT INTO leads (id, source, full_name, email, email_normalized, profile_id, workflow_id, status, stage, priority, owner_id, sla_due_at)
         VALUES ($1, 'web_form', $2, $3, $3, 'default', $4, 'ASSIGNED', 'SQL', $5, $6, now() + interval '1 hour')`,
        [id, name, `${name}.${id.slice(0, 8)}@example.com`, `lead-${id}`, priority, ownerId],
      );
      if (probability !== null) await store.saveScores([{ leadId: id, probability, modelVersion: version, factors: [] }]);
      ids[name] = id;
    }
    const QUEUE = 'query($after: String) { myQueue(first: 2, after: $after) { nodes { id priority } pageInfo { endCursor } } }';
    expect((await gql(stack, 'mutation { setOrderQueueByScore(enabled: true) }', {}, rep1)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql(stack, 'mutation { setOrderQueueByScore(enabled: true) }', {}, ops)).data.setOrderQueueByScore).toBe(true);
    const page1 = await gql(stack, QUEUE, {}, rep1);
    const page2 = await gql(stack, QUEUE, { after: page1.data.myQueue.pageInfo.endCursor }, rep1);
    const order = [...page1.data.myQueue.nodes, ...page2.data.myQueue.nodes].map((l: { id: string }) => l.id);
    // P1 (0.1, then unscored), then P2 (0.9, then the rep's first lead at 0.25).
    expect(order).toEqual([ids.low, ids.none, ids.high, leadOf['rep1@leadops.dev']]);
    expect((await gql(stack, '{ scoringStatus { orderQueueByScore } }', {}, rep1)).data.scoringStatus.orderQueueByScore).toBe(true);
    await gql(stack, 'mutation { setOrderQueueByScore(enabled: false) }', {}, ops);
  });

  it('names the field of bad input', async () => {
    const rollback = await gql(stack, 'mutation { rollbackScoringModel(version: -3) { version } }', {}, ops);
    expect(rollback.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'version' });
    const models = await gql(stack, '{ scoringModels(first: 0) { version } }', {}, ops);
    expect(models.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const unknown = await gql(stack, 'mutation { rollbackScoringModel(version: 9999) { version } }', {}, ops);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});
