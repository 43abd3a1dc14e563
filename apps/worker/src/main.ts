import 'reflect-metadata';
import { DefaultLogger, Runtime, type LogLevel } from '@temporalio/worker';
import { ConfigError, errorForLog, loadConfig, TemporalConnectionError } from '@leadops/config';
import { createLeadClassifier } from '@leadops/llm';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { redactedLogFunction } from './log';
import { startMetricsServer } from './metrics-server';
import { ModelServiceMonitor } from './model-service-monitor';
import { startWorker } from './worker';

async function main() {
  const config = loadConfig();
  Runtime.install({ logger: new DefaultLogger(config.logLevel.toUpperCase() as LogLevel, (entry) => redactedLogFunction(entry)) });
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'leadops_worker_' });
  const modelService = new ModelServiceMonitor(config.llm !== null, registry);
  const classifier = createLeadClassifier(config.llm, modelService.classifierOptions());
  if (config.worker.metricsPort !== null) {
    const metrics = await startMetricsServer(registry, config.worker.metricsPort, config.metrics.token).catch((error: Error) => {
      throw new ConfigError('WORKER_METRICS_PORT', `cannot listen on ${config.worker.metricsPort}: ${error.message}`);
    });
    metrics.server.unref();
    console.log(`[worker] metrics on :${metrics.port}/metrics`);
  }
  const { run } = await startWorker(config, classifier, { modelService });
  console.log(`[worker] polling ${config.temporal.taskQueue} on ${config.temporal.address} (classifier: ${config.llm ? `llm ${config.llm.model} at ${config.llm.baseUrl}, rules fallback` : 'rules'})`);
  await run;
}

main().catch((error) => {
  if (error instanceof ConfigError) console.error(`[worker] configuration error: ${error.message}`);
  else if (error instanceof TemporalConnectionError) console.error(`[worker] ${error.message}`);
  else console.error(`[worker] ${errorForLog(error)}`);
  process.exit(1);
});
