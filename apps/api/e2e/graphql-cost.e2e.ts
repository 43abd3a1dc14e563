// What one document and one user may cost: refused before anything runs, with the figure.
import { SLA_BOARD } from '../../console/src/dataProvider/documents';
import { gql, login, startStack, type Stack } from './harness';

describe('GraphQL cost and per-user allowance', () => {
  let stack: Stack;
  let ops: string;
  beforeAll(async () => {
    stack = await startStack({ API_USER_RATE_LIMIT: '40' });
    ops = await login(stack, 'ops@leadops.dev');
  });
  afterAll(async () => stack?.close());

  it('refuses a list that would run a Temporal query per row for 100 rows, before running it', async () => {
    const answer = await gql(stack, '{ leads(first: 100) { nodes { id workflowState { step } } } }', {}, ops);
    expect(answer.status).toBe(400);
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(answer.errors?.[0]?.message).toMatch(/Query costs \d+; the limit is 5000/);
  });

  it("takes the console's own pages (100 rows of a list, one lead with its workflow state)", async () => {
    const list = await gql(stack, '{ leads(first: 100) { totalCount nodes { id stage priority status slaDueAt owner { email displayName } } } }', {}, ops);
    expect(list.errors).toBeUndefined();
    const one = await gql(stack, '{ leads(first: 1) { nodes { id workflowState { step } timeline { type } classification { stage } } } }', {}, ops);
    expect(one.errors).toBeUndefined();
  });

  it("takes the console's SLA board (nested lists without first) and schema introspection outside production", async () => {
    const board = await gql(stack, SLA_BOARD, {}, ops);
    expect(board.errors).toBeUndefined();
    const schema = await gql(stack, '{ __schema { types { name fields { name args { name type { name kind ofType { name kind } } } type { name kind ofType { name kind } } } } } }', {}, ops);
    expect(schema.errors).toBeUndefined();
    expect(schema.data.__schema.types.length).toBeGreaterThan(20);
  });

  it('counts aliases: the same cheap list asked for 40 times is one expensive document', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: leads(first: 100) { nodes { id timeline { type } } }`).join(' ');
    const answer = await gql(stack, `{ ${aliases} }`, {}, ops);
    expect(answer.errors?.[0]?.message).toMatch(/Query costs \d+/);
  });

  it("stops one user's flood of operations without slowing anyone else", async () => {
    const rep = await login(stack, 'rep1@leadops.dev');
    const codes: string[] = [];
    for (let i = 0; i < 41; i++) codes.push((await gql(stack, '{ me { id } }', {}, rep)).errors?.[0]?.extensions?.['code'] ?? 'OK');
    expect(codes.slice(0, 40).every((c) => c === 'OK')).toBe(true);
    expect(codes[40]).toBe('TOO_MANY_REQUESTS');
    expect((await gql(stack, '{ me { id } }', {}, await login(stack, 'rep2@leadops.dev'))).errors).toBeUndefined();
  });
});
