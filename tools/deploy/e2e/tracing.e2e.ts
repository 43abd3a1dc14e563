// OpenTelemetry traces as operators get them: the API and the worker (dist/main.js) export over OTLP/HTTP to a collector
// (here a receiver in the test). One lead makes one trace: createLead, its workflow, the triage activity with the model
// call inside it, and the owner's e-mail. Spans carry ids and decisions, never what names or reaches the person.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seedDemoData } from '@leadops/persistence';
import { createTestDatabase, freePorts, startOpenAiTestServer, waitUntil, type OpenAiTestServer, type TestDatabase } from '@leadops/testing';
import { CREATE_LEAD, graphql, LOGIN, startNode, stopAll, type Started } from '../processes';
import { ROOT } from '../tool-paths';

interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  attributes: Record<string, unknown>;
}

type OtlpValue = { stringValue?: string; intValue?: string | number; boolValue?: boolean; doubleValue?: number };
interface OtlpExport {
  resourceSpans: {
    resource: { attributes: { key: string; value: OtlpValue }[] };
    scopeSpans: { spans: { traceId: string; spanId: string; parentSpanId?: string; name: string; attributes?: { key: string; value: OtlpValue }[] }[] }[];
  }[];
}

const valueOf = (v: OtlpValue) => v.stringValue ?? v.intValue ?? v.boolValue ?? v.doubleValue;

/** An OTLP/HTTP collector endpoint (JSON encoding, the exporter's default) that keeps what it receives. */
async function startOtlpReceiver(): Promise<{ url: string; spans: ReceivedSpan[]; requests: () => number; close(): Promise<void> }> {
  const spans: ReceivedSpan[] = [];
  let requests = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests++;
      if (req.url !== '/v1/traces' || !String(req.headers['content-type']).includes('json')) {
        res.writeHead(415).end();
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpExport;
      for (const rs of body.resourceSpans) {
        const service = String(valueOf(rs.resource.attributes.find((a) => a.key === 'service.name')!.value));
        for (const ss of rs.scopeSpans) {
          for (const s of ss.spans) {
            spans.push({
              service, traceId: s.traceId, spanId: s.spanId, parentSpanId: s.parentSpanId ?? '', name: s.name,
              attributes: Object.fromEntries((s.attributes ?? []).map((a) => [a.key, valueOf(a.value)])),
            });
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    requests: () => requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('OpenTelemetry traces from the API and the worker', () => {
  const processes: Started[] = [];
  let database: TestDatabase;
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let model: OpenAiTestServer;
  let api: string;

  beforeAll(async () => {
    database = await createTestDatabase('leadops_otel');
    await seedDemoData(database.db);
    receiver = await startOtlpReceiver();
    model = await startOpenAiTestServer();
    const apiPort = await freePorts();
    const env = {
      ...process.env, DATABASE_URL: database.url, API_PORT: String(apiPort), TEMPORAL_TASK_QUEUE: `otel-${randomBytes(4).toString('hex')}`,
      LOG_LEVEL: 'warn', SMTP_HOST: '', LLM_BASE_URL: model.url, OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
    };
    processes.push(startNode(ROOT, ['apps/api/dist/main.js'], env), startNode(ROOT, ['apps/worker/dist/main.js'], env));
    api = `http://127.0.0.1:${apiPort}`;
    await waitUntil(async () => (await fetch(`${api}/health/live`).catch(() => null))?.ok, 60_000, `the API up (${processes[0]!.output()})`);
  }, 120_000);

  afterAll(async () => {
    await stopAll(processes);
    await receiver?.close();
    await model?.close();
    await database?.drop();
  }, 60_000);

  it('links createLead, the workflow, the triage with its model call and the owner e-mail in one trace, without personal data', async () => {
    const token = (await graphql(api, LOGIN, { e: 'ops@leadops.dev', p: 'leadops' })).data.login.token as string;
    const person = { fullName: 'Lucía Pérez Traza', email: `lucia.traza.${randomBytes(3).toString('hex')}@aceromx.com.mx`, phone: '+52 81 5555 0142' };
    const created = await graphql(api, CREATE_LEAD, {
      input: {
        ...person, jobPosition: 'Directora de TI', companyName: 'Aceros del Norte', industry: 'Manufacturing', location: 'México, Monterrey',
        description: 'Necesitamos urgentemente mejorar nuestro respaldo de datos',
      },
    }, token);
    expect(created.errors).toBeUndefined();
    const leadId = created.data.createLead.id as string;

    const root = await waitUntil(async () => receiver.spans.find((s) => s.name === 'leadops.createLead' && s.attributes['leadops.lead_id'] === leadId), 30_000, 'the createLead span');
    expect(root.service).toBe('leadops-api');
    const expected = ['leadops.createLead', 'StartWorkflow:leadWorkflow', 'StartActivity:triageNewLead', 'RunActivity:triageNewLead', 'leadops.model.classify',
      'StartActivity:notifyAssignment', 'RunActivity:notifyAssignment'];
    const trace = await waitUntil(async () => {
      const inTrace = receiver.spans.filter((s) => s.traceId === root.traceId);
      return expected.every((name) => inTrace.some((s) => s.name === name)) ? inTrace : null;
    }, 60_000, `spans ${expected.join(', ')} in the lead's trace`);

    // One tree with no missing parent: start → each activity the workflow scheduled → its run in the worker.
    const byId = new Map(trace.map((s) => [s.spanId, s]));
    expect(trace.filter((s) => s !== root && !byId.has(s.parentSpanId)).map((s) => s.name)).toEqual([]);
    const start = trace.find((s) => s.name === 'StartWorkflow:leadWorkflow')!;
    expect(start.parentSpanId).toBe(root.spanId);
    for (const scheduled of trace.filter((s) => s.name.startsWith('StartActivity:'))) expect(scheduled.parentSpanId).toBe(start.spanId);
    for (const ran of trace.filter((s) => s.name.startsWith('RunActivity:'))) {
      expect(byId.get(ran.parentSpanId)!.name).toBe(ran.name.replace('RunActivity:', 'StartActivity:'));
    }
    expect(new Set(trace.map((s) => s.service))).toEqual(new Set(['leadops-api', 'leadops-worker']));
    // The model call happened inside the triage activity, and says which model and how it went.
    const modelCall = trace.find((s) => s.name === 'leadops.model.classify')!;
    expect(byId.get(modelCall.parentSpanId)!.name).toBe('RunActivity:triageNewLead');
    expect(modelCall.attributes).toMatchObject({ 'gen_ai.request.model': 'openai/gpt-oss-20b', 'leadops.model.outcome': 'ok' });

    // Nothing that names or reaches the person leaves in a span.
    const exported = JSON.stringify(receiver.spans);
    for (const value of [person.fullName, person.email, person.phone, 'Lucía', 'respaldo de datos']) expect(exported).not.toContain(value);
  }, 120_000);
});
