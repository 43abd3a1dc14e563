// Debian's prometheus scrapes the test stack's API and worker (dist/main.js, as deployed) with a generated config; its
// own HTTP API must show both targets up, the worker's lead counters and the Temporal SDK's metrics, and the counters
// advancing once leads arrive.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemoData } from '@leadops/persistence';
import { createTestDatabase, freePorts, waitUntil, type TestDatabase } from '@leadops/testing';
import { CREATE_LEAD, graphql, LOGIN, startNode, stopAll, type Started } from '../processes';
import { prometheusBin, ROOT } from '../tool-paths';

async function distinctPorts(n: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < n) ports.add(await freePorts());
  return [...ports];
}

describe('Prometheus scraping the API and the worker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leadops-prometheus-'));
  const processes: Started[] = [];
  let database: TestDatabase;
  let api: string;
  let prometheus: string;

  const query = async (promql: string): Promise<number | null> => {
    const res = await fetch(`${prometheus}/api/v1/query?query=${encodeURIComponent(promql)}`);
    const body = (await res.json()) as { data: { result: { value: [number, string] }[] } };
    return body.data.result.length ? Number(body.data.result[0].value[1]) : null;
  };

  beforeAll(async () => {
    database = await createTestDatabase('leadops_prom');
    await seedDemoData(database.db);
    const [apiPort, metricsPort, promPort] = await distinctPorts(3);
    // Scraped as in production: both /metrics want the bearer token.
    const metricsToken = randomBytes(24).toString('hex');
    const env = {
      ...process.env, METRICS_TOKEN: metricsToken, DATABASE_URL: database.url, API_PORT: String(apiPort), WORKER_METRICS_PORT: String(metricsPort),
      TEMPORAL_TASK_QUEUE: `prom-${randomBytes(4).toString('hex')}`, LOG_LEVEL: 'warn', SMTP_HOST: '',
    };
    processes.push(startNode(ROOT, ['apps/api/dist/main.js'], env), startNode(ROOT, ['apps/worker/dist/main.js'], env));
    api = `http://127.0.0.1:${apiPort}`;
    const config = join(dir, 'prometheus.yml');
    writeFileSync(config, [
      'global: { scrape_interval: 1s, scrape_timeout: 900ms }',
      'scrape_configs:',
      `  - { job_name: leadops-api, authorization: { credentials: "${metricsToken}" }, static_configs: [{ targets: ["127.0.0.1:${apiPort}"] }] }`,
      `  - { job_name: leadops-worker, authorization: { credentials: "${metricsToken}" }, static_configs: [{ targets: ["127.0.0.1:${metricsPort}"] }] }`,
      '',
    ].join('\n'));
    const child = spawn(prometheusBin(), [
      `--config.file=${config}`, `--storage.tsdb.path=${join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${promPort}`, '--log.level=warn',
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    processes.push({ child, output: () => output, exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))) });
    prometheus = `http://127.0.0.1:${promPort}`;
    await waitUntil(async () => (await fetch(`${prometheus}/-/ready`).catch(() => null))?.ok, 30_000, `prometheus ready (${output})`);
  }, 120_000);

  afterAll(async () => {
    await stopAll(processes);
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('shows both targets up, then the lead counters advance as leads arrive', async () => {
    const targets = await waitUntil(async () => {
      const res = await fetch(`${prometheus}/api/v1/targets`);
      const body = (await res.json()) as { data: { activeTargets: { labels: { job: string }; health: string; lastError: string }[] } };
      const active = body.data.activeTargets;
      return active.length === 2 && active.every((t) => t.health === 'up') ? active : null;
    }, 60_000, `both targets up (api/worker output: ${processes.map((p) => p.output()).join('\n')})`);
    expect(targets.map((t) => t.labels.job).sort()).toEqual(['leadops-api', 'leadops-worker']);

    // The Temporal SDK's own metrics come through the worker's port too.
    await waitUntil(() => query('count({job="leadops-worker", __name__=~"temporal_.+"})'), 30_000, 'Temporal SDK metrics scraped');

    const token = (await graphql(api, LOGIN, { e: 'ops@leadops.dev', p: 'leadops' })).data.login.token as string;
    const before = (await query('sum(leadops_leads_triaged_total{job="leadops-worker"})')) ?? 0;
    const leadsBefore = (await query('sum(leadops_leads_by_stage{job="leadops-api", stage!="UNCLASSIFIED"})')) ?? 0;
    for (let i = 0; i < 3; i++) {
      const created = await graphql(api, CREATE_LEAD, {
        input: {
          fullName: `Lucía Pérez ${i}`, email: `lucia${i}.${randomBytes(3).toString('hex')}@aceromx.com.mx`, jobPosition: 'Directora de TI',
          companyName: `Aceros del Norte ${i}`, industry: 'Manufacturing', location: 'México, Monterrey',
          description: 'Necesitamos urgentemente mejorar nuestro respaldo de datos',
        },
      }, token);
      expect(created.errors).toBeUndefined();
    }
    const after = await waitUntil(async () => {
      const v = await query('sum(leadops_leads_triaged_total{job="leadops-worker"})');
      return v !== null && v >= before + 3 ? v : null;
    }, 60_000, 'leadops_leads_triaged_total advanced by 3 in Prometheus');
    expect(after - before).toBe(3);
    expect(await query('sum(leadops_leads_classifier_total{job="leadops-worker", classifier="rules"})')).toBeGreaterThanOrEqual(3);
    await waitUntil(async () => ((await query('sum(leadops_leads_by_stage{job="leadops-api", stage!="UNCLASSIFIED"})')) ?? 0) >= leadsBefore + 3, 30_000, 'the API\'s lead gauge advanced');
    expect(await query('sum(leadops_triage_duration_seconds_count{job="leadops-worker"})')).toBeGreaterThanOrEqual(3);
    expect(await query('sum(leadops_time_to_priority_seconds_count{job="leadops-worker"})')).toBeGreaterThanOrEqual(3);
  }, 180_000);

  it('has every metric the Grafana dashboard charts (labelled ones appear on their first event)', async () => {
    const dashboard = JSON.parse(readFileSync(join(ROOT, 'infra', 'grafana', 'leadops-dashboard.json'), 'utf8')) as { panels: { targets: { expr: string }[] }[] };
    const charted = new Set(dashboard.panels.flatMap((p) => p.targets.flatMap((t) => t.expr.match(/\b(?:leadops|temporal)_[a-z_]+/g) ?? [])));
    // Counters with labels exist once something happened: no model configured here, no breach in a few seconds.
    const onFirstEvent = new Set(['leadops_escalations_total', 'leadops_model_fallbacks_total', 'leadops_model_request_duration_seconds_bucket']);
    const scraped = await waitUntil(async () => {
      const res = await fetch(`${prometheus}/api/v1/label/__name__/values`);
      const names = new Set(((await res.json()) as { data: string[] }).data);
      return names.has('temporal_workflow_task_execution_latency_bucket') ? names : null;
    }, 30_000, 'workflow task metrics scraped');
    expect([...charted].filter((name) => !scraped.has(name) && !onFirstEvent.has(name))).toEqual([]);
  }, 60_000);
});
