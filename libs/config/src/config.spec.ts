import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives working defaults for a developer machine', () => {
    const config = loadConfig({});
    expect(config.api.port).toBe(3000);
    expect(config.llm.baseUrl).toBeNull();
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

  it('refuses the development JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).auth.jwtSecret).toHaveLength(40);
  });
});
