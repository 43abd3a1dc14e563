import { ConfigError, loadConfig, loadLlmSettings } from './config';

describe('loadConfig', () => {
  it('gives working defaults for a developer machine', () => {
    const config = loadConfig({});
    expect(config.api.port).toBe(3000);
    expect(config.llm).toBeNull();
    expect(config.webhooks.secrets['demo-form']).toBe('leadops-dev-webhook-secret');
  });

  it.each([
    ['API_PORT', 'abc'],
    ['API_PORT', '70000'],
    ['LLM_TIMEOUT_MS', '-5'],
    ['LLM_BASE_URL', 'not a url'],
    ['DATABASE_URL', 'mysql://x/y'],
    ['SMTP_SECURE', 'yes'],
    ['WEBHOOK_SECRETS', 'demo-form=short'],
    ['SLA_TIME_SCALE', '0'],
  ])('names %s when it is %s', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(new RegExp(`^${variable}:`));
  });

  it('serves worker metrics only on a port that was asked for', () => {
    expect(loadConfig({}).worker.metricsPort).toBeNull();
    expect(loadConfig({ WORKER_METRICS_PORT: '9464' }).worker.metricsPort).toBe(9464);
    expect(() => loadConfig({ WORKER_METRICS_PORT: '70000' })).toThrow(/^WORKER_METRICS_PORT: /);
    expect(() => loadConfig({ WORKER_METRICS_PORT: 'metrics' })).toThrow(/^WORKER_METRICS_PORT: /);
  });

  it('refuses the development JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).auth.jwtSecret).toHaveLength(40);
  });
});

describe('loadLlmSettings', () => {
  it('is null without LLM_BASE_URL: the rules classify alone', () => {
    expect(loadLlmSettings({})).toBeNull();
    expect(loadLlmSettings({ LLM_BASE_URL: '  ' })).toBeNull();
  });

  it('fills the defaults and trims the trailing slash', () => {
    expect(loadLlmSettings({ LLM_BASE_URL: 'http://localhost:8000/v1/' })).toEqual({
      baseUrl: 'http://localhost:8000/v1', apiKey: 'none', model: 'openai/gpt-oss-20b', timeoutMs: 800,
      maxConcurrency: 8, breakerFailures: 5, breakerCooldownMs: 30000,
    });
  });

  it('takes every setting, and the worker gets the same', () => {
    const env = {
      LLM_BASE_URL: 'https://nim.example.org/v1', LLM_API_KEY: 'k', LLM_MODEL: 'gpt-oss:20b', LLM_TIMEOUT_MS: '2500',
      LLM_MAX_CONCURRENCY: '16', LLM_BREAKER_FAILURES: '3', LLM_BREAKER_COOLDOWN_MS: '10000',
    };
    const expected = {
      baseUrl: 'https://nim.example.org/v1', apiKey: 'k', model: 'gpt-oss:20b', timeoutMs: 2500,
      maxConcurrency: 16, breakerFailures: 3, breakerCooldownMs: 10000,
    };
    expect(loadLlmSettings(env)).toEqual(expected);
    expect(loadConfig(env).llm).toEqual(expected);
  });

  it.each(['0', '-5', '1.5', 'abc', '800ms', '1e3', '10001'])('rejects LLM_TIMEOUT_MS=%s naming the variable', (value) => {
    const read = () => loadLlmSettings({ LLM_BASE_URL: 'http://localhost:8000/v1', LLM_TIMEOUT_MS: value });
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(/^LLM_TIMEOUT_MS: /);
  });

  it.each([
    ['LLM_MAX_CONCURRENCY', '0'], ['LLM_MAX_CONCURRENCY', 'many'], ['LLM_BREAKER_FAILURES', '0'], ['LLM_BREAKER_FAILURES', '2.5'],
    ['LLM_BREAKER_COOLDOWN_MS', '50'], ['LLM_BREAKER_COOLDOWN_MS', '30s'],
  ])('rejects %s=%s naming the variable, even before the model is switched on', (name, value) => {
    expect(() => loadLlmSettings({ [name]: value })).toThrow(new RegExp(`^${name}: `));
  });

  it('rejects a base URL that is not http(s), naming the variable', () => {
    expect(() => loadLlmSettings({ LLM_BASE_URL: 'localhost:8000' })).toThrow(/^LLM_BASE_URL: /);
  });
});
