// NODE_ENV=production: what only a demo may have is refused, and what only operators may read asks for their token.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { startMetricsServer } from '../../worker/src/metrics-server';
import { Registry } from 'prom-client';
import { gql, startStack, type Stack } from './harness';

const ROOT = join(__dirname, '..', '..', '..');
const METRICS_TOKEN = `scrape-${randomBytes(16).toString('hex')}`;

describe('production mode', () => {
  let stack: Stack;
  let productionEnv: Record<string, string>;

  beforeAll(async () => {
    // The test cluster's password is the published development one, which production refuses: a role of this test's own.
    const role = `leadops_prod_${randomBytes(4).toString('hex')}`;
    const password = randomBytes(12).toString('hex');
    const admin = new Client({ connectionString: process.env['DATABASE_URL'] });
    await admin.connect();
    await admin.query(`CREATE ROLE ${role} LOGIN SUPERUSER PASSWORD '${password}'`);
    await admin.end();
    productionEnv = {
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(24).toString('hex'),
      WEBHOOK_SECRETS: `crm=${randomBytes(12).toString('hex')}`,
      METRICS_TOKEN,
      TEMPORAL_PAYLOAD_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    };
    stack = await startStack(productionEnv, { databaseCredentials: { user: role, password } });
    productionEnv['DATABASE_URL'] = process.env['DATABASE_URL']!;
  });
  afterAll(async () => stack?.close());

  it("answers the API's /metrics only to a scrape bearing METRICS_TOKEN", async () => {
    const scrape = (authorization?: string) => fetch(`${stack.url}/metrics`, { headers: authorization ? { authorization } : {} });
    expect((await scrape()).status).toBe(401);
    expect((await scrape('Bearer wrong-token-of-some-length-000')).status).toBe(401);
    const allowed = await scrape(`Bearer ${METRICS_TOKEN}`);
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain('leadops_leads_by_stage');
  });

  it("answers the worker's /metrics only to a scrape bearing the token", async () => {
    const registry = new Registry();
    const { server, port } = await startMetricsServer(registry, 0, METRICS_TOKEN, '127.0.0.1');
    try {
      const scrape = (authorization?: string) => fetch(`http://127.0.0.1:${port}/metrics`, { headers: authorization ? { authorization } : {} });
      expect((await scrape()).status).toBe(401);
      expect((await scrape(`Bearer ${METRICS_TOKEN}x`)).status).toBe(401);
      expect((await scrape(`Bearer ${METRICS_TOKEN}`)).status).toBe(200);
    } finally {
      server.close();
    }
  });

  it('does not describe its schema to whoever asks (introspection off)', async () => {
    const answer = await gql(stack, '{ __schema { types { name } } }');
    expect(answer.data?.__schema).toBeUndefined();
    expect(answer.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('refuses to seed the demo users, whose password is published', async () => {
    const run = promisify(execFile)('node', [join(ROOT, 'apps', 'api', 'dist', 'cli', 'setup.js'), '--demo'], { env: { ...process.env, ...productionEnv } });
    await expect(run).rejects.toMatchObject({ stderr: expect.stringContaining('--demo refused with NODE_ENV=production') });
    const [{ n }] = await stack.database.db.query(`SELECT count(*)::int AS n FROM users WHERE email = 'nobody-seeded@leadops.dev'`);
    expect(n).toBe(0);
  });
});
