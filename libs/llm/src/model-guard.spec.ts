// The guarded classifier against the OpenAI-compatible test server: what a GPU service that hangs, answers 503 or
// queues does to the leads, and how the circuit recovers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompanyProfile, LeadInput } from '@leadops/domain';
import { plausibleExtraction, startOpenAiTestServer, type OpenAiTestServer, type RecordedRequest } from '@leadops/testing';
import { createLeadClassifier, type ModelCallReport } from './llm-classifier';
import type { ModelCircuitState } from './model-guard';

const sas: CompanyProfile = JSON.parse(readFileSync(join(__dirname, '../../persistence/src/demo-profile.sas.json'), 'utf8'));
/** A good answer after `delayMs`, as the default model gives. */
const slowAnswer = (delayMs: number) => (request: RecordedRequest) => ({ json: plausibleExtraction(request.body), delayMs });

const lead: LeadInput = {
  fullName: 'JOSH BIDEN', email: 'josh@openenergy.com', jobPosition: 'CTO', companyName: 'Open Energy LLC', industry: 'Manufacturing',
  location: 'USA, Miami', description: 'Necesitamos urgentemente mejorar nuestro respaldo de datos',
};

describe('the model service guard', () => {
  let server: OpenAiTestServer;
  beforeAll(async () => {
    server = await startOpenAiTestServer();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.setScript(null);
    server.requests.length = 0;
  });

  /** Answers well after `delayMs` and counts the most requests the server held at once. */
  function countInFlight(delayMs: number) {
    const load = { inFlight: 0, peak: 0 };
    server.setScript(async (request) => {
      load.peak = Math.max(load.peak, ++load.inFlight);
      await new Promise((r) => setTimeout(r, delayMs));
      load.inFlight--;
      return { json: plausibleExtraction(request.body) };
    });
    return load;
  }

  function classifier(settings: { timeoutMs?: number; maxConcurrency?: number; breakerFailures?: number; breakerCooldownMs?: number } = {}) {
    const reports: ModelCallReport[] = [];
    const states: ModelCircuitState[] = [];
    // A deadline well above a loaded CI machine's answer time where the test is not about time (300 ms failed there).
    const c = createLeadClassifier(
      { baseUrl: server.url, apiKey: 'none', model: 'openai/gpt-oss-20b', timeoutMs: 1500, breakerFailures: 3, breakerCooldownMs: 400, ...settings },
      { onModelCall: (r) => reports.push(r), onCircuitChange: (s) => states.push(s) },
    );
    return { c, reports, states };
  }

  it('opens after N consecutive failures, then answers with the rules at once without calling the model', async () => {
    const { c, reports, states } = classifier();
    server.setScript(() => ({ status: 503 }));
    for (let i = 0; i < 3; i++) expect((await c.classify(lead, sas)).fallbackReason).toBe('HTTP 503');
    expect(c.modelState).toBe('open');
    expect(states).toEqual(['open']);

    const sent = server.requests.length;
    const started = Date.now();
    const result = await c.classify(lead, sas);
    expect(Date.now() - started).toBeLessThan(50);
    expect(result.classifier).toBe('rules');
    expect(result.fallbackReason).toMatch(/circuit open/);
    expect(server.requests.length).toBe(sent);
    expect(reports.map((r) => r.outcome)).toEqual(['http_error', 'http_error', 'http_error', 'circuit_open']);
  });

  it('counts timeouts of a hung model, and a success in between starts the count again', async () => {
    const { c } = classifier({ timeoutMs: 600 });
    server.setScript(() => ({ delayMs: 60_000 }));
    await c.classify(lead, sas);
    await c.classify(lead, sas);
    server.setScript(null);
    expect((await c.classify(lead, sas)).classifier).toBe('llm');
    server.setScript(() => ({ delayMs: 60_000 }));
    await c.classify(lead, sas);
    await c.classify(lead, sas);
    expect(c.modelState).toBe('closed');
    expect((await c.classify(lead, sas)).fallbackReason).toBe('timeout after 600 ms');
    expect(c.modelState).toBe('open');
  });

  it('after the cool-down one probe goes through: success closes the circuit, failure opens it again', async () => {
    const { c, states } = classifier();
    server.setScript(() => ({ status: 503 }));
    for (let i = 0; i < 3; i++) await c.classify(lead, sas);
    await new Promise((r) => setTimeout(r, 450));
    // Still failing: the probe fails and the circuit opens again for another cool-down.
    expect((await c.classify(lead, sas)).fallbackReason).toBe('HTTP 503');
    expect(c.modelState).toBe('open');
    await new Promise((r) => setTimeout(r, 450));
    const load = countInFlight(100);
    // While the probe is in flight, other leads wait for its verdict instead of piling onto the recovering service.
    const [probe, other] = await Promise.all([c.classify(lead, sas), new Promise((r) => setTimeout(r, 20)).then(() => c.classify(lead, sas))]);
    expect(probe.classifier).toBe('llm');
    expect(other.classifier).toBe('llm');
    expect(load.peak).toBe(1);
    expect(c.modelState).toBe('closed');
    expect((await c.classify(lead, sas)).classifier).toBe('llm');
    expect(states).toEqual(['open', 'half-open', 'open', 'half-open', 'closed']);
  });

  it('keeps at most maxConcurrency requests in flight; the others wait their turn within their deadline', async () => {
    const { c } = classifier({ maxConcurrency: 2, timeoutMs: 2000, breakerFailures: 100 });
    const load = countInFlight(100);
    const results = await Promise.all(Array.from({ length: 6 }, () => c.classify(lead, sas)));
    expect(load.peak).toBe(2);
    expect(results.every((r) => r.classifier === 'llm')).toBe(true);
  });

  it('counts the wait for a slot in the deadline', async () => {
    const { c } = classifier({ maxConcurrency: 2, timeoutMs: 400, breakerFailures: 100 });
    server.setScript(slowAnswer(250));
    const started = Date.now();
    const results = await Promise.all(Array.from({ length: 4 }, () => c.classify(lead, sas)));
    expect(Date.now() - started).toBeLessThan(700);
    // Two slots, 250 ms a request, 400 ms in all: the second pair gets its slots at 250 ms and runs out of time.
    expect(results.filter((r) => r.classifier === 'llm')).toHaveLength(2);
    expect(results.filter((r) => r.fallbackReason === 'timeout after 400 ms')).toHaveLength(2);
  });

  it('a malformed answer falls back without counting toward the circuit (the service answered)', async () => {
    const { c, reports } = classifier();
    server.setScript(() => ({ content: 'I cannot help with that.' }));
    for (let i = 0; i < 4; i++) await c.classify(lead, sas);
    expect(c.modelState).toBe('closed');
    expect(reports.every((r) => r.outcome === 'malformed_answer')).toBe(true);
  });

  it('is off without a model', async () => {
    const c = createLeadClassifier(null);
    expect(c.modelState).toBe('off');
    expect((await c.classify(lead, sas)).classifier).toBe('rules');
  });
});
