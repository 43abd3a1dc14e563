import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestCertificates, type TestCertificates } from '@leadops/testing';
import { ConfigError, loadConfig, loadLlmSettings } from './config';
import { temporalConnectionOptions } from './temporal-connection';

/** A production environment with secrets of its own: each test spoils one of them. */
const PRODUCTION: Record<string, string | undefined> = {
  NODE_ENV: 'production',
  JWT_SECRET: 'a-production-jwt-secret-of-forty-characters',
  WEBHOOK_SECRETS: 'crm=a-real-secret-0123456789',
  DATABASE_URL: 'postgres://leadops:Kq9-not-the-default@db:5432/leadops',
  METRICS_TOKEN: 'prometheus-scrape-token-0123456789',
  TEMPORAL_PAYLOAD_KEYS: `prod:${Buffer.alloc(32, 7).toString('base64')}`,
};

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

  it('traces only to an OTLP endpoint that was given, per the OTLP convention for the traces path', () => {
    expect(loadConfig({}).tracing).toBeNull();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracing).toEqual({ tracesUrl: 'http://collector:4318/v1/traces' });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://otlp.example.com/traces' }).tracing)
      .toEqual({ tracesUrl: 'https://otlp.example.com/traces' });
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(/^OTEL_EXPORTER_OTLP_ENDPOINT: /);
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'grpc://collector:4317' })).toThrow(/^OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: /);
  });

  it('re-routes after 24 hours of absence unless REROUTE_OUT_OF_OFFICE_HOURS says otherwise, and names it when wrong', () => {
    expect(loadConfig({}).reroute.outOfOfficeHours).toBe(24);
    expect(loadConfig({ REROUTE_OUT_OF_OFFICE_HOURS: '72' }).reroute.outOfOfficeHours).toBe(72);
    expect(() => loadConfig({ REROUTE_OUT_OF_OFFICE_HOURS: 'a day' })).toThrow(/^REROUTE_OUT_OF_OFFICE_HOURS: /);
    expect(() => loadConfig({ REROUTE_OUT_OF_OFFICE_HOURS: '-1' })).toThrow(/^REROUTE_OUT_OF_OFFICE_HOURS: /);
  });

  it('bounds the worker\'s workflow cache', () => {
    expect(loadConfig({}).worker.maxCachedWorkflows).toBe(1000);
    expect(loadConfig({ WORKER_MAX_CACHED_WORKFLOWS: '250' }).worker.maxCachedWorkflows).toBe(250);
    expect(() => loadConfig({ WORKER_MAX_CACHED_WORKFLOWS: '10' })).toThrow(/^WORKER_MAX_CACHED_WORKFLOWS: /);
  });

  it('refuses the development JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(loadConfig({ ...PRODUCTION, JWT_SECRET: 'x'.repeat(40) }).auth.jwtSecret).toHaveLength(40);
  });

  describe('in production, every secret published in this repository is refused, naming the variable', () => {
    it('starts with secrets of its own', () => {
      const config = loadConfig(PRODUCTION);
      expect(config.production).toBe(true);
      expect(config.metrics.token).toBe(PRODUCTION.METRICS_TOKEN);
    });

    it.each([
      ['JWT_SECRET', { JWT_SECRET: 'leadops-dev-jwt-secret-change-me-in-production' }, /^JWT_SECRET: is the development secret/],
      ['WEBHOOK_SECRETS unset', { WEBHOOK_SECRETS: undefined }, /^WEBHOOK_SECRETS: must be set in production/],
      ['WEBHOOK_SECRETS', { WEBHOOK_SECRETS: 'crm=a-real-secret-0123456789,demo-form=leadops-dev-webhook-secret' }, /^WEBHOOK_SECRETS: is the README's demo secret/],
      ['PGPASSWORD default', { DATABASE_URL: undefined }, /^PGPASSWORD: is the development database password/],
      ['PGPASSWORD', { DATABASE_URL: undefined, PGPASSWORD: 'leadops' }, /^PGPASSWORD: is the development database password/],
      ['DATABASE_URL', { DATABASE_URL: 'postgres://leadops:leadops@db:5432/leadops' }, /^DATABASE_URL: is a URL with the development database password/],
      ['METRICS_TOKEN unset', { METRICS_TOKEN: undefined }, /^METRICS_TOKEN: must be set in production/],
      ['METRICS_TOKEN short', { METRICS_TOKEN: 'short' }, /^METRICS_TOKEN: must be at least 24 characters/],
      ['TEMPORAL_PAYLOAD_KEYS unset', { TEMPORAL_PAYLOAD_KEYS: undefined }, /^TEMPORAL_PAYLOAD_KEYS: must be set in production/],
    ])('%s', (_, change, message) => {
      expect(() => loadConfig({ ...PRODUCTION, ...change })).toThrow(message);
    });

    it('keeps the development defaults working outside production', () => {
      const config = loadConfig({});
      expect(config.production).toBe(false);
      expect(config.metrics.token).toBeNull();
    });
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

describe('Temporal over TLS / API key', () => {
  let pki: TestCertificates;
  let dir: string;
  beforeAll(() => {
    pki = createTestCertificates();
    dir = pki.dir;
    writeFileSync(join(dir, 'notes.txt'), 'not a certificate\n');
    writeFileSync(join(dir, 'encrypted.key'), '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----\n');
    writeFileSync(join(dir, 'damaged.pem'), '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n');
    // A combined file, as some tools write them: the certificate and then its key.
    writeFileSync(join(dir, 'combined.pem'), readFileSync(pki.clientCert, 'utf8') + readFileSync(pki.clientKey, 'utf8'));
  });
  afterAll(() => pki.remove());

  const mtls = () => ({ TEMPORAL_TLS_CA: pki.ca, TEMPORAL_TLS_CERT: pki.clientCert, TEMPORAL_TLS_KEY: pki.clientKey });
  const fails = (env: Record<string, string>, variable: string, message: RegExp) => {
    const read = () => loadConfig(env);
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(new RegExp(`^${variable}: `));
    expect(read).toThrow(message);
  };

  it('talks plaintext without any of the settings (the dev server, a private network)', () => {
    const { temporal } = loadConfig({});
    expect(temporal.tls).toBeNull();
    expect(temporal.apiKey).toBeNull();
    expect(temporalConnectionOptions(temporal)).toEqual({ address: '127.0.0.1:7233' });
  });

  it('reads the CA, the client certificate and its key for mTLS, and the worker and API get the same options', () => {
    const { temporal } = loadConfig({ ...mtls(), TEMPORAL_ADDRESS: 'temporal.internal:7233', TEMPORAL_TLS_SERVER_NAME: 'frontend.temporal.internal' });
    const options = temporalConnectionOptions(temporal);
    expect(options.address).toBe('temporal.internal:7233');
    expect(options.tls?.serverRootCACertificate?.toString()).toBe(readFileSync(pki.ca, 'utf8'));
    expect(options.tls?.clientCertPair?.crt.toString()).toBe(readFileSync(pki.clientCert, 'utf8'));
    expect(options.tls?.clientCertPair?.key.toString()).toContain('-----BEGIN PRIVATE KEY-----');
    expect(options.tls?.serverNameOverride).toBe('frontend.temporal.internal');
    expect(options.apiKey).toBeUndefined();
  });

  it('takes certificate and key from one combined file', () => {
    const options = temporalConnectionOptions(loadConfig({ TEMPORAL_TLS_CERT: join(dir, 'combined.pem'), TEMPORAL_TLS_KEY: join(dir, 'combined.pem') }).temporal);
    expect(options.tls?.clientCertPair?.crt.toString()).not.toContain('PRIVATE KEY');
    expect(options.tls?.clientCertPair?.key.toString()).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  });

  it('turns TLS on for an API key (Temporal Cloud), trusting the system CAs', () => {
    const { temporal } = loadConfig({ TEMPORAL_ADDRESS: 'leadops.a1b2c.tmprl.cloud:7233', TEMPORAL_API_KEY: 'eyJhbGciOi.JFUzI1NiJ9-key_1' });
    expect(temporal.tls).toEqual({ serverCa: null, clientCert: null, serverName: null });
    expect(temporalConnectionOptions(temporal)).toEqual({ address: 'leadops.a1b2c.tmprl.cloud:7233', tls: {}, apiKey: 'eyJhbGciOi.JFUzI1NiJ9-key_1' });
  });

  it('turns TLS on with the CA alone (server-side TLS, no client certificate)', () => {
    const { temporal } = loadConfig({ TEMPORAL_TLS_CA: pki.ca });
    expect(temporal.tls?.clientCert).toBeNull();
    expect(temporalConnectionOptions(temporal).tls?.serverRootCACertificate).toBeDefined();
  });

  it('names the file variable that cannot be read', () => {
    fails({ TEMPORAL_TLS_CA: join(dir, 'missing.pem') }, 'TEMPORAL_TLS_CA', /cannot read .*missing\.pem \(ENOENT\)/);
    fails({ ...mtls(), TEMPORAL_TLS_CERT: dir }, 'TEMPORAL_TLS_CERT', /cannot read .* \(EISDIR\)/);
    fails({ ...mtls(), TEMPORAL_TLS_KEY: join(dir, 'nope.key') }, 'TEMPORAL_TLS_KEY', /cannot read/);
  });

  it('refuses files that are not PEM of the right kind', () => {
    fails({ TEMPORAL_TLS_CA: join(dir, 'notes.txt') }, 'TEMPORAL_TLS_CA', /is not a PEM certificate/);
    fails({ TEMPORAL_TLS_CA: pki.clientKey }, 'TEMPORAL_TLS_CA', /is not a PEM certificate/);
    fails({ TEMPORAL_TLS_CA: join(dir, 'damaged.pem') }, 'TEMPORAL_TLS_CA', /damaged certificate/);
    fails({ ...mtls(), TEMPORAL_TLS_KEY: pki.clientCert }, 'TEMPORAL_TLS_KEY', /is not a PEM private key/);
    fails({ ...mtls(), TEMPORAL_TLS_KEY: join(dir, 'encrypted.key') }, 'TEMPORAL_TLS_KEY', /encrypted private key: give it unencrypted/);
  });

  it('wants a client certificate and its key together, and the key must be the certificate\'s', () => {
    fails({ TEMPORAL_TLS_CA: pki.ca, TEMPORAL_TLS_CERT: pki.clientCert }, 'TEMPORAL_TLS_KEY', /must be set with TEMPORAL_TLS_CERT/);
    fails({ TEMPORAL_TLS_CA: pki.ca, TEMPORAL_TLS_KEY: pki.clientKey }, 'TEMPORAL_TLS_CERT', /must be set with TEMPORAL_TLS_KEY/);
    fails({ ...mtls(), TEMPORAL_TLS_KEY: pki.serverKey }, 'TEMPORAL_TLS_KEY', /is not the private key of the certificate in TEMPORAL_TLS_CERT \("CN=leadops-worker"\)/);
  });

  it('refuses an expired client certificate at start-up instead of at the first handshake', () => {
    fails({ TEMPORAL_TLS_CERT: pki.expiredClientCert, TEMPORAL_TLS_KEY: pki.expiredClientKey }, 'TEMPORAL_TLS_CERT', /"CN=expired client" .*expired on 2020-01-02/);
    fails({ TEMPORAL_TLS_CA: pki.expiredClientCert }, 'TEMPORAL_TLS_CA', /expired on/);
  });

  it.each(['https://temporal.example.com', 'temporal.example.com:7233', 'temporal example', '-bad.example.com'])('refuses TEMPORAL_TLS_SERVER_NAME=%s', (value) => {
    fails({ TEMPORAL_TLS_SERVER_NAME: value }, 'TEMPORAL_TLS_SERVER_NAME', /must be a host name/);
  });

  it.each([
    ['a key with a pasted line break', 'abc.def\n'],
    ['a key with a space', 'abc def'],
    ['a key with a leading space', ' abcdef'],
  ])('refuses %s in TEMPORAL_API_KEY without echoing it', (_what, value) => {
    fails({ TEMPORAL_API_KEY: value }, 'TEMPORAL_API_KEY', /must not contain spaces or line breaks/);
    expect(() => loadConfig({ TEMPORAL_API_KEY: value })).not.toThrow(/abc/);
  });

  it('refuses an API key that is not plain ASCII', () => {
    fails({ TEMPORAL_API_KEY: 'clé-secrète' }, 'TEMPORAL_API_KEY', /must be plain ASCII/);
  });
});

describe('TRUST_PROXY', () => {
  it('believes the loopback proxy by default, and takes hop counts, names and networks', () => {
    expect(loadConfig({}).api.trustProxy).toBe('loopback');
    expect(loadConfig({ TRUST_PROXY: '2' }).api.trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, 192.168.1.7' }).api.trustProxy).toBe('loopback,10.0.0.0/8,192.168.1.7');
  });

  it.each(['true', 'everyone', '10.0.0.0/99'])('refuses %s (a client could then claim any address)', (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/^TRUST_PROXY: must be a hop count/);
  });
});
