// A secured cluster: Temporal's frontend with TLS and client certificates (mTLS) from a CA made for this run. The API and
// the worker, as the processes operators start (dist/main.js), connect with TEMPORAL_TLS_* and a lead goes through; a
// worker that trusts another CA, or has no client certificate, stops at once saying which setting to check.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { seedDemoData } from '@leadops/persistence';
import {
  createTestCertificates, createTestDatabase, freeClusterPort, startSmtpSink, startTemporalCluster, waitUntil,
  type SmtpSink, type TemporalCluster, type TestCertificates, type TestDatabase,
} from '@leadops/testing';
import { freePorts } from '../../api/e2e/crash-checks';

const API_MAIN = join(__dirname, '..', '..', 'api', 'dist', 'main.js');
const WORKER_MAIN = join(__dirname, '..', 'dist', 'main.js');

interface Started {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

function start(main: string, env: NodeJS.ProcessEnv): Started {
  const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Exit code and stderr of a process expected to stop by itself. */
async function runToExit(main: string, env: NodeJS.ProcessEnv, timeoutMs = 15_000): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  clearTimeout(timer);
  return { code, stderr, ms: Date.now() - started };
}

describe('Temporal with TLS and client certificates (secured cluster)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'leadops-temporal-tls-'));
  const suffix = randomBytes(4).toString('hex');
  const temporalDatabases = { persistence: `temporal_tls_${suffix}`, visibility: `temporal_tls_visibility_${suffix}` };
  const processes: Started[] = [];
  let pki: TestCertificates;
  let cluster: TemporalCluster | undefined;
  let database: TestDatabase;
  let smtp: SmtpSink;
  let env: NodeJS.ProcessEnv;
  let api: string;
  let wrongCaApi: { process: Started; url: string };

  const adminUrl = () => process.env['DATABASE_URL']!;

  beforeAll(async () => {
    pki = createTestCertificates();
    const pg = new URL(adminUrl());
    const frontendPort = await freeClusterPort();
    const clusterStarted = Date.now();
    cluster = await startTemporalCluster({
      dataDir, frontendPort, databases: temporalDatabases,
      pgHost: pg.hostname, pgPort: Number(pg.port), pgUser: decodeURIComponent(pg.username), pgPassword: decodeURIComponent(pg.password),
      tls: { serverCert: pki.serverCert, serverKey: pki.serverKey, clientCa: pki.ca, client: { ca: pki.ca, cert: pki.clientCert, key: pki.clientKey } },
    });
    console.log(`[temporal tls] cluster with TLS frontend ready in ${Date.now() - clusterStarted} ms`);
    database = await createTestDatabase();
    await seedDemoData(database.db);
    smtp = await startSmtpSink();
    const apiPort = await freePorts();
    env = {
      ...process.env,
      ...cluster.clientEnv,
      DATABASE_URL: database.url, TEMPORAL_TASK_QUEUE: `tls-${suffix}`, API_PORT: String(apiPort),
      SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), LOG_LEVEL: 'warn',
    };
    api = `http://127.0.0.1:${apiPort}`;
    // Started now, checked in the last test: its start-up and first failed connect overlap the other tests.
    let wrongPort = await freePorts();
    while (wrongPort === apiPort) wrongPort = await freePorts(); // neither API listens yet
    wrongCaApi = { process: start(API_MAIN, { ...env, API_PORT: String(wrongPort), TEMPORAL_TLS_CA: pki.otherCa }), url: `http://127.0.0.1:${wrongPort}` };
    processes.push(wrongCaApi.process);
  }, 120_000);

