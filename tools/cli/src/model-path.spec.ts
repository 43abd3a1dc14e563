// End to end over HTTP: the eval and the batch CLI with --classifier llm against the OpenAI-compatible test server,
// which answers each lead from a fixture, so the disagreements and fallbacks are known in advance.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { leadFixtureScript, startOpenAiTestServer, type LeadFixture, type OpenAiTestServer } from '@leadops/testing';
import { main as classifyMain } from './classify';
import { main as evalMain } from './eval';

const SET = join(__dirname, '../eval/other-sellers.jsonl');
const PROFILES = join(__dirname, '../eval/profiles');

// Two readings that change the stage, two answers the classifier cannot use; the other 46 leads get the rules' reading.
const FIXTURE: LeadFixture = {
  // g02, SQL by the rules: the model hears no urgency, so the policy makes it NURTURE.
  'aparedes@segurosdelpacifico.pe': { extraction: { urgency: { score: 10, level: 'LOW', signals: [] } } },
  // g03, MQL by the rules: the model reads a competitor, quoting the lead, so the policy disqualifies it.
  'dsoto@clinicasanjose.cl': { extraction: { intent: { kind: 'COMPETITOR', evidence: ['proveedores de SOC'] } } },
  // g07: garbage instead of JSON.
  'rtrevino@transportesdelnorte.mx': { reply: { content: 'Sorry, I cannot help with that request.' } },
  // g08: an intent the schema does not know.
  'lcampos@paqueteriaexpress.com.mx': { extraction: { intent: { kind: 'RECRUITER', evidence: [] } } },
};

function capture(stream: NodeJS.WriteStream): { text: () => string; restore: () => void } {
  let text = '';
  const spy = jest.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  });
  return { text: () => text, restore: () => spy.mockRestore() };
}

describe('--classifier llm against an OpenAI-compatible server', () => {
  let server: OpenAiTestServer;
  let env: NodeJS.ProcessEnv;
  let dir: string;

  beforeAll(async () => {
    server = await startOpenAiTestServer({ script: leadFixtureScript(FIXTURE) });
    env = { LLM_BASE_URL: server.url, LLM_MODEL: 'openai/gpt-oss-20b', LLM_API_KEY: 'test-key', LLM_TIMEOUT_MS: '5000' };
    dir = mkdtempSync(join(tmpdir(), 'leadops-model-path-'));
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('eval prints rules and model side by side, their disagreements and the fallbacks', async () => {
    const out = capture(process.stdout);
    let code: number;
    try {
      code = await evalMain(['--classifier', 'llm', '--in', SET, '--profiles', PROFILES], env);
    } finally {
      out.restore();
    }
    const text = out.text();
    expect(code).toBe(0);
    expect(server.requests.filter((r) => r.path === '/v1/chat/completions')).toHaveLength(50);
    expect(server.requests[0].headers.authorization).toBe('Bearer test-key');
    expect(text).toContain(`LeadOps eval: rules vs llm (openai/gpt-oss-20b at ${server.url}, deadline 5000 ms, 8 in flight)`);
    // The rules get all 50 right; the model loses g02 and g03 (the fallbacks answer as the rules do).
    expect(text).toContain('stage accuracy     1.00            0.96');
    expect(text).toContain('SQL precision      1.00 (20/20)    1.00 (19/19)');
    expect(text).toContain('SQL recall         1.00 (20/20)    0.95 (19/20)');
    expect(text).toContain('model answered 48 of 50 leads; fallbacks to the rules: 2 (1 × invalid JSON; 1 × schema: intent.kind must be one of BUYER,');
    expect(text).toMatch(/\n {2}g07 {2}invalid JSON\n/);
    expect(text).toMatch(/\n {2}g08 {2}schema: intent\.kind must be one of /);
    expect(text).toContain('stage disagreements, rules vs llm: 2  (llm right 0, rules right 2, neither 0)');
    expect(text).toMatch(/\n {2}g02 +SQL\/P2 +NURTURE\/P4 +SQL\/P2 +BUYER\n/);
    expect(text).toMatch(/\n {2}g03 +MQL\/P3 +DISQUALIFIED\/P4 +MQL\/P3 +BUYER -> COMPETITOR\n/);
  });

  it('the batch CLI writes the model results and ends with the same summary', async () => {
    const outFile = join(dir, 'out.jsonl');
    const err = capture(process.stderr);
    let code: number;
    try {
      code = await classifyMain(['--classifier', 'llm', '--profiles', PROFILES, '--in', SET, '--out', outFile], env);
    } finally {
      err.restore();
    }
    expect(code).toBe(0);
    const lines = readFileSync(outFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(50);
    expect(lines.filter((line) => line.classifier === 'llm')).toHaveLength(48);
    expect(lines.find((line) => line.id === 'g03')).toMatchObject({ classifier: 'llm', stage: 'DISQUALIFIED', intent: { kind: 'COMPETITOR', evidence: ['"proveedores de SOC"'] } });
    expect(lines.find((line) => line.id === 'g07')).toMatchObject({ classifier: 'rules', fallbackReason: 'invalid JSON' });
    const text = err.text();
    expect(text).toContain('classify: model answered 48 of 50 leads; fallbacks to the rules: 2');
    expect(text).toContain('classify: stage disagreements, rules vs llm: 2');
    expect(text).toMatch(/classify: {3}g02 +SQL\/P2 +NURTURE\/P4 +BUYER\n/);
    expect(text).toMatch(/classify: done: 50 lines \(50 classified, 0 errors\)/);
  });

  it('eval refuses --classifier llm without an endpoint, naming LLM_BASE_URL', async () => {
    const err = capture(process.stderr);
    let code: number;
    try {
      code = await evalMain(['--classifier', 'llm', '--in', SET, '--profiles', PROFILES], {});
    } finally {
      err.restore();
    }
    expect(code).toBe(2);
    expect(err.text()).toContain('eval: --classifier llm needs a model endpoint: set LLM_BASE_URL');
  });

  it('eval names the variable when the model settings are bad', async () => {
    const err = capture(process.stderr);
    let code: number;
    try {
      code = await evalMain(['--classifier', 'llm', '--in', SET, '--profiles', PROFILES], { ...env, LLM_TIMEOUT_MS: 'soon' });
    } finally {
      err.restore();
    }
    expect(code).toBe(2);
    expect(err.text()).toMatch(/eval: LLM_TIMEOUT_MS: /);
  });
});
