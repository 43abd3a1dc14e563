// Typed settings from the environment, validated once at start-up: a bad value stops the process with its name.
import { ConfigError } from './config-error';
import { loadPayloadEncryption, type PayloadEncryptionSettings } from './payload-encryption';
import { loadTemporalSecurity, type TemporalTlsSettings } from './temporal-tls';

export { ConfigError } from './config-error';

export interface LeadOpsConfig {
  databaseUrl: string;
  temporal: TemporalSettings;
  api: { port: number; publicUrl: string; corsOrigins: string[]; bodyLimit: string };
  auth: { jwtSecret: string; jwtTtlSeconds: number };
  webhooks: { secrets: Record<string, string>; toleranceSeconds: number };
  /** Null when LLM_BASE_URL is absent: the rules classify alone. */
  llm: LlmSettings | null;
  smtp: { host: string | null; port: number; secure: boolean; user: string | null; password: string | null; from: string };
  /** Port of the worker's Prometheus endpoint (GET /metrics); null: none. */
  /**
   * metricsPort: the worker's Prometheus endpoint (GET /metrics), null for none. maxCachedWorkflows: lead workflows
   * kept in memory between their steps; most wait hours for an SLA or nurture timer, so a bounded cache keeps RSS flat
   * and an evicted lead is replayed from its history when its timer fires.
   */
  worker: { metricsPort: number | null; maxCachedWorkflows: number };
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

/** WEBHOOK_SECRETS is "source=secret,source2=secret2". */
function webhookSecrets(env: Env): Record<string, string> {
  const raw = str(env, 'WEBHOOK_SECRETS', 'demo-form=leadops-dev-webhook-secret');
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
  const smtpPort = int(env, 'SMTP_PORT', 1025, 1, 65535);
  return {
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
    },
    auth: { jwtSecret, jwtTtlSeconds: int(env, 'JWT_TTL_SECONDS', 8 * 3600, 60, 30 * 24 * 3600) },
    webhooks: { secrets: webhookSecrets(env), toleranceSeconds: int(env, 'WEBHOOK_TOLERANCE_SECONDS', 300, 1, 3600) },
    llm: loadLlmSettings(env),
    smtp: {
      host: optional(env, 'SMTP_HOST'),
      port: smtpPort,
      secure: oneOf(env, 'SMTP_SECURE', ['true', 'false'] as const, 'false') === 'true',
      user: optional(env, 'SMTP_USER'),
      password: optional(env, 'SMTP_PASSWORD'),
      from: str(env, 'SMTP_FROM', 'LeadOps <leadops@localhost>'),
    },
    worker: {
      metricsPort: optional(env, 'WORKER_METRICS_PORT') === null ? null : int(env, 'WORKER_METRICS_PORT', 0, 0, 65535),
      maxCachedWorkflows: int(env, 'WORKER_MAX_CACHED_WORKFLOWS', 1000, 64, 1_000_000) // at least the 64 workflow tasks run at once,
    },
    // Test and demo knob: 60 makes a 5-minute SLA last 5 seconds. Production leaves it at 1.
    slaTimeScale: positiveNumber(env, 'SLA_TIME_SCALE', 1),
    consoleUrl: url(env, 'CONSOLE_URL', 'http://localhost:5173', ['http:', 'https:'])!,
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
  };
}