  afterAll(async () => {
    for (const p of processes) p.child.kill('SIGKILL');
    await Promise.all(processes.map((p) => p.exited));
    try {
      // A throw-away cluster: SIGKILL instead of the graceful stop's 10+ s, then `stop` clears what is left.
      for (const service of ['frontend', 'worker', 'matching', 'history'] as const) await cluster?.killService(service);
      await cluster?.stop();
    } finally {
      await smtp?.close();
      await database?.drop();
      const admin = new Client({ connectionString: adminUrl() });
      await admin.connect();
      for (const name of Object.values(temporalDatabases)) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      pki?.remove();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  const ready = async (base: string) => {
    const res = await fetch(`${base}/health/ready`).catch(() => null);
    return res ? { status: res.status, body: (await res.json()) as { temporal: boolean; postgres: boolean } } : null;
  };

  const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await fetch(`${api}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: any; errors?: unknown[] };
  };

  it('connects the API and the worker over mTLS, and a lead created through the API is classified and assigned', async () => {
    // The cluster's own system worker reaches the TLS frontend too (it logs a failed handshake otherwise).
    expect(readFileSync(cluster!.logPath('worker'), 'utf8')).not.toMatch(/handshake failed/);

    const apiProcess = start(API_MAIN, env);
    processes.push(apiProcess);
    const readiness = await waitUntil(async () => {
      const answer = await ready(api);
      return answer?.status === 200 ? answer : null;
    }, 30_000, `API ready over TLS (output: ${apiProcess.output()})`);
    expect(readiness.body).toMatchObject({ temporal: true, postgres: true });

    const workerProcess = start(WORKER_MAIN, env);
    processes.push(workerProcess);
    await waitUntil(async () => workerProcess.output().includes('[worker] polling'), 30_000, `worker polling (output: ${workerProcess.output()})`);

    const login = await gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: 'ops@leadops.dev', p: 'leadops' });
    const token = login.data.login.token as string;
    const created = await gql('mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }', {
      input: {
        fullName: 'JOSH BIDEN', email: 'josh@openenergy.com', jobPosition: 'CTO', companyName: 'Open Energy LLC', industry: 'Manufacturing',
        location: 'USA, Miami', description: 'Necesitamos urgentemente mejorar nuestro respaldo de datos',
      },
    }, token);
    expect(created.errors).toBeUndefined();
    const id = created.data.createLead.id as string;
    const lead = await waitUntil(async () => {
      const l = (await gql('query($id: ID!) { lead(id: $id) { stage priority slaDueAt owner { email } } }', { id }, token)).data?.lead;
      return l?.owner && l?.slaDueAt ? l : null;
    }, 20_000, 'lead classified and assigned through the TLS cluster');
    expect(lead).toMatchObject({ stage: 'SQL', priority: 'P1', owner: { email: expect.stringMatching(/^rep[12]@leadops\.dev$/) } });
    // The workflow ran on this cluster: it is in the cluster's own persistence database.
    const persistence = new URL(adminUrl());
    persistence.pathname = `/${temporalDatabases.persistence}`;
    const temporalDb = new Client({ connectionString: persistence.toString() });
    await temporalDb.connect();
    try {
      const { rows } = await temporalDb.query('SELECT count(*)::int AS n FROM current_executions WHERE workflow_id = $1', [`lead-${id}`]);
      expect(rows[0].n).toBe(1);
    } finally {
      await temporalDb.end();
    }
    expect(apiProcess.output()).not.toMatch(/cannot connect to Temporal/);
  }, 60_000);

  it('stops a worker that trusts another CA, saying so and naming the settings to check', async () => {
    const { code, stderr, ms } = await runToExit(WORKER_MAIN, { ...env, TEMPORAL_TLS_CA: pki.otherCa });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      `[worker] cannot connect to Temporal at ${cluster!.address} over TLS: the server's certificate is not signed by a CA we trust ` +
        '(unable to verify the first certificate); check TEMPORAL_TLS_CA / TEMPORAL_TLS_SERVER_NAME',
    );
    expect(ms).toBeLessThan(10_000);
  }, 20_000);

  it('stops a worker without a client certificate: the cluster requires one', async () => {
    const { TEMPORAL_TLS_CERT: _cert, TEMPORAL_TLS_KEY: _key, ...withoutCertificate } = env;
    const { code, stderr } = await runToExit(WORKER_MAIN, withoutCertificate);
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^\[worker\] cannot connect to Temporal at \S+ over TLS: the server refused our client certificate \(.*certificate required\); check TEMPORAL_TLS_CERT \/ TEMPORAL_TLS_KEY$/);
  }, 20_000);

  it('keeps an API that trusts another CA up but not ready, and logs the cause once', async () => {
    const { process: wrongApi, url: base } = wrongCaApi;
    const first = await waitUntil(() => ready(base), 30_000, `API listening (output: ${wrongApi.output()})`);
    const second = await ready(base);
    for (const answer of [first, second]) expect(answer).toEqual({ status: 503, body: { status: 'unavailable', postgres: true, temporal: false, model: 'off' } });
    const causes = wrongApi.output().split('\n').filter((line) => line.includes('cannot connect to Temporal'));
    expect(causes).toEqual([
      `[api] cannot connect to Temporal at ${cluster!.address} over TLS: the server's certificate is not signed by a CA we trust ` +
        '(unable to verify the first certificate); check TEMPORAL_TLS_CA / TEMPORAL_TLS_SERVER_NAME; leads wait in the outbox until it answers',
    ]);
  }, 60_000);
});
