import { leadFixtureScript, parseLeadFixture, startOpenAiTestServer, type OpenAiTestServer } from './openai-test-server';

describe('OpenAI-compatible test server', () => {
  let server: OpenAiTestServer;
  beforeAll(async () => { server = await startOpenAiTestServer(); });
  afterAll(() => server.close());
  beforeEach(() => server.setScript(null));

  const complete = (body: unknown) =>
    fetch(`${server.url}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const bodyOf = async (response: Response): Promise<any> => response.json();
  const request = { model: 'openai/gpt-oss-20b', messages: [{ role: 'user', content: 'Lead:\n{"fullName":"Ana","jobPosition":"CTO","description":"Necesitamos respaldo urgente"}' }] };

  it('lists models', async () => {
    const models = await bodyOf(await fetch(`${server.url}/models`));
    expect(models.data.map((model: { id: string }) => model.id)).toEqual(['openai/gpt-oss-20b']);
  });

  it('answers a plausible extraction of the lead by default, with gpt-oss reasoning beside it', async () => {
    const completion = await bodyOf(await complete(request));
    expect(completion.model).toBe('openai/gpt-oss-20b');
    const message = completion.choices[0].message;
    expect(message.reasoning_content).toEqual(expect.any(String));
    expect(JSON.parse(message.content)).toMatchObject({ contactProfile: { seniorityLevel: 'C_LEVEL' }, urgency: { level: 'CRITICAL' } });
    expect(server.requests.at(-1)).toMatchObject({ method: 'POST', path: '/v1/chat/completions', body: request });
  });

  it('follows a script: fenced JSON, HTTP status, malformed body, delay', async () => {
    server.setScript(() => ({ json: { a: 1 }, wrap: 'fenced' }));
    expect((await bodyOf(await complete(request))).choices[0].message.content).toBe('```json\n{\n  "a": 1\n}\n```');

    server.setScript(() => ({ status: 429 }));
    expect((await complete(request)).status).toBe(429);

    server.setScript(() => ({ rawBody: '{"choices": [' }));
    await expect(bodyOf(await complete(request))).rejects.toThrow(/JSON/);

    server.setScript(() => ({ content: 'late', delayMs: 150 }));
    const started = Date.now();
    await complete(request);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('answers each lead from a fixture keyed by e-mail, the others with the plausible reading', async () => {
    server.setScript(leadFixtureScript(parseLeadFixture({
      'ANA@acme.mx': { extraction: { intent: { kind: 'JOB_SEEKER', evidence: ['busco empleo'] }, urgency: { level: 'LOW' } } },
      'bob@acme.mx': { reply: { content: 'not json at all' } },
    })));
    const ask = async (email: string) => (await bodyOf(await complete({ ...request, messages: [{ role: 'user', content: `{"fullName":"X","email":"${email}","jobPosition":"CTO","description":"Necesitamos respaldo urgente"}` }] }))).choices[0].message.content;
    const ana = JSON.parse(await ask('ana@acme.mx'));
    expect(ana).toMatchObject({ intent: { kind: 'JOB_SEEKER', evidence: ['busco empleo'] }, urgency: { level: 'LOW', score: expect.any(Number) }, contactProfile: { seniorityLevel: 'C_LEVEL' } });
    expect(await ask('bob@acme.mx')).toBe('not json at all');
    expect(JSON.parse(await ask('eve@acme.mx'))).toMatchObject({ intent: { kind: 'BUYER' } });
  });

  it.each([
    [[], 'fixture must be a JSON object keyed by lead e-mail'],
    [{ 'a@b.co': 'x' }, 'fixture["a@b.co"] must be an object with "extraction" or "reply"'],
    [{ 'a@b.co': { answer: {} } }, 'fixture["a@b.co"].answer is not a fixture field (extraction, reply)'],
    [{ 'a@b.co': { reply: 'garbage' } }, 'fixture["a@b.co"].reply must be an object'],
  ])('refuses the fixture %j naming the entry', (fixture, message) => {
    expect(() => parseLeadFixture(fixture)).toThrow(message);
  });
});
