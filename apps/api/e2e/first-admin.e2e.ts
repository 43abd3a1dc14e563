// A real installation's first user, without the demo data: `setup.js --admin <email>` creates one sales-ops account
// (password from LEADOPS_ADMIN_PASSWORD, or generated and shown once), and running the setup job again changes nothing.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gql, login, startStack, type Stack } from './harness';

const SETUP = join(__dirname, '..', 'dist', 'cli', 'setup.js');
const run = promisify(execFile);

describe('first sales-ops user (setup --admin)', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => stack?.close());

  const setup = (args: string[], env: Record<string, string> = {}) =>
    run(process.execPath, [SETUP, ...args], { env: { ...process.env, DATABASE_URL: stack.config.databaseUrl, ...env } }).then(
      ({ stdout }) => ({ code: 0, out: stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, out: `${error.stdout}${error.stderr}` }),
    );

  it('creates the account with the given password, and a second run leaves it as it is', async () => {
    const first = await setup(['--admin', 'Direccion.Comercial@Acme.mx', '--name', 'Dirección Comercial'], { LEADOPS_ADMIN_PASSWORD: 'a-long-first-password' });
    expect(first).toMatchObject({ code: 0 });
    expect(first.out).toContain('sales ops user direccion.comercial@acme.mx created');
    expect(first.out).not.toContain('a-long-first-password');
    const token = await login(stack, 'direccion.comercial@acme.mx', 'a-long-first-password');
    expect((await gql(stack, '{ me { role displayName } }', {}, token)).data.me).toEqual({ role: 'SALES_OPS', displayName: 'Dirección Comercial' });

    const again = await setup(['--admin', 'direccion.comercial@acme.mx'], { LEADOPS_ADMIN_PASSWORD: 'another-password-123' });
    expect(again.out).toContain('exists already: left as it is');
    await login(stack, 'direccion.comercial@acme.mx', 'a-long-first-password');
  });

  it('generates a password when none is given and shows it once', async () => {
    const answer = await setup(['--admin', 'ops.lead@acme.mx']);
    const password = /password \(shown once; change it after the first login\): (\S+)/.exec(answer.out)?.[1];
    expect(password).toHaveLength(24);
    await login(stack, 'ops.lead@acme.mx', password!);
  });

  it('refuses a weak or published password and a bad address, naming what is wrong', async () => {
    expect(await setup(['--admin', 'x@acme.mx'], { LEADOPS_ADMIN_PASSWORD: 'leadops' })).toMatchObject({ code: 1, out: expect.stringContaining('LEADOPS_ADMIN_PASSWORD: 10 to 200 characters') });
    expect(await setup(['--admin', 'x@acme.mx'], { LEADOPS_ADMIN_PASSWORD: 'short' })).toMatchObject({ code: 1 });
    expect(await setup(['--admin', 'a@acme.mx, b@acme.mx'], { LEADOPS_ADMIN_PASSWORD: 'a-long-first-password' })).toMatchObject({ code: 1, out: expect.stringContaining('--admin:') });
    expect(await setup(['--admin'])).toMatchObject({ code: 1, out: expect.stringContaining('--admin: give a value') });
    const created = await stack.database.db.query(`SELECT count(*)::int AS n FROM users WHERE email IN ('x@acme.mx', 'a@acme.mx')`);
    expect(created[0].n).toBe(0);
  });
});
