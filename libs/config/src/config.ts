// Typed settings from the environment, validated once at start-up: a bad value stops the process with its name.
import { readFileSync } from 'node:fs';
import { isMailDomain } from '@leadops/domain';
import { ConfigError } from './config-error';
import { parseAllowedNetworks, type AllowedNetwork } from './outbound-address';
import { loadPayloadEncryption, type PayloadEncryptionSettings } from './payload-encryption';
import { loadTemporalSecurity, type TemporalTlsSettings } from './temporal-tls';

export { ConfigError } from './config-error';

export interface LeadOpsConfig {
  /** NODE_ENV=production: development defaults and demo data are refused, GraphQL introspection is off. */
  production: boolean;
  databaseUrl: string;
  temporal: TemporalSettings;
  /** trustProxy: which hops' X-Forwarded-For to believe for the client address (login limits, logs): Express's setting. */
  /** userRequestsPerMinute: operations one signed-in user may run per minute on one API replica (API_USER_RATE_LIMIT). */
  api: { port: number; publicUrl: string; corsOrigins: string[]; bodyLimit: string; trustProxy: string | number; userRequestsPerMinute: number };
  auth: { jwtSecret: string; jwtTtlSeconds: number };
  /**
   * allowedPrivateNetworks: networks outgoing webhooks may reach besides the public internet (none by default);
   * httpsOnly: production delivers to https:// targets only.
   */
  /** emailEventsSource: the one source (of WEBHOOK_SECRETS) whose signed calls may report bounces (EMAIL_EVENTS_SOURCE). */
  webhooks: { secrets: Record<string, string>; toleranceSeconds: number; allowedPrivateNetworks: AllowedNetwork[]; httpsOnly: boolean; emailEventsSource: string };
  /** Null when LLM_BASE_URL is absent: the rules classify alone. */
  llm: LlmSettings | null;
  /**
   * The relay's certificate is verified (against SMTP_TLS_CA when set, else the system's CAs); SMTP_TLS_INSECURE=true
   * turns that off for a self-signed relay on a private network, never silently. Production requires TLS (STARTTLS or
   * SMTP_SECURE): lead data and scoring must not cross the network in clear.
   */
  smtp: {
    host: string | null; port: number; secure: boolean; user: string | null; password: string | null; from: string;
    tlsCa: Buffer | null; tlsInsecure: boolean; requireTls: boolean;
  };
  /**
   * metricsPort: the worker's Prometheus endpoint (GET /metrics), null for none. maxCachedWorkflows: lead workflows
   * kept in memory between their steps; most wait hours for an SLA or nurture timer, so a bounded cache keeps RSS flat
   * and an evicted lead is replayed from its history when its timer fires.
   */
  worker: { metricsPort: number | null; maxCachedWorkflows: number };
  /**
   * closedLeadDays: a closed lead's personal data (name, e-mail, phone, title, age, gender, free text, e-mails sent) is
   * anonymised this many days after it closed, by a nightly Temporal Schedule; its figures stay for reports. 0: never
   * (RETENTION_CLOSED_LEAD_DAYS).
   */
  retention: { closedLeadDays: number };
  /**
   * outOfOfficeHours: a rep marked out of office for longer than this (from now) hands their open, uncontacted leads
   * back to routing with a fresh SLA; a deactivated rep always does (REROUTE_OUT_OF_OFFICE_HOURS).
   */
  /** sweepMinutes: how often the re-route sweep looks for reps inactive or away with leads (0: never; changes still re-route). */
  reroute: { outOfOfficeHours: number; sweepMinutes: number };
  /** Domains whose addresses may receive a lead's scoring (notifyEmail) besides LeadOps users' own: NOTIFY_EMAIL_DOMAINS. */
  notify: { allowedDomains: string[] };
  /** Bearer token Prometheus must send to the API's and the worker's /metrics (METRICS_TOKEN); required in production. */
  metrics: { token: string | null };
  /**
   * OpenTelemetry traces (API → workflow → activities → model call), exported over OTLP/HTTP to tracesUrl:
   * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as given, else OTEL_EXPORTER_OTLP_ENDPOINT + /v1/traces (the OTLP convention).
   * Null: no tracing, and the worker runs the workflow bundle without the tracing interceptors.
   */
  tracing: { tracesUrl: string } | null;
  /** `setup --demo` also seeds 60 days of generated history (LEADOPS_DEMO_HISTORY=false: the demo users and profile only). */
  demoHistory: boolean;
  slaTimeScale: number;
  consoleUrl: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

export interface TemporalSettings {
  address: string;
  namespace: string;
  taskQueue: string;
  uiUrl: string;
  /** Null for a plaintext frontend (the dev server, a cluster on a private network). */
  tls: TemporalTlsSettings | null;
  /** The keys that seal lead payloads before they reach Temporal (TEMPORAL_PAYLOAD_KEYS). */
  payloadEncryption: PayloadEncryptionSettings;
  /** Temporal Cloud API key (sent as a bearer token, always over TLS). */
  apiKey: string | null;
}

/** Where the OpenAI-compatible model lives (vLLM, Ollama, NIM). */
export interface LlmSettings {
  /** Base URL including the API prefix, e.g. http://localhost:8000/v1 (vLLM) or http://localhost:11434/v1 (Ollama). */
  baseUrl: string;
  apiKey: string;
  model: string;
  /** Deadline for one classification call; past it the rules result stands. */
  timeoutMs: number;
  /** Requests in flight toward the model from one worker process; more wait for a slot within their deadline. */
  maxConcurrency: number;
  /** Consecutive timeouts or errors that open the model circuit: leads then get the rules at once. */
  breakerFailures: number;
  /** How long the open circuit waits before one probe request tries the model again. */
  breakerCooldownMs: number;
}

/** The workflow's classify activity allows 15 s in all: a longer model deadline could never be used. */
export const MAX_LLM_TIMEOUT_MS = 10_000;

type Env = Record<string, string | undefined>;

function str(env: Env, name: string, fallback: string): string {
  const value = env[name];
  return value === undefined || value === '' ? fallback : value;
}

function optional(env: Env, name: string): string | null {
  const value = env[name];
  return value === undefined || value === '' ? null : value;
}

function loadTracing(env: Env): LeadOpsConfig['tracing'] {
  const traces = url(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', null, ['http:', 'https:']);
  if (traces !== null) return { tracesUrl: traces };
  const base = url(env, 'OTEL_EXPORTER_OTLP_ENDPOINT', null, ['http:', 'https:']);
  return base === null ? null : { tracesUrl: `${base.replace(/\/+$/, '')}/v1/traces` };
}

/** 0 turns retention off; anything else is at least 30 days, so a typo cannot anonymise last week's leads. */
function retentionDays(env: Env): number {
  const days = int(env, 'RETENTION_CLOSED_LEAD_DAYS', 730, 0, 36_500);
  if (days > 0 && days < 30) throw new ConfigError('RETENTION_CLOSED_LEAD_DAYS', `must be 0 (never) or at least 30 days, got ${days}`);
  return days;
}

function int(env: Env, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw.trim())) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function positiveNumber(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new ConfigError(name, `must be a positive number, got "${raw}"`);
  return value;
}

function url(env: Env, name: string, fallback: string | null, protocols: string[]): string | null {
  const raw = optional(env, name) ?? fallback;
  if (raw === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `must be a URL, got "${raw}"`);
  }
  if (!protocols.includes(parsed.protocol)) throw new ConfigError(name, `must use ${protocols.join(' or ')}, got "${parsed.protocol}"`);
  return raw;
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = str(env, name, fallback);
  if (!values.includes(raw as T)) throw new ConfigError(name, `must be one of ${values.join(', ')}, got "${raw}"`);
  return raw as T;
}

