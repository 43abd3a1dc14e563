import 'reflect-metadata';
import { DefaultLogger, Runtime, type LogLevel } from '@temporalio/worker';
import { ConfigError, loadConfig, TemporalConnectionError } from '@leadops/config';
import { createLeadClassifier } from '@leadops/llm';
import { startWorker } from './worker';

async function main() {
  const config = loadConfig();
  Runtime.install({ logger: new DefaultLogger(config.logLevel.toUpperCase() as LogLevel) });
  const classifier = createLeadClassifier(config.llm);
  const { run } = await startWorker(config, classifier);
  console.log(`[worker] polling ${config.temporal.taskQueue} on ${config.temporal.address} (classifier: ${config.llm ? `llm ${config.llm.model} at ${config.llm.baseUrl}, rules fallback` : 'rules'})`);
  await run;
}

main().catch((error) => {
  if (error instanceof ConfigError) console.error(`[worker] configuration error: ${error.message}`);
  else if (error instanceof TemporalConnectionError) console.error(`[worker] ${error.message}`);
  else console.error(error);
  process.exit(1);
});
