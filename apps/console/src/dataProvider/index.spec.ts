import { createDataProvider } from './index';

type Handler = (variables: Record<string, any>, query: string) => unknown;

/** A fake API answering by operation name, recording what the console sent. */
function fakeApi(handlers: Record<string, Handler>) {
  const sent: Array<{ operation: string; variables: Record<string, any>; query: string }> = [];
  const fetchImpl = (async (_url: string, init: RequestInit) => {
    const { query, variables } = JSON.parse(String(init.body));
    const operation = /(?:query|mutation)\s+(\w+)/.exec(query)![1]!;
    sent.push({ operation, variables, query });
    const handler = handlers[operation];
    if (!handler) return new Response(JSON.stringify({ errors: [{ message: `no fake for ${operation}` }] }));
    return new Response(JSON.stringify({ data: handler(variables, query) }));
  }) as unknown as typeof fetch;
  return { sent, dataProvider: createDataProvider({ apiUrl: 'http://api', getToken: () => 'jwt', fetchImpl }) };
}

const connection = (ids: string[], total: number, hasNextPage = false) => ({
  nodes: ids.map((id) => ({ id, fullName: `Lead ${id}` })), pageInfo: { endCursor: ids[ids.length - 1] ?? null, hasNextPage }, totalCount: total,
});

describe('data provider: leads', () => {
  it('lists leads with the filter and sort the API understands', async () => {
    const api = fakeApi({ Leads: () => ({ leads: connection(['a', 'b'], 2) }) });
    const result = await api.dataProvider.getList('leads', {
      pagination: { page: 1, perPage: 25 }, sort: { field: 'slaDueAt', order: 'ASC' }, filter: { q: 'energy', stage: ['SQL'], priority: ['P1'] },
    });
    expect(result).toEqual({ data: [{ id: 'a', fullName: 'Lead a' }, { id: 'b', fullName: 'Lead b' }], total: 2 });
    expect(api.sent[0]!.variables).toEqual({ filter: { search: 'energy', stages: ['SQL'], priorities: ['P1'] }, sort: 'SLA_DUE_AT', first: 25, after: null });
  });

  it('pages a broad search by "has next" when the API stopped counting', async () => {
    const api = fakeApi({ Leads: () => ({ leads: { ...connection(['a', 'b'], 1000, true), totalCountCapped: true } }) });
    const result = await api.dataProvider.getList('leads', { pagination: { page: 1, perPage: 2 }, sort: { field: 'createdAt', order: 'DESC' }, filter: { q: 'garcía' } });
    expect(result).toEqual({ data: [{ id: 'a', fullName: 'Lead a' }, { id: 'b', fullName: 'Lead b' }], pageInfo: { hasNextPage: true, hasPreviousPage: false } });
  });

  it('walks cursors to reach page 3', async () => {
    const leads = (v: Record<string, any>) => {
      const start = v['after'] ? Number(v['after'].slice(1)) + 1 : 0;
      const ids = Array.from({ length: v['first'] }, (_, i) => `r${start + i}`);
      return { leads: connection(ids, 100, true) };
    };
    // The walk to a far page asks for cursors only (operation LeadsCursors), then for the page's rows (Leads).
    const api = fakeApi({ Leads: leads, LeadsCursors: leads });
    const result = await api.dataProvider.getList('leads', { pagination: { page: 3, perPage: 10 }, sort: { field: 'createdAt', order: 'DESC' }, filter: {} });
    expect(result.data[0]!.id).toBe('r20');
    expect(api.sent.map((s) => [s.variables['first'], s.variables['after']])).toEqual([[20, null], [10, 'r19']]);
    expect(api.sent[0]!.query).not.toContain('nodes');
  });

  it("lists the rep's queue through myQueue", async () => {
    const api = fakeApi({ MyQueue: () => ({ myQueue: connection(['q1'], 1) }) });
    const result = await api.dataProvider.getList('my-queue', { pagination: { page: 1, perPage: 50 }, sort: { field: 'slaDueAt', order: 'ASC' }, filter: {} });
    expect(result.total).toBe(1);
    expect(api.sent[0]!.variables).toEqual({ first: 50, after: null });
  });

  it('creates a lead from the form and reads one with its classification', async () => {
    const api = fakeApi({
      CreateLead: (v) => ({ createLead: { id: 'new', ...v['input'] } }),
      Lead: (v) => ({ lead: { id: v['id'], classification: { stage: 'SQL' } } }),
    });
    const created = await api.dataProvider.create('leads', { data: { fullName: 'JOSH BIDEN', email: 'josh@openenergy.com', age: 42 } });
    expect(created.data.id).toBe('new');
    expect(api.sent[0]!.variables['input']).toMatchObject({ fullName: 'JOSH BIDEN', email: 'josh@openenergy.com', age: 42, source: 'web_form' });
    const one = await api.dataProvider.getOne('leads', { id: 'new' });
    expect(one.data.classification.stage).toBe('SQL');
    expect(api.sent[1]!.query).toContain('temporalUrl');
  });

  it('runs the sales actions as mutations', async () => {
    const api = fakeApi({
      MarkContacted: () => ({ markContacted: { id: 'l1' } }), CloseLead: () => ({ closeLead: { id: 'l1' } }), Reassign: () => ({ reassign: { id: 'l1' } }),
      AddNote: () => ({ addNote: { id: 'l1' } }),
    });
    await api.dataProvider.markContacted('l1');
    await api.dataProvider.closeLead('l1', 'LOST', '  went with a competitor ');
    await api.dataProvider.addNote('l1', 'called, voicemail');
    await api.dataProvider.updateMany('leads', { ids: ['l1', 'l2'], data: { ownerId: 'rep2' }, meta: { action: 'reassign' } });
    expect(api.sent.map((s) => [s.operation, s.variables])).toEqual([
      ['MarkContacted', { id: 'l1' }],
      ['CloseLead', { id: 'l1', outcome: 'LOST', reason: 'went with a competitor' }],
      ['AddNote', { id: 'l1', text: 'called, voicemail' }],
      ['Reassign', { id: 'l1', toUserId: 'rep2' }],
      ['Reassign', { id: 'l2', toUserId: 'rep2' }],
    ]);
  });

  it('refuses what the API cannot do', async () => {
    const api = fakeApi({});
    await expect(api.dataProvider.delete('leads', { id: 'l1', previousData: { id: 'l1' } })).rejects.toMatchObject({ code: 'NOT_SUPPORTED' });
  });
});