/**
 * TRUST_PROXY: the proxies in front of the API whose X-Forwarded-For is believed: a hop count, or names (loopback,
 * linklocal, uniquelocal) and networks (10.0.0.0/8). Never "true": then any client could claim any address and walk
 * past the per-address login limits.
 */
function trustProxy(env: Env): string | number {
  const raw = str(env, 'TRUST_PROXY', 'loopback').trim();
  if (/^\d+$/.test(raw)) return int(env, 'TRUST_PROXY', 0, 0, 10);
  const entries = raw.split(',').map((e) => e.trim()).filter(Boolean);
  for (const entry of entries) {
    if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) continue;
    try {
      parseAllowedNetworks(entry.includes('/') ? entry : `${entry}/${entry.includes(':') ? 128 : 32}`, 'TRUST_PROXY');
    } catch {
      throw new ConfigError('TRUST_PROXY', `must be a hop count, or loopback / linklocal / uniquelocal / IP addresses and networks, got "${entry}"`);
    }
  }
  return entries.join(',');
}

/** NOTIFY_EMAIL_DOMAINS: "sasnw.com,sas.mx" (subdomains included). */
function notifyDomains(env: Env): string[] {
  const domains = str(env, 'NOTIFY_EMAIL_DOMAINS', '').split(',').map((d) => d.trim().toLowerCase()).filter(Boolean);
  for (const d of domains) if (!isMailDomain(d)) throw new ConfigError('NOTIFY_EMAIL_DOMAINS', `each entry must be a mail domain (sasnw.com), got "${d}"`);
  return domains;
}

