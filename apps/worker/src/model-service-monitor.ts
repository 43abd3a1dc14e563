// What this worker sees of the model service, for operators: Prometheus metrics (latency, fallbacks by reason, circuit
// state) and a row in PostgreSQL that the API's readiness reads (the API never calls the model itself).
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { LeadClassifierOptions, ModelCircuitState } from '@leadops/llm';
import { ModelServiceStatusStore, type ModelServiceState } from '@leadops/persistence';

const CIRCUIT_VALUE: Record<ModelServiceState, number> = { off: -1, closed: 0, 'half-open': 1, open: 2 };
/** Often enough that the API notices a gone worker within a few beats; one small UPDATE per beat. */
const HEARTBEAT_MS = 5000;

export class ModelServiceMonitor {
  private state: ModelServiceState;
  private readonly circuit: Gauge;
  private readonly latency: Histogram;
  private readonly fallbacks: Counter;
  private reporter: { store: ModelServiceStatusStore; workerId: string; timer: NodeJS.Timeout } | null = null;

  constructor(
    modelConfigured: boolean,
    readonly registry: Registry,
  ) {
    this.state = modelConfigured ? 'closed' : 'off';
    const registers = [registry];
    this.circuit = new Gauge({
      name: 'leadops_model_circuit_state', help: 'Model circuit breaker: -1 no model configured, 0 closed, 1 half-open (probing), 2 open (rules only)', registers,
    });
    this.circuit.set(CIRCUIT_VALUE[this.state]);
    this.latency = new Histogram({
      name: 'leadops_model_request_duration_seconds', help: 'Time a classification spent on the model, slot wait included, by outcome',
      labelNames: ['outcome'], buckets: [0.05, 0.1, 0.25, 0.5, 0.8, 1, 2, 5, 10], registers,
    });
    this.fallbacks = new Counter({
      name: 'leadops_model_fallbacks_total', help: 'Leads classified by the rules although a model is configured, by reason', labelNames: ['reason'], registers,
    });
  }

  /** Hooks for createLeadClassifier. */
  classifierOptions(): LeadClassifierOptions {
    return {
      onModelCall: ({ outcome, latencyMs }) => {
        // An open circuit spends no time on the model: its zero would only drag the latency down.
        if (outcome !== 'circuit_open') this.latency.observe({ outcome: outcome === 'ok' ? 'ok' : 'failed' }, latencyMs / 1000);
        if (outcome !== 'ok') this.fallbacks.inc({ reason: outcome });
      },
      onCircuitChange: (state: ModelCircuitState) => {
        this.state = state;
        this.circuit.set(CIRCUIT_VALUE[state]);
        void this.report();
      },
    };
  }

  /** Starts reporting this worker's state to PostgreSQL: now, on every change, and on a heartbeat. */
  async attach(db: DataSource, workerId: string): Promise<void> {
    const store = new ModelServiceStatusStore(db);
    this.reporter = { store, workerId, timer: setInterval(() => void this.report(), HEARTBEAT_MS) };
    this.reporter.timer.unref();
    await this.report();
  }

  async detach(): Promise<void> {
    if (!this.reporter) return;
    clearInterval(this.reporter.timer);
    const { store, workerId } = this.reporter;
    this.reporter = null;
    await store.forget(workerId).catch(() => undefined);
  }

  private async report(): Promise<void> {
    const reporter = this.reporter;
    if (!reporter) return;
    // A database outage must not stop classification: the next beat reports again.
    await reporter.store.report(reporter.workerId, this.state).catch(() => undefined);
  }
}
