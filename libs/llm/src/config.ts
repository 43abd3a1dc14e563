// What the classifier needs to reach the model. Read from the environment (and validated) by @leadops/config's
// loadLlmSettings, the one reader shared by the worker and the batch CLI.
export interface LlmConfig {
  /** Base URL including the API prefix, e.g. http://localhost:8000/v1 (vLLM) or http://localhost:11434/v1 (Ollama). */
  baseUrl: string;
  apiKey: string;
  model: string;
  /** Deadline for one classification call; past it the rules result stands. */
  timeoutMs: number;
}