/** SMTP_TLS_CA: a PEM file with the CA (or the self-signed certificate) of the mail relay. */
function smtpTlsCa(env: Env): Buffer | null {
  const path = optional(env, 'SMTP_TLS_CA');
  if (path === null) return null;
  try {
    const pem = readFileSync(path);
    if (!pem.toString().includes('-----BEGIN CERTIFICATE-----')) throw new Error('no PEM certificate in it');
    return pem;
  } catch (error) {
    throw new ConfigError('SMTP_TLS_CA', `cannot read a PEM certificate from "${path}": ${(error as Error).message}`);
  }
}

/** WEBHOOK_SECRETS is "source=secret,source2=secret2". */
function webhookSecrets(env: Env): Record<string, string> {
  const raw = str(env, 'WEBHOOK_SECRETS', `demo-form=${DEV_WEBHOOK_SECRET}`);
  const secrets: Record<string, string> = {};
  for (const pair of raw.split(',').map((p) => p.trim()).filter(Boolean)) {
    const eq = pair.indexOf('=');
    const source = pair.slice(0, eq).trim();
    const secret = pair.slice(eq + 1).trim();
    if (eq <= 0 || !/^[a-z0-9][a-z0-9_-]{0,63}$/.test(source) || secret.length < 16) {
      throw new ConfigError('WEBHOOK_SECRETS', `each entry must be source=secret (source [a-z0-9_-], secret of 16+ characters), got "${pair}"`);
    }
    secrets[source] = secret;
  }
  return secrets;
}

const DEV_JWT_SECRET = 'leadops-dev-jwt-secret-change-me-in-production';
const DEV_WEBHOOK_SECRET = 'leadops-dev-webhook-secret';
const DEV_DB_PASSWORD = 'leadops';

/**
 * Secrets printed in this repository (README, scripts, compose defaults): anyone can read them, so production refuses
 * them even when they are set explicitly.
 */
const PUBLISHED_SECRETS = new Set([DEV_JWT_SECRET, DEV_WEBHOOK_SECRET, DEV_DB_PASSWORD, 'change-me', 'changeme', 'password', 'secret']);

/** In production, stops start-up on a secret anyone can look up, naming the variable. */
function refusePublishedSecret(production: boolean, name: string, value: string | null | undefined, what = 'a value published in the LeadOps repository') {
  if (production && value && PUBLISHED_SECRETS.has(value)) throw new ConfigError(name, `is ${what}: production needs a secret of its own`);
}

