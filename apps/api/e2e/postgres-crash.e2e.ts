// PostgreSQL crashes (immediate stop, crash recovery on restart) with leads in flight: the API refuses new leads with a
// clear UNAVAILABLE while it is down, and after the restart every lead taken before ends classified and assigned once.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitUntil } from '@leadops/testing';
import { assignedLeads, freePorts, leadsNotHandledOnce } from './crash-checks';
import { gql, login, startStack, type Stack } from './harness';

const POSTGRES_SH = join(__dirname, '..', '..', '..', 'tools', 'stack', 'postgres.sh');
const CREATE = 'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }';

describe('PostgreSQL crash with leads in flight', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'leadops-pg-crash-'));
  let port: number;
  let stack: Stack;
  let ops: string;
  let serial = 0;

  // The project's own script: a cluster of our own in a temporary folder, on a free port.
  const postgres = (command: 'start' | 'stop' | 'crash') =>
    execFileSync('bash', [POSTGRES_SH, command], {
      env: { ...process.env, LEADOPS_DATA_DIR: dataDir, PGPORT: String(port), PGHOST: '127.0.0.1', PGDATABASE: 'leadops' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });

  const createLead = () => {
    const n = ++serial;
    return gql(stack, CREATE, {
      input: {
        fullName: `Diego Salas ${n}`, email: `cio${n}@fabrica${n}.com.mx`, jobPosition: 'CIO', companyName: `Fábrica ${n}`, industry: 'Manufactura',
        location: 'Guadalajara, México', companySize: 600, description: 'Se cayó el servidor de producción: necesitamos respaldo de datos urgente.',
      },
    }, ops);
  };

  beforeAll(async () => {
    port = await freePorts();
    postgres('start');
    process.env['DATABASE_URL'] = `postgres://leadops:leadops@127.0.0.1:${port}/leadops`; // startStack's test database lives there
    stack = await startStack();
    await stack.database.db.query('UPDATE users SET capacity = 1000'); // about crashes, not rep capacity
    ops = await login(stack, 'ops@leadops.dev');
    await stack.startWorker();
  }, 120_000);

  afterAll(async () => {
    try {
      postgres('start'); // back up if the test stopped half-way, so the stack can close
    } catch {
      /* reported by the test */
    }
    await stack?.close().catch(() => undefined);
    try {
      postgres('stop');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses leads clearly while it is down and finishes every lead taken before, once each, after the restart', async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, createLead));
    const ids = answers.map((a) => a.data!.createLead.id as string);
    const assigned = () => assignedLeads(stack);
    await waitUntil(async () => (await assigned()) >= 5, 60_000, 'first leads assigned');
    postgres('crash'); // mid-flight: some leads done, others between steps

    // While it is down a new lead is refused with a code a client can retry on, never an internal error.
    const refused = await createLead();
    expect(refused.data?.createLead ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('UNAVAILABLE');
    expect(JSON.stringify(refused.errors)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/i);

    await new Promise((r) => setTimeout(r, 2000));
    postgres('start'); // crash recovery
    const restarted = Date.now();
    await waitUntil(async () => (await assigned().catch(() => -1)) === ids.length, 120_000, 'every lead assigned after the restart');
    console.log(`[postgres crash] all ${ids.length} leads assigned ${Date.now() - restarted} ms after the restart`);

    expect(await leadsNotHandledOnce(stack, ids)).toEqual({ found: ids.length, wrong: [] });
    // And the API takes leads again.
    expect((await createLead()).data?.createLead?.id).toEqual(expect.any(String));
  }, 240_000);
});
