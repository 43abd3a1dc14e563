// Temporal itself crashes (SIGKILL) with leads in flight, and leads keep arriving while it is down: the API still takes
// them, and once the server is back on the same SQLite file every lead ends classified and assigned exactly once.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitUntil } from '@leadops/testing';
import { assignedLeads, freePorts, leadsNotHandledOnce } from './crash-checks';
import { gql, login, startStack, type Stack } from './harness';

const TEMPORAL_SH = join(__dirname, '..', '..', '..', 'tools', 'stack', 'temporal.sh');
const CREATE = 'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }';

describe('Temporal server crash with leads in flight', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'leadops-temporal-crash-'));
  let port: number;
  let stack: Stack;
  let ops: string;
  let serial = 0;

  // The project's own script, so the server runs with the flags `npm start` uses (WAL, one partition). Always the dev
  // server: this is about its SQLite file; the cluster's crashes are the replica and fault suite's.
  const temporal = (command: 'start' | 'stop') =>
    execFileSync('bash', [TEMPORAL_SH, command], {
      env: { ...process.env, LEADOPS_TEMPORAL: 'dev', LEADOPS_DATA_DIR: dataDir, TEMPORAL_PORT: String(port), TEMPORAL_ADDRESS: `127.0.0.1:${port}`, TEMPORAL_HEADLESS: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  const killTemporal = () => process.kill(Number(readFileSync(join(dataDir, 'temporal.pid'), 'utf8')), 'SIGKILL');

  const submit = async () => {
    const n = ++serial;
    const answer = await gql(stack, CREATE, {
      input: {
        fullName: `Carla Ríos ${n}`, email: `cto${n}@planta${n}.com.mx`, jobPosition: 'CTO', companyName: `Planta ${n}`, industry: 'Manufactura',
        location: 'Monterrey, México', companySize: 400, description: 'Se cayó el servidor de producción: necesitamos respaldo de datos urgente.',
      },
    }, ops);
    if (!answer.data?.createLead?.id) throw new Error(`createLead failed: ${JSON.stringify(answer.errors)}`);
    return answer.data.createLead.id as string;
  };

  beforeAll(async () => {
    port = await freePorts(2);
    temporal('start');
    stack = await startStack({ TEMPORAL_ADDRESS: `127.0.0.1:${port}` });
    await stack.database.db.query('UPDATE users SET capacity = 1000'); // about crashes, not rep capacity
    ops = await login(stack, 'ops@leadops.dev');
    await stack.startWorker();
  }, 120_000);

  afterAll(async () => {
    await stack?.close();
    try {
      temporal('stop');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('takes leads while Temporal is down and finishes every one exactly once after it restarts', async () => {
    const assigned = () => assignedLeads(stack);
    const ids = await Promise.all(Array.from({ length: 30 }, submit));
    await waitUntil(async () => (await assigned()) >= 5, 60_000, 'first leads assigned');
    killTemporal(); // mid-flight: some leads done, others between steps

    // Leads keep coming while the server is down: the API answers each one, stored with its outbox row.
    const whileDown = Date.now();
    for (let i = 0; i < 10; i++) ids.push(await submit());
    const downMs = Date.now() - whileDown;
    // Only the first one waits out the start deadline (2 s); the rest go straight to the outbox (it took 20 s each before).
    expect(downMs).toBeLessThan(20_000);
    const [{ pending }] = await stack.database.db.query('SELECT count(*)::int AS pending FROM outbox WHERE dispatched_at IS NULL');
    expect(pending).toBeGreaterThanOrEqual(10);

    temporal('start'); // same SQLite file
    const restarted = Date.now();
    await waitUntil(async () => (await assigned()) === ids.length, 120_000, 'every lead assigned after the restart');
    console.log(`[temporal crash] 10 leads taken in ${downMs} ms while Temporal was down; all ${ids.length} assigned ${Date.now() - restarted} ms after the restart`);

    expect(await leadsNotHandledOnce(stack, ids)).toEqual({ found: ids.length, wrong: [] });
    const [{ stillPending }] = await stack.database.db.query('SELECT count(*)::int AS "stillPending" FROM outbox WHERE dispatched_at IS NULL');
    expect(stillPending).toBe(0);
  }, 240_000);
});