/** The LLM settings alone (the batch CLI needs nothing else), or null when LLM_BASE_URL is absent or blank. */
export function loadLlmSettings(env: Env = process.env): LlmSettings | null {
  // Every LLM variable is checked even without a base URL: a typo shows at start-up, not the day the model is switched on.
  const timeoutMs = int(env, 'LLM_TIMEOUT_MS', 800, 1, MAX_LLM_TIMEOUT_MS);
  const maxConcurrency = int(env, 'LLM_MAX_CONCURRENCY', 8, 1, 1024);
  const breakerFailures = int(env, 'LLM_BREAKER_FAILURES', 5, 1, 1000);
  const breakerCooldownMs = int(env, 'LLM_BREAKER_COOLDOWN_MS', 30_000, 100, 3_600_000);
  const baseUrl = url({ LLM_BASE_URL: env['LLM_BASE_URL']?.trim() }, 'LLM_BASE_URL', null, ['http:', 'https:']);
  if (!baseUrl) return null;
  return {
    baseUrl: baseUrl.replace(/\/+$/, ''),
    // Local servers (vLLM, Ollama) ignore the key, but the openai client refuses to start without one.
    apiKey: str(env, 'LLM_API_KEY', 'none'),
    model: str(env, 'LLM_MODEL', 'openai/gpt-oss-20b'),
    timeoutMs,
    maxConcurrency,
    breakerFailures,
    breakerCooldownMs,
  };
}

