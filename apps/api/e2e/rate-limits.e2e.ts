// Rate limits hold across API processes: two replicas on one database share the same login allowance, so spreading
// password guesses over a load balancer gains nothing.
import type { INestApplication } from '@nestjs/common';
import { createApp } from '../src/main';
import { gql, startStack, type Stack } from './harness';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

describe('rate limits shared by API replicas', () => {
  let stack: Stack;
  let replica: INestApplication;
  let replicaStack: Stack;

  beforeAll(async () => {
    stack = await startStack();
    ({ app: replica } = await createApp()); // same DATABASE_URL: a second API process behind the same balancer
    await replica.listen(0, '127.0.0.1');
    replicaStack = { ...stack, url: `http://127.0.0.1:${replica.getHttpServer().address().port}` };
  }, 60_000);

  afterAll(async () => {
    await replica?.close();
    await stack?.close();
  });

  it('cuts off the 11th login attempt of a minute, whichever replica gets it, and only for that account', async () => {
    const codes: Array<string | undefined> = [];
    for (let i = 0; i < 12; i++) {
      const answer = await gql(i % 2 ? replicaStack : stack, LOGIN, { e: 'rep1@leadops.dev', p: `guess-${i}` });
      codes.push(answer.errors?.[0]?.extensions?.['code']);
    }
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('UNAUTHENTICATED'));
    expect(codes.slice(10)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
    // Even the right password waits out the window: the guesser learns nothing from it.
    const right = await gql(stack, LOGIN, { e: 'rep1@leadops.dev', p: 'leadops' });
    expect(right.errors?.[0]?.extensions?.['code']).toBe('TOO_MANY_REQUESTS');
    expect(right.errors?.[0]?.message).toMatch(/wait a minute/);
    // Another account from the same address is not affected.
    const other = await gql(replicaStack, LOGIN, { e: 'rep2@leadops.dev', p: 'leadops' });
    expect(other.data?.login?.token).toEqual(expect.any(String));
  });
});
