// The GPU service hangs under a burst of leads: once the worker's circuit opens, the following leads get their
// priority at the rules' speed, readiness says the model is degraded (leads still flow), and when the service
// recovers the model classifies again.
import { startOpenAiTestServer, waitUntil, type OpenAiTestServer } from '@leadops/testing';
import { gql, login, readAnswer, startStack, type Stack } from './harness';

const CREATE = 'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }';
const LLM_ENV = {
  LLM_TIMEOUT_MS: '400',
  LLM_MAX_CONCURRENCY: '4',
  LLM_BREAKER_FAILURES: '3',
  // Longer than the test takes from the circuit opening to the last following lead (the burst's assignment can take
  // several seconds on a loaded machine): with 3 s the circuit went half-open mid-way, one following lead became the
  // probe to the hung model and timed out instead of being answered by the open circuit.
  LLM_BREAKER_COOLDOWN_MS: '15000',
};

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(p * sorted.length) - 1]!;
}
const p95 = (values: number[]) => percentile(values, 0.95);

describe('the model service hangs under a burst of leads', () => {
  let model: OpenAiTestServer;
  let stack: Stack;
  let ops: string;
  let serial = 0;

  const createLead = async () => {
    const n = ++serial;
    const answer = await gql(stack, CREATE, {
      input: {
        fullName: `Lucía Fernández ${n}`, email: `cto${n}@planta${n}.com.mx`, jobPosition: 'CTO', companyName: `Planta ${n}`, industry: 'Manufactura',
        location: 'Querétaro, México', companySize: 400, description: 'Se cayó el servidor de producción: necesitamos respaldo de datos urgente.',
      },
    }, ops);
    if (!answer.data?.createLead) throw new Error(JSON.stringify(answer.errors));
    return answer.data.createLead.id as string;
  };

  /** Each lead's classifier, fallback reason and time from createLead to stored priority (database timestamps). */
  const classified = async (ids: string[]) => {
    const rows: Array<{ id: string; classifier: string; reason: string | null; ms: number }> = await stack.database.db.query(
      `SELECT l.id, c.classifier, c.result->>'fallbackReason' AS reason, extract(epoch FROM (c.created_at - l.created_at)) * 1000 AS ms
         FROM leads l JOIN classifications c ON c.lead_id = l.id WHERE l.id = ANY($1)`,
      [ids],
    );
    return rows.map((r) => ({ ...r, ms: Number(r.ms) }));
  };
  const allClassified = (ids: string[], timeoutMs = 20_000) =>
    waitUntil(async () => ((await classified(ids)).length === ids.length ? classified(ids) : null), timeoutMs, `${ids.length} leads classified`);
  const readiness = async () => (await readAnswer(await fetch(`${stack.url}/health/ready`))).body;

  beforeAll(async () => {
    model = await startOpenAiTestServer();
    model.setScript(() => ({ delayMs: 60_000 })); // hung: answers after a minute, long after every deadline
    stack = await startStack({ LLM_BASE_URL: model.url, ...LLM_ENV });
    await stack.database.db.query('UPDATE users SET capacity = 1000'); // about the model, not rep capacity
    ops = await login(stack, 'ops@leadops.dev');
    await stack.startWorker();
  }, 60_000);

  afterAll(async () => {
    await stack?.close();
    await model?.close();
    for (const name of ['LLM_BASE_URL', ...Object.keys(LLM_ENV)]) delete process.env[name];
  });

  it('opens the circuit, keeps time to priority at the rules figure, says degraded, and recovers', async () => {
    expect(await readiness()).toMatchObject({ status: 'ok', model: 'ok' });

    // A burst while the model hangs: every lead waits out its 400 ms deadline, and the circuit opens.
    const burst = await Promise.all(Array.from({ length: 12 }, createLead));
    const burstResults = await allClassified(burst);
    expect(burstResults.every((r) => r.classifier === 'rules')).toBe(true);
    expect(burstResults.filter((r) => r.reason === 'timeout after 400 ms').length).toBeGreaterThanOrEqual(3);
    expect(stack.modelService).not.toBeNull();
    await waitUntil(async () => ((await readiness()).model === 'degraded' ? true : null), 5000, 'readiness says degraded');
    const ready = await readAnswer(await fetch(`${stack.url}/health/ready`));
    expect(ready.status).toBe(200); // degraded, not down: leads still flow
    expect(ready.body).toMatchObject({ status: 'degraded', postgres: true, temporal: true, model: 'degraded' });

    // The burst's owners and SLAs are armed first: what follows measures leads arriving while the circuit is open.
    await waitUntil(async () => {
      const [{ n }] = await stack.database.db.query('SELECT count(*)::int AS n FROM leads WHERE id = ANY($1) AND sla_due_at IS NOT NULL', [burst]);
      return n === burst.length ? true : null;
    }, 20_000, 'the burst assigned');

    // The following leads, one every 50 ms: the open circuit answers at once, nothing reaches the hung model.
    const sentToModel = model.requests.length;
    const following: string[] = [];
    for (let i = 0; i < 20; i++) {
      following.push(await createLead());
      await new Promise((r) => setTimeout(r, 50));
    }
    const followingResults = await allClassified(following);
    const followingMs = followingResults.map((r) => r.ms);
    const followingMedian = percentile(followingMs, 0.5);
    const followingP95 = p95(followingMs);
    console.log(`[model-breaker] circuit open: time to priority median ${followingMedian.toFixed(0)} ms, p95 ${followingP95.toFixed(0)} ms over ${following.length} leads (burst p95 ${p95(burstResults.map((r) => r.ms)).toFixed(0)} ms)`);
    expect(followingResults.every((r) => r.classifier === 'rules' && /circuit open/.test(r.reason ?? ''))).toBe(true);
    // The rules' speed is the median (the p95 of 20 leads is nearly the slowest one, which a shared 2-core CI machine
    // can hold up past any tight bound: it measured 227 ms once and under 100 ms in the runs around it); that no lead
    // waited out the model's deadline is the p95 under LLM_TIMEOUT_MS.
    expect(followingMedian).toBeLessThan(150);
    expect(followingP95).toBeLessThan(Number(LLM_ENV.LLM_TIMEOUT_MS));
    expect(model.requests.length).toBe(sentToModel);

    const metrics = await stack.modelService!.registry.metrics();
    expect(metrics).toMatch(/leadops_model_circuit_state 2/);
    expect(metrics).toMatch(/leadops_model_fallbacks_total\{reason="timeout"\} \d+/);
    expect(metrics).toMatch(new RegExp(`leadops_model_fallbacks_total\\{reason="circuit_open"\\} (\\d+)`));

    // The service recovers: after the cool-down a probe lead reaches it, and the model classifies again.
    model.setScript(null);
    const recovered = await waitUntil(async () => {
      const [result] = await allClassified([await createLead()]);
      return result!.classifier === 'llm' ? result : null;
    }, 30_000, 'a lead classified by the model again');
    expect(recovered.reason).toBeNull();
    const after = await allClassified(await Promise.all(Array.from({ length: 3 }, createLead)));
    expect(after.every((r) => r.classifier === 'llm')).toBe(true);
    expect(await readiness()).toMatchObject({ status: 'ok', model: 'ok' });
    expect(await stack.modelService!.registry.metrics()).toMatch(/leadops_model_circuit_state 0/);
  }, 90_000);
});
