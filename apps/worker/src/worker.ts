import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { NativeConnection, Worker, type WorkerInterceptors } from '@temporalio/worker';
import { OpenTelemetryActivityInboundInterceptor, OpenTelemetryActivityOutboundInterceptor } from '@temporalio/interceptors-opentelemetry/lib/worker';
import { describeTemporalConnectionFailure, leadDataConverter, temporalConnectionOptions, TemporalConnectionError, unsubscribeUrl, type LeadOpsConfig } from '@leadops/config';
import { createActivities, createRerouteActivities, createRetentionActivities, createScoringActivities, createWebhookActivities, Mailer, PromotedModelCache, type LeadClassifierPort } from '@leadops/activities';
import { createDataSource, LeadStore, NotificationStore, PersonalDataStore, RoutingStore, ScoringModelStore, SettingsStore, SuppressionStore, UserStore } from '@leadops/persistence';
import type { Tracing } from '@leadops/tracing';
import { TRACING_WORKFLOW_INTERCEPTORS_PATH, WORKFLOWS_PATH } from '@leadops/workflows';
import { TRACED_WORKFLOW_BUNDLE_PATH, WORKFLOW_BUNDLE_PATH } from './bundle-workflows';
import type { ModelServiceMonitor } from './model-service-monitor';
import { workflowTraceSinks } from './workflow-traces';

export interface RunningWorker {
  worker: Worker;
  run: Promise<void>;
  shutdown(): Promise<void>;
}

export interface StartWorkerOptions {
  poolSize?: number;
  /** The activities' clock (SLA due times, routing, nurture plans); tests on a time-skipping server pass the server's. */
  now?: () => Date;
  interceptors?: WorkerInterceptors;
  /** Reports the model circuit's state to PostgreSQL while the worker runs (the API's readiness reads it). */
  modelService?: ModelServiceMonitor;
  /** OpenTelemetry export: the workflow and activity spans join the trace each lead's workflow start carries. */
  tracing?: Tracing | null;
}

/**
 * The workflow code (the build's bundle, else bundled at start from source, as in tests) and what tracing adds: the
 * workflow interceptors inside the bundle, a sink that hands workflow spans to the exporter, and activity spans.
 */
function workflowCodeAndTracing(tracing: Tracing | null | undefined, interceptors: WorkerInterceptors = {}) {
  const bundlePath = tracing ? TRACED_WORKFLOW_BUNDLE_PATH : WORKFLOW_BUNDLE_PATH;
  const code = existsSync(bundlePath) ? { workflowBundle: { codePath: bundlePath } } : { workflowsPath: WORKFLOWS_PATH };
  if (!tracing) return { ...code, interceptors };
  return {
    ...code,
    sinks: workflowTraceSinks(tracing),
    interceptors: {
      ...interceptors,
      ...('workflowsPath' in code && { workflowModules: [...(interceptors.workflowModules ?? []), TRACING_WORKFLOW_INTERCEPTORS_PATH] }),
      activity: [
        (ctx) => ({ inbound: new OpenTelemetryActivityInboundInterceptor(ctx), outbound: new OpenTelemetryActivityOutboundInterceptor(ctx) }),
        ...(interceptors.activity ?? []),
      ],
    } satisfies WorkerInterceptors,
  };
}

/** Connects to PostgreSQL and Temporal and starts polling the lead task queue. */
export async function startWorker(config: LeadOpsConfig, classifier: LeadClassifierPort, opts: StartWorkerOptions = {}): Promise<RunningWorker> {
  const db = createDataSource({ url: config.databaseUrl, poolSize: opts.poolSize ?? 20, applicationName: 'leadops-worker' });
  await db.initialize();
  const mailer = new Mailer(new NotificationStore(db), config.smtp);
  const connection = await NativeConnection.connect(temporalConnectionOptions(config.temporal)).catch(async (error: unknown) => {
    mailer.close();
    await db.destroy().catch(() => undefined);
    throw new TemporalConnectionError(await describeTemporalConnectionFailure(config.temporal, error), { cause: error });
  });
  // Reported only once the worker can work: a worker that cannot reach Temporal says nothing about the model.
  await opts.modelService?.attach(db, `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`);
  const worker = await Worker.create({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    dataConverter: leadDataConverter(config.temporal.payloadEncryption),
    ...workflowCodeAndTracing(opts.tracing, opts.interceptors),
    activities: {
      ...createActivities({
        leads: new LeadStore(db), routing: new RoutingStore(db), settings: new SettingsStore(db), users: new UserStore(db), suppressions: new SuppressionStore(db),
        classifier, mailer, timeScale: config.slaTimeScale, consoleUrl: config.consoleUrl, notifyDomains: config.notify.allowedDomains,
        unsubscribeUrl: (leadId) => unsubscribeUrl(config.api.publicUrl, config.auth.jwtSecret, leadId), now: opts.now,
        scorer: new PromotedModelCache(new ScoringModelStore(db)),
      }),
      ...createWebhookActivities(db, { ...config.webhooks, secretKeys: config.temporal.payloadEncryption }),
      ...createRetentionActivities({ personalData: new PersonalDataStore(db), now: opts.now }),
      ...createRerouteActivities({ routing: new RoutingStore(db), now: opts.now }),
      ...createScoringActivities({ scoring: new ScoringModelStore(db), minClosedLeads: config.scoring.minClosedLeads }),
    },
    maxConcurrentActivityTaskExecutions: 64,
    maxConcurrentWorkflowTaskExecutions: 64,
    maxCachedWorkflows: config.worker.maxCachedWorkflows,
    // New leads arrive on the normal queue, which the default (2 of 10 pollers) drains at a few dozen tasks a second at
    // best; autoscaled pollers follow a burst of arrivals.
    workflowTaskPollerBehavior: { type: 'autoscaling', minimum: 2, initial: 8, maximum: 32 },
    shutdownGraceTime: '5 seconds',
  });
  const run = worker.run().finally(async () => {
    mailer.close();
    await opts.modelService?.detach();
    await connection.close().catch(() => undefined);
    await db.destroy().catch(() => undefined);
  });
  return { worker, run, shutdown: async () => { worker.shutdown(); await run; } };
}
