// Guards the shared GPU service: at most N requests in flight from this process, and a circuit breaker that stops
// calling a model that keeps failing (hung, queued past the deadline, 503 for minutes) so leads get the rules at once.
import {
  bulkhead,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  handleAll,
  isBrokenCircuitError,
  type BulkheadPolicy,
  type CircuitBreakerPolicy,
} from 'cockatiel';

export interface ModelGuardSettings {
  /** Requests in flight toward the model from this process; more wait for a slot within their deadline. */
  maxConcurrency: number;
  /** Consecutive timeouts or errors that open the circuit. */
  breakerFailures: number;
  /** How long the circuit stays open before one probe request may try the model again. */
  breakerCooldownMs: number;
}

export const DEFAULT_MODEL_GUARD: ModelGuardSettings = { maxConcurrency: 8, breakerFailures: 5, breakerCooldownMs: 30_000 };

/** closed: the model is called; open: the rules answer at once; half-open: one probe is in flight. */
export type ModelCircuitState = 'closed' | 'open' | 'half-open';

/** Why a lead was classified by the rules although a model is configured; a bounded set, fit for a metric label. */
export type ModelFallbackKind = 'timeout' | 'http_error' | 'connection' | 'malformed_answer' | 'circuit_open' | 'request_failed';

/** A model call that failed in a way that says the service is unwell (counts toward opening the circuit). */
export class ModelServiceError extends Error {
  constructor(
    readonly kind: Exclude<ModelFallbackKind, 'circuit_open' | 'malformed_answer'>,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export type GuardedCall<T> = { ok: true; value: T } | { ok: false; kind: ModelFallbackKind; reason: string };

export interface ModelGuardEvents {
  onCircuitChange?(state: ModelCircuitState): void;
}

export interface ModelGuard {
  readonly state: ModelCircuitState;
  /**
   * Runs `call` in a model slot and through the breaker, all within `deadlineMs` (waiting for a slot counts). `call`
   * gets an AbortSignal that fires at the deadline, and throws ModelServiceError when the service misbehaved.
   */
  run<T>(deadlineMs: number, call: (signal: AbortSignal) => Promise<T>): Promise<GuardedCall<T>>;
}

const STATE: Record<CircuitState, ModelCircuitState> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.Isolated]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
};

export function createModelGuard(settings: ModelGuardSettings = DEFAULT_MODEL_GUARD, events: ModelGuardEvents = {}): ModelGuard {
  // Waiting requests are bounded by their own deadline, not by a queue length: an expired one is dropped unsent.
  const slots: BulkheadPolicy = bulkhead(settings.maxConcurrency, Number.MAX_SAFE_INTEGER);
  const breaker: CircuitBreakerPolicy = circuitBreaker(handleAll, {
    halfOpenAfter: settings.breakerCooldownMs,
    breaker: new ConsecutiveBreaker(settings.breakerFailures),
  });
  breaker.onStateChange((state) => events.onCircuitChange?.(STATE[state]));

  return {
    get state() {
      return STATE[breaker.state];
    },
    async run<T>(deadlineMs: number, call: (signal: AbortSignal) => Promise<T>): Promise<GuardedCall<T>> {
      const controller = new AbortController();
      const timeoutReason = `timeout after ${deadlineMs} ms`;
      let timer: NodeJS.Timeout | undefined;
      // The deadline starts before the wait for a slot, and rejects inside the breaker so a timeout counts against the
      // model before this call returns.
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          controller.abort();
          reject(new ModelServiceError('timeout', timeoutReason));
        }, deadlineMs);
      });
      deadline.catch(() => undefined);
      try {
        // The breaker is outside the slots: an open circuit answers without waiting for a slot, and a model too slow
        // to free a slot before the deadline counts as failing. A request still waiting at the deadline is dropped unsent.
        const value = await breaker.execute(() => Promise.race([slots.execute(() => call(controller.signal), controller.signal), deadline]));
        return { ok: true, value };
      } catch (error) {
        if (isBrokenCircuitError(error)) return openCircuit();
        if (error instanceof ModelServiceError) return { ok: false, kind: error.kind, reason: error.reason };
        return { ok: false, kind: 'request_failed', reason: `request failed: ${(error as Error)?.message ?? String(error)}` };
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

function openCircuit<T>(): GuardedCall<T> {
  return { ok: false, kind: 'circuit_open', reason: 'model circuit open (too many recent failures): rules used' };
}