export function loadConfig(env: Env = process.env): LeadOpsConfig {
  const production = env['NODE_ENV'] === 'production';
  const jwtSecret = str(env, 'JWT_SECRET', production ? '' : DEV_JWT_SECRET);
  if (jwtSecret.length < 32) throw new ConfigError('JWT_SECRET', 'must be set to at least 32 characters (required in production)');
  refusePublishedSecret(production, 'JWT_SECRET', jwtSecret, 'the development secret');
  const apiPort = int(env, 'API_PORT', 3000, 0, 65535); // 0: any free port (tests)
  const pg = {
    host: str(env, 'PGHOST', '127.0.0.1'),
    port: int(env, 'PGPORT', 55432, 1, 65535),
    user: str(env, 'PGUSER', 'leadops'),
    password: str(env, 'PGPASSWORD', 'leadops'),
    database: str(env, 'PGDATABASE', 'leadops'),
  };
  const databaseUrl =
    url(env, 'DATABASE_URL', `postgres://${pg.user}:${encodeURIComponent(pg.password)}@${pg.host}:${pg.port}/${pg.database}`, ['postgres:', 'postgresql:']) ?? '';
  refusePublishedSecret(production, 'PGPASSWORD', optional(env, 'DATABASE_URL') === null ? pg.password : null, 'the development database password');
  if (production && databaseUrl) refusePublishedSecret(production, 'DATABASE_URL', decodeURIComponent(new URL(databaseUrl).password), 'a URL with the development database password');
  if (production && !optional(env, 'WEBHOOK_SECRETS')) throw new ConfigError('WEBHOOK_SECRETS', 'must be set in production (source=secret,…): the default is the README\'s demo secret');
  const webhookSecretsBySource = webhookSecrets(env);
  for (const secret of Object.values(webhookSecretsBySource)) refusePublishedSecret(production, 'WEBHOOK_SECRETS', secret, "the README's demo secret");
  const metricsToken = optional(env, 'METRICS_TOKEN');
  if (production && !metricsToken) throw new ConfigError('METRICS_TOKEN', 'must be set in production: /metrics answers only Prometheus with this bearer token');
  if (metricsToken !== null && metricsToken.length < 24) throw new ConfigError('METRICS_TOKEN', 'must be at least 24 characters');
  refusePublishedSecret(production, 'METRICS_TOKEN', metricsToken);
  const smtpPort = int(env, 'SMTP_PORT', 1025, 1, 65535);
  return {
    production,
    databaseUrl,
    temporal: {
      address: str(env, 'TEMPORAL_ADDRESS', '127.0.0.1:7233'),
      namespace: str(env, 'TEMPORAL_NAMESPACE', 'default'),
      taskQueue: str(env, 'TEMPORAL_TASK_QUEUE', 'leadops-leads'),
      uiUrl: url(env, 'TEMPORAL_UI_URL', 'http://localhost:8233', ['http:', 'https:'])!,
      ...loadTemporalSecurity(env),
      payloadEncryption: loadPayloadEncryption(env),
    },
    api: {
      port: apiPort,
      publicUrl: url(env, 'API_PUBLIC_URL', `http://localhost:${apiPort}`, ['http:', 'https:'])!,
      corsOrigins: str(env, 'CORS_ORIGINS', 'http://localhost:5173,http://127.0.0.1:5173').split(',').map((s) => s.trim()).filter(Boolean),
      bodyLimit: str(env, 'API_BODY_LIMIT', '256kb'),
      trustProxy: trustProxy(env),
      userRequestsPerMinute: int(env, 'API_USER_RATE_LIMIT', 600, 10, 1_000_000),
    },
    auth: { jwtSecret, jwtTtlSeconds: int(env, 'JWT_TTL_SECONDS', 8 * 3600, 60, 30 * 24 * 3600) },
    webhooks: {
      secrets: webhookSecretsBySource,
      toleranceSeconds: int(env, 'WEBHOOK_TOLERANCE_SECONDS', 300, 1, 3600),
      allowedPrivateNetworks: parseAllowedNetworks(env['WEBHOOK_ALLOWED_PRIVATE_CIDRS']),
      httpsOnly: production,
      emailEventsSource: str(env, 'EMAIL_EVENTS_SOURCE', 'mail-relay'),
    },
    llm: loadLlmSettings(env),
    smtp: {
      host: optional(env, 'SMTP_HOST'),
      port: smtpPort,
      secure: oneOf(env, 'SMTP_SECURE', ['true', 'false'] as const, 'false') === 'true',
      user: optional(env, 'SMTP_USER'),
      password: optional(env, 'SMTP_PASSWORD'),
      from: str(env, 'SMTP_FROM', 'LeadOps <leadops@localhost>'),
      tlsCa: smtpTlsCa(env),
      tlsInsecure: oneOf(env, 'SMTP_TLS_INSECURE', ['true', 'false'] as const, 'false') === 'true',
      requireTls: production,
    },
    worker: {
      metricsPort: optional(env, 'WORKER_METRICS_PORT') === null ? null : int(env, 'WORKER_METRICS_PORT', 0, 0, 65535),
      maxCachedWorkflows: int(env, 'WORKER_MAX_CACHED_WORKFLOWS', 1000, 64, 1_000_000) // at least the 64 workflow tasks run at once,
    },
    retention: { closedLeadDays: retentionDays(env) },
    reroute: { outOfOfficeHours: int(env, 'REROUTE_OUT_OF_OFFICE_HOURS', 24, 0, 8760), sweepMinutes: int(env, 'REROUTE_SWEEP_MINUTES', 15, 0, 1440) },
    metrics: { token: metricsToken },
    notify: { allowedDomains: notifyDomains(env) },
    tracing: loadTracing(env),
    demoHistory: oneOf(env, 'LEADOPS_DEMO_HISTORY', ['true', 'false'] as const, 'true') === 'true',
    // Test and demo knob: 60 makes a 5-minute SLA last 5 seconds. Production leaves it at 1.
    slaTimeScale: positiveNumber(env, 'SLA_TIME_SCALE', 1),
    consoleUrl: url(env, 'CONSOLE_URL', 'http://localhost:5173', ['http:', 'https:'])!,
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
  };
}
