// Sessions end when sales ops say so: deactivation, a new role or a new password stop the user's tokens and live
// streams at once (within the API's short session check), on every replica.
import { gql, login, startStack, streamTicket, type Stack } from './harness';

const SET_ACCESS = 'mutation($id: ID!, $input: UserAccessInput!) { setUserAccess(id: $id, input: $input) { id active role } }';
const RESET = 'mutation($id: ID!, $p: String!) { resetUserPassword(id: $id, password: $p) { id } }';
const SESSION_CHECK_MS = 2000;
const settle = () => new Promise((r) => setTimeout(r, SESSION_CHECK_MS + 300));

describe('revocable sessions', () => {
  let stack: Stack;
  let ops: string;
  let repId: string;
  let opsId: string;

  beforeAll(async () => {
    stack = await startStack();
    ops = await login(stack, 'ops@leadops.dev');
    const users = await stack.database.db.query(`SELECT id, email FROM users`);
    repId = users.find((u: { email: string }) => u.email === 'rep2@leadops.dev').id;
    opsId = users.find((u: { email: string }) => u.email === 'ops@leadops.dev').id;
  });
  afterAll(async () => stack?.close());

  const me = async (token: string) => (await gql(stack, '{ me { email role } }', {}, token));

  it('deactivating a user ends their sessions and their live stream; reactivating does not bring old tokens back', async () => {
    const token = await login(stack, 'rep2@leadops.dev');
    expect((await me(token)).data.me.email).toBe('rep2@leadops.dev');
    const stream = await fetch(`${stack.url}/events/leads?ticket=${await streamTicket(stack.url, token)}`);
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();

    const off = await gql(stack, SET_ACCESS, { id: repId, input: { active: false } }, ops);
    expect(off.data.setUserAccess).toMatchObject({ active: false });
    await settle();
    const refused = await me(token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The stream closes on its own (read until done; a revoked stream must not stay open).
    const ended = await Promise.race([
      (async () => { for (;;) { const { done } = await reader.read(); if (done) return true; } })(),
      new Promise<boolean>((r) => setTimeout(() => r(false), SESSION_CHECK_MS * 2)),
    ]);
    expect(ended).toBe(true);
    expect((await gql(stack, 'mutation { login(email: "rep2@leadops.dev", password: "leadops") { token } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    await gql(stack, SET_ACCESS, { id: repId, input: { active: true } }, ops);
    await settle();
    expect((await me(token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await me(await login(stack, 'rep2@leadops.dev'))).data.me.email).toBe('rep2@leadops.dev');
  });

  it('a new role ends the sessions issued under the old one', async () => {
    const token = await login(stack, 'rep2@leadops.dev');
    await gql(stack, SET_ACCESS, { id: repId, input: { role: 'MANAGER' } }, ops);
    await settle();
    expect((await me(token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await me(await login(stack, 'rep2@leadops.dev'))).data.me.role).toBe('MANAGER');
    await gql(stack, SET_ACCESS, { id: repId, input: { role: 'REP' } }, ops);
  });

  it('a password reset ends every session, and only the new password logs in', async () => {
    const token = await login(stack, 'rep2@leadops.dev');
    const reset = await gql(stack, RESET, { id: repId, p: 'a-new-password-2026' }, ops);
    expect(reset.errors).toBeUndefined();
    await settle();
    expect((await me(token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gql(stack, 'mutation { login(email: "rep2@leadops.dev", password: "leadops") { token } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await me(await login(stack, 'rep2@leadops.dev', 'a-new-password-2026'))).data.me.email).toBe('rep2@leadops.dev');
    // Audited without the password.
    const audit = await stack.database.db.query(`SELECT action, after FROM audit_log WHERE entity = 'user' AND entity_id = $1 ORDER BY at`, [repId]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['ACCESS', 'ACCESS', 'ACCESS', 'ACCESS', 'PASSWORD_RESET']);
    expect(JSON.stringify(audit)).not.toMatch(/a-new-password|\$2[aby]\$/);
  });

  it('is for sales ops only, and sales ops cannot lock themselves out', async () => {
    for (const email of ['manager@leadops.dev', 'rep1@leadops.dev']) {
      const answer = await gql(stack, SET_ACCESS, { id: repId, input: { active: false } }, await login(stack, email));
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const self = await gql(stack, SET_ACCESS, { id: opsId, input: { active: false } }, ops);
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'active' });
    expect((await gql(stack, RESET, { id: repId, p: 'short' }, ops)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect((await me(ops)).data.me.email).toBe('ops@leadops.dev');
  });
});