describe('data provider: configuration', () => {
  const rules = [
    { id: 'r2', name: 'Rest', position: 2, enabled: true, strategy: 'ROUND_ROBIN', repIds: [], teamId: null, conditions: {} },
    { id: 'r1', name: 'P1 to rep2', position: 1, enabled: true, strategy: 'SPECIFIC_REP', repIds: ['rep2'], teamId: null, conditions: { priorities: ['P1'] } },
  ];

  it('sorts and pages small lists in memory', async () => {
    const api = fakeApi({ RoutingRules: () => ({ routingRules: rules }) });
    const result = await api.dataProvider.getList('routingRules', { pagination: { page: 1, perPage: 10 }, sort: { field: 'position', order: 'ASC' }, filter: {} });
    expect(result.data.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect((await api.dataProvider.getOne('routingRules', { id: 'r2' })).data.name).toBe('Rest');
  });

  it('sends only the fields a routing rule input has', async () => {
    const api = fakeApi({ UpdateRoutingRule: (v) => ({ updateRoutingRule: { id: v['id'], ...v['input'] } }) });
    await api.dataProvider.update('routingRules', {
      id: 'r1', previousData: rules[1]!,
      data: { ...rules[1], createdAt: 'x', conditions: { priorities: ['P1'], stages: [], industries: null }, strategy: 'SPECIFIC_REP', repIds: ['rep2'] },
    });
    expect(api.sent[0]!.variables).toEqual({
      id: 'r1', input: { name: 'P1 to rep2', enabled: true, strategy: 'SPECIFIC_REP', repIds: ['rep2'], teamId: null, conditions: { priorities: ['P1'] } },
    });
  });

  it('asks users by role and filters the rest in memory', async () => {
    const api = fakeApi({ Users: () => ({ users: [{ id: 'u1', displayName: 'Rep 1', active: true }, { id: 'u2', displayName: 'Rep 2', active: false }] }) });
    const result = await api.dataProvider.getList('users', { pagination: { page: 1, perPage: 50 }, sort: { field: 'displayName', order: 'ASC' }, filter: { role: 'REP', active: true } });
    expect(api.sent[0]!.variables).toEqual({ role: 'REP' });
    expect(result.data.map((u) => u.id)).toEqual(['u1']);
  });

  it('asks metrics for a range in the user time zone', async () => {
    const api = fakeApi({ Metrics: () => ({ metrics: { leadsCreated: 3 } }) });
    const m = await api.dataProvider.metrics(new Date('2026-11-01T00:00:00Z'), new Date('2026-11-08T00:00:00Z'), 'America/Mexico_City');
    expect(m.leadsCreated).toBe(3);
    expect(api.sent[0]!.variables).toEqual({ from: '2026-11-01T00:00:00.000Z', to: '2026-11-08T00:00:00.000Z', timeZone: 'America/Mexico_City' });
  });
});
