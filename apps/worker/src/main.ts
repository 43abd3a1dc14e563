import 'reflect-metadata';
import { DefaultLogger, Runtime, type LogLevel } from '@temporalio/worker';
import { ConfigError, errorForLog, loadConfig, TemporalConnectionError } from '@leadops/config';
import { createLeadClassifier } from '@leadops/llm';
import { startTracing } from '@leadops/tracing';
import { createServer } from 'node:net';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { leadMetricsInterceptor } from './lead-metrics';
import { redactedLogFunction } from './log';
import { startMetricsServer } from './metrics-server';
import { ModelServiceMonitor } from './model-service-monitor';
import { keepRetentionSchedule } from './retention-schedule';
import { keepRerouteSweepSchedule } from './reroute-sweep-schedule';
import { startWorker } from './worker';

/** A free loopback port for the SDK Core's Prometheus exporter, which only takes a fixed address. */
function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function main() {
  const config = loadConfig();
  // Before anything makes a span: the model client's calls join the triage activity's span.
  const tracing = startTracing(config.tracing, 'leadops-worker');
  // The SDK's own metrics (workflow task latency, task slots, pollers, sticky cache) come from its Core, which serves
  // them on a loopback port; our metrics server appends them to its answer (behind METRICS_TOKEN like ours), so
  // Prometheus scrapes one port per worker.
  const corePort = config.worker.metricsPort !== null ? await freeLoopbackPort() : null;
  Runtime.install({
    logger: new DefaultLogger(config.logLevel.toUpperCase() as LogLevel, (entry) => redactedLogFunction(entry)),
    ...(corePort !== null && {
      telemetryOptions: { metrics: { metricPrefix: 'temporal_', prometheus: { bindAddress: `127.0.0.1:${corePort}`, countersTotalSuffix: true, useSecondsForDurations: true } } },
    }),
  });
  const coreMetrics = corePort === null ? undefined : async () => {
    const res = await fetch(`http://127.0.0.1:${corePort}/metrics`, { signal: AbortSignal.timeout(2000) });
    return res.ok ? res.text() : '';
  };
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'leadops_worker_' });
  const modelService = new ModelServiceMonitor(config.llm !== null, registry);
  const classifier = createLeadClassifier(config.llm, modelService.classifierOptions());
  if (config.worker.metricsPort !== null) {
    const metrics = await startMetricsServer(registry, config.worker.metricsPort, config.metrics.token, '0.0.0.0', coreMetrics).catch((error: Error) => {
      throw new ConfigError('WORKER_METRICS_PORT', `cannot listen on ${config.worker.metricsPort}: ${error.message}`);
    });
    metrics.server.unref();
    console.log(`[worker] metrics on :${metrics.port}/metrics`);
  }
  const { run } = await startWorker(config, classifier, { modelService, tracing, interceptors: { activity: [leadMetricsInterceptor(registry)] } });
  // After the worker is up: the schedule is bookkeeping, and a failure here must not keep leads from being worked.
  await keepRetentionSchedule(config).then(
    (state) => console.log(`[worker] retention schedule ${state} (closed leads anonymised after ${config.retention.closedLeadDays || 'never'} days)`),
    (error: unknown) => console.warn(`[worker] retention schedule not updated: ${errorForLog(error)}`),
  );
  await keepRerouteSweepSchedule(config).then(
    (state) => console.log(`[worker] re-route sweep schedule ${state} (every ${config.reroute.sweepMinutes || 'never'} minutes)`),
    (error: unknown) => console.warn(`[worker] re-route sweep schedule not updated: ${errorForLog(error)}`),
  );
  console.log(`[worker] polling ${config.temporal.taskQueue} on ${config.temporal.address} (classifier: ${config.llm ? `llm ${config.llm.model} at ${config.llm.baseUrl}, rules fallback` : 'rules'}${tracing ? `; traces to ${config.tracing!.tracesUrl}` : ''})`);
  await run;
  await tracing?.shutdown();
}

main().catch((error) => {
  if (error instanceof ConfigError) console.error(`[worker] configuration error: ${error.message}`);
  else if (error instanceof TemporalConnectionError) console.error(`[worker] ${error.message}`);
  else console.error(`[worker] ${errorForLog(error)}`);
  process.exit(1);
});
