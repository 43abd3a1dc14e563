// What the classifier needs to reach the model. Read from the environment (and validated) by @leadops/config's
// loadLlmSettings, the one reader shared by the worker and the batch CLI.
export interface LlmConfig {
  /** Base URL including the API prefix, e.g. http://localhost:8000/v1 (vLLM) or http://localhost:11434/v1 (Ollama). */
  baseUrl: string;
  apiKey: string;
  model: string;
  /** Deadline for one classification call; past it the rules result stands. */
  timeoutMs: number;
  /** Requests in flight toward the model from one worker process (default 8). */
  maxConcurrency?: number;
  /** Consecutive timeouts or errors that open the model circuit (default 5). */
  breakerFailures?: number;
  /** How long the circuit stays open before a probe (default 30 s). */
  breakerCooldownMs?: number;
}
