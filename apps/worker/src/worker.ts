import { existsSync } from 'node:fs';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { LeadOpsConfig } from '@leadops/config';
import { createActivities, createWebhookActivities, Mailer, type LeadClassifierPort } from '@leadops/activities';
import { createDataSource } from '@leadops/persistence';
import { WORKFLOWS_PATH } from '@leadops/workflows';
import { WORKFLOW_BUNDLE_PATH } from './bundle-workflows';

export interface RunningWorker {
  worker: Worker;
  run: Promise<void>;
  shutdown(): Promise<void>;
}

/** Connects to PostgreSQL and Temporal and starts polling the lead task queue. */
export async function startWorker(config: LeadOpsConfig, classifier: LeadClassifierPort, opts: { poolSize?: number } = {}): Promise<RunningWorker> {
  const db = createDataSource({ url: config.databaseUrl, poolSize: opts.poolSize ?? 20, applicationName: 'leadops-worker' });
  await db.initialize();
  const mailer = new Mailer(db, config.smtp);
  const connection = await NativeConnection.connect({ address: config.temporal.address });
  const worker = await Worker.create({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    ...(existsSync(WORKFLOW_BUNDLE_PATH) ? { workflowBundle: { codePath: WORKFLOW_BUNDLE_PATH } } : { workflowsPath: WORKFLOWS_PATH }),
    activities: {
      ...createActivities({ db, classifier, mailer, timeScale: config.slaTimeScale, consoleUrl: config.consoleUrl }),
      ...createWebhookActivities(db),
    },
    maxConcurrentActivityTaskExecutions: 64,
    maxConcurrentWorkflowTaskExecutions: 64,
    shutdownGraceTime: '5 seconds',
  });
  const run = worker.run().finally(async () => {
    mailer.close();
    await connection.close().catch(() => undefined);
    await db.destroy().catch(() => undefined);
  });
  return { worker, run, shutdown: async () => { worker.shutdown(); await run; } };
}
