// The lead list as a user pages through it: filters, both sort orders, keyset pages that never repeat or skip a lead,
// exact counts, and text search whose count stops at 1,000 (and says so) on a broad term.
import { gql, login, startStack, type Stack } from './harness';

const LIST = `query($filter: LeadFilterInput, $sort: LeadSortField, $first: Int, $after: String) {
  leads(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount totalCountCapped pageInfo { endCursor hasNextPage } nodes { id fullName email stage priority createdAt slaDueAt }
  } }`;

interface Row { id: string; fullName: string; email: string; stage: string; priority: string; createdAt: string; slaDueAt: string | null }
interface Page { totalCount: number; totalCountCapped: boolean; pageInfo: { endCursor: string | null; hasNextPage: boolean }; nodes: Row[] }

describe('lead list: filters, keyset pages and counts', () => {
  let stack: Stack;
  let ops: string;

  const list = async (variables: Record<string, unknown>): Promise<Page> => {
    const answer = await gql<{ leads: Page }>(stack, LIST, variables, ops);
    expect(answer.errors).toBeUndefined();
    return answer.data!.leads;
  };

  /** Every page of a query, following endCursor until hasNextPage is false. */
  const walk = async (variables: Record<string, unknown>, first: number): Promise<Row[]> => {
    const rows: Row[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const page: Page = await list({ ...variables, first, after });
      rows.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) return rows;
      after = page.pageInfo.endCursor;
    }
    throw new Error('more than 100 pages');
  };

  beforeAll(async () => {
    stack = await startStack();
    ops = await login(stack, 'ops@leadops.dev');
    // 1,200 leads a minute apart: 1,050 of the García family (a broad search), the rest with distinct names; stages and
    // priorities in a fixed pattern; some created at the same instant, so the id must break ties in the keyset.
    await stack.database.db.query(
      `INSERT INTO leads (id, created_at, source, full_name, email, email_normalized, company_name, profile_id, workflow_id, status, stage, priority, sla_due_at, sla_state)
       SELECT gen_random_uuid(), timestamptz '2031-01-01T00:00:00Z' + ((i / 2) * interval '1 minute'),
              'web_form',
              CASE WHEN i <= 1050 THEN 'María García ' || i ELSE 'Persona Distinta ' || i END,
              'lead' || i || '@lista.test', 'lead' || i || '@lista.test', 'Empresa ' || i, 'default', 'lead-list-' || i, 'ASSIGNED',
              (ARRAY['SQL', 'MQL', 'NURTURE'])[1 + i % 3], (ARRAY['P1', 'P2', 'P3', 'P4'])[1 + i % 4],
              CASE WHEN i % 5 = 0 THEN NULL ELSE timestamptz '2031-02-01T00:00:00Z' + ((i * 7919 % 1200) * interval '1 minute') END,
              CASE WHEN i % 5 = 0 THEN 'NONE' ELSE 'RUNNING' END
         FROM generate_series(1, 1200) i`,
    );
  }, 120_000);

  afterAll(async () => {
    await stack?.close();
  });

  it('filters by stage and priority with an exact count, newest first', async () => {
    const [{ n }] = await stack.database.db.query(`SELECT count(*)::int AS n FROM leads WHERE stage = 'SQL' AND priority = 'P1' AND email LIKE '%@lista.test'`);
    const page = await list({ filter: { stages: ['SQL'], priorities: ['P1'] }, first: 25 });
    expect(page.totalCount).toBe(n);
    expect(page.totalCountCapped).toBe(false);
    expect(page.nodes.every((l) => l.stage === 'SQL' && l.priority === 'P1')).toBe(true);
    const times = page.nodes.map((l) => Date.parse(l.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('pages through every lead once, in order, by created date and by SLA due', async () => {
    for (const sort of ['CREATED_AT', 'SLA_DUE_AT'] as const) {
      const rows = (await walk({ sort, filter: { search: '@lista.test' } }, 97)).filter((r) => r.email.endsWith('@lista.test'));
      expect(rows).toHaveLength(1200);
      expect(new Set(rows.map((r) => r.id)).size).toBe(1200);
      if (sort === 'CREATED_AT') {
        const times = rows.map((r) => Date.parse(r.createdAt));
        expect(times).toEqual([...times].sort((a, b) => b - a));
      } else {
        // Soonest due first; leads without an SLA at the end.
        const due = rows.map((r) => (r.slaDueAt ? Date.parse(r.slaDueAt) : Infinity));
        expect(due).toEqual([...due].sort((a, b) => a - b));
        expect(rows.slice(-240).every((r) => r.slaDueAt === null)).toBe(true);
      }
    }
  }, 60_000);

  it('counts a broad text search up to 1,000 and says the count stopped there; every match is still reachable', async () => {
    const first = await list({ filter: { search: 'garcía' }, first: 50 });
    expect(first).toMatchObject({ totalCount: 1000, totalCountCapped: true, pageInfo: { hasNextPage: true } });
    expect(first.nodes.every((l) => l.fullName.startsWith('María García'))).toBe(true);
    const all = await walk({ filter: { search: 'GARCÍA' } }, 200); // case does not matter
    expect(all).toHaveLength(1050);
    expect(new Set(all.map((r) => r.id)).size).toBe(1050);
  }, 60_000);

  it('counts a narrow text search exactly, from the page alone or past it', async () => {
    const one = await list({ filter: { search: 'lead1049@lista' }, first: 25 });
    expect(one).toMatchObject({ totalCount: 1, totalCountCapped: false, pageInfo: { hasNextPage: false } });
    expect(one.nodes[0]!.email).toBe('lead1049@lista.test');
    // "persona distinta 11" matches 1100-1199 (leads up to 1050 are Garcías): 100 leads, more than one page.
    const many = await list({ filter: { search: 'persona distinta 11' }, first: 25 });
    expect(many).toMatchObject({ totalCount: 100, totalCountCapped: false, pageInfo: { hasNextPage: true } });
    const second = await list({ filter: { search: 'persona distinta 11' }, first: 25, after: many.pageInfo.endCursor });
    expect(second.totalCount).toBe(100);
    expect(second.nodes.some((l) => many.nodes.some((m) => m.id === l.id))).toBe(false);
  });
});
