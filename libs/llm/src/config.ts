// Where the OpenAI-compatible model lives (vLLM, Ollama, NIM), read from the environment.

export interface LlmConfig {
  /** Base URL including the API prefix, e.g. http://localhost:8000/v1 (vLLM) or http://localhost:11434/v1 (Ollama). */
  baseUrl: string;
  apiKey: string;
  model: string;
  /** Deadline for one classification call; past it the rules result stands. */
  timeoutMs: number;
}

export const DEFAULT_LLM_MODEL = 'openai/gpt-oss-20b';
export const DEFAULT_LLM_TIMEOUT_MS = 800;
/** The workflow's classify activity allows 15 s in all: a longer model deadline could never be used. */
export const MAX_LLM_TIMEOUT_MS = 10_000;
// Local servers (vLLM, Ollama) ignore the key, but the openai client refuses to start without one.
const DEFAULT_LLM_API_KEY = 'none';

/** A setting that cannot be used as given; `variable` names it so the operator knows what to fix. */
export class LlmConfigError extends Error {
  constructor(readonly variable: string, message: string) {
    super(`${variable} ${message}`);
    this.name = 'LlmConfigError';
  }
}

/** The LLM settings, or null when LLM_BASE_URL is absent or empty (the rules classify alone). */
export function llmConfigFromEnv(env: Record<string, string | undefined> = process.env): LlmConfig | null {
  const baseUrl = env.LLM_BASE_URL?.trim();
  if (!baseUrl) return null;
  if (!isHttpUrl(baseUrl)) throw new LlmConfigError('LLM_BASE_URL', `must be an http(s) URL, got "${baseUrl}"`);

  const timeoutText = env.LLM_TIMEOUT_MS?.trim() || String(DEFAULT_LLM_TIMEOUT_MS);
  const timeoutMs = Number(timeoutText);
  if (!/^\d+$/.test(timeoutText) || !Number.isSafeInteger(timeoutMs) || timeoutMs <= 0 || timeoutMs > MAX_LLM_TIMEOUT_MS) {
    throw new LlmConfigError('LLM_TIMEOUT_MS', `must be a positive integer (milliseconds) up to ${MAX_LLM_TIMEOUT_MS}, got "${env.LLM_TIMEOUT_MS}"`);
  }

  return {
    baseUrl: baseUrl.replace(/\/+$/, ''),
    apiKey: env.LLM_API_KEY?.trim() || DEFAULT_LLM_API_KEY,
    model: env.LLM_MODEL?.trim() || DEFAULT_LLM_MODEL,
    timeoutMs,
  };
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
