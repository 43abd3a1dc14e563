// Rate limits hold across API processes: two replicas on one database share the same login allowance, so spreading
// password guesses over a load balancer gains nothing.
import type { INestApplication } from '@nestjs/common';
import { createApp } from '../src/main';
import { LOGIN_LIMITS } from '../src/auth/auth.service';
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

  /** A login as seen through the loopback proxy the API trusts (TRUST_PROXY), from the client address it reports. */
  const loginFrom = async (address: string, email: string, password: string) => {
    const res = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ query: LOGIN, variables: { e: email, p: password } }),
    });
    return ((await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]?.extensions?.code ?? 'OK';
  };

  it(`cuts off guesses at one account spread over many addresses after ${LOGIN_LIMITS.perAccount} in 15 minutes`, async () => {
    const codes: string[] = [];
    for (let i = 0; i < LOGIN_LIMITS.perAccount + 1; i++) codes.push(await loginFrom(`203.0.113.${i + 1}`, 'manager@leadops.dev', `guess-${i}`));
    expect(codes.slice(0, LOGIN_LIMITS.perAccount).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes.at(-1)).toBe('TOO_MANY_REQUESTS');
    // The limit is the account's, not the last address's.
    expect(await loginFrom('198.51.100.77', 'manager@leadops.dev', 'leadops')).toBe('TOO_MANY_REQUESTS');
  });

  it(`cuts off one address spraying a password over many accounts after ${LOGIN_LIMITS.perAddress} in 15 minutes`, async () => {
    const codes: string[] = [];
    for (let i = 0; i < LOGIN_LIMITS.perAddress + 1; i++) codes.push(await loginFrom('192.0.2.66', `someone${i}@leadops.dev`, 'Verano2026!'));
    expect(codes.slice(0, LOGIN_LIMITS.perAddress).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes.at(-1)).toBe('TOO_MANY_REQUESTS');
    expect(await loginFrom('192.0.2.66', 'ops@leadops.dev', 'leadops')).toBe('TOO_MANY_REQUESTS');
    // Another address is not affected.
    expect(await loginFrom('192.0.2.67', 'ops@leadops.dev', 'leadops')).toBe('OK');
  }, 60_000);
});
