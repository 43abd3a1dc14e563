import { Global, Inject, Injectable, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { describeTemporalConnectionFailure, leadDataConverter, redactLeadData, temporalConnectionOptions, type LeadOpsConfig } from '@leadops/config';
import { LeadStore } from '@leadops/persistence';
import { LEAD_WORKFLOW_TYPE, leadWorkflowId, type LeadWorkflowInput, type WebhookDeliveryInput } from '@leadops/workflows';
import { CONFIG } from '../core/core.module';
import { LeadOpsError } from '../core/errors';
import { TemporalCodecController } from './temporal-codec.controller';

/** A healthy server starts a workflow in milliseconds; past this, the outbox relay takes over and the caller moves on. */
const START_DEADLINE_MS = 2000;
const QUERY_DEADLINE_MS = 2000;
const SIGNAL_DEADLINE_MS = 5000;
const FAST_PATH_PAUSE_MS = 5000;
/** Outbox rows one relay transaction holds while it starts their workflows side by side (each within START_DEADLINE_MS). */
const RELAY_BATCH = 20;
/** A row younger than this is still the fast path's to start. */
const RELAY_AFTER_MS = 1000;
/** Fast-path starts are marked in the outbox together, this often: well inside the relay's 1 s before it looks at a row. */
const DISPATCH_MARK_INTERVAL_MS = 250;

/** Starts lead workflows and talks to them; the outbox makes sure none is ever missed. */
@Injectable()
export class LeadWorkflows implements OnApplicationBootstrap, OnApplicationShutdown {
  private connection: Connection | null = null;
  private client: Client | null = null;
  private relayTimer: NodeJS.Timeout | null = null;
  private relaying: Promise<number> | null = null;
  private stopping = false;
  private fastPathPausedUntil = 0;
  /** A readiness probe every few seconds logs a lasting outage once; a success re-arms it. */
  private failureReported = false;
  private startedLeads: string[] = [];
  private markTimer: NodeJS.Timeout | null = null;
  private marking: Promise<void> = Promise.resolve();
  private readonly leads: LeadStore;

  constructor(
    @Inject(CONFIG) private readonly config: LeadOpsConfig,
    @Inject(DataSource) db: DataSource,
  ) {
    this.leads = new LeadStore(db);
  }

  async onApplicationBootstrap() {
    // The API starts even when Temporal is down: leads wait in the outbox until it is back.
    await this.connect().catch((e) => this.reportConnectionFailure(e));
    this.relayTimer = setInterval(() => void this.relayOutbox(), 2000);
  }

  async onApplicationShutdown() {
    this.stopping = true;
    if (this.relayTimer) clearInterval(this.relayTimer);
    await this.relaying; // let a relay pass in flight finish before the database goes away
    await this.markStartedLeads();
    await this.connection?.close().catch(() => undefined);
  }

  private async connect(): Promise<Client> {
    if (this.client) return this.client;
    const connection = Connection.lazy({ ...temporalConnectionOptions(this.config.temporal), connectTimeout: 3000 });
    // Closed on failure: a channel left behind would retry (e.g. a refused TLS handshake) for the life of the process.
    await connection.ensureConnected().catch(async (error: unknown) => {
      await connection.close().catch(() => undefined);
      throw error;
    });
    this.connection = connection;
    this.client = new Client({ connection, namespace: this.config.temporal.namespace, dataConverter: leadDataConverter(this.config.temporal.payloadEncryption) });
    return this.client;
  }

  async reachable(): Promise<boolean> {
    try {
      const client = await this.connect();
      await client.workflowService.getSystemInfo({});
      this.failureReported = false;
      return true;
    } catch (error) {
      await this.reportConnectionFailure(error);
      return false;
    }
  }

  /** Says why Temporal cannot be reached (e.g. which TLS setting to check), once until it answers again. */
  private async reportConnectionFailure(error: unknown): Promise<void> {
    if (this.failureReported) return;
    this.failureReported = true;
    console.warn(`[api] ${await describeTemporalConnectionFailure(this.config.temporal, error)}; leads wait in the outbox until it answers`);
  }

  /**
   * Starts the lead's workflow; the id derives from the lead, so a second start is a no-op. Gives up after
   * START_DEADLINE_MS: with Temporal down the client would retry for many seconds, and the lead is safe in the outbox.
   */
  async start(leadId: string): Promise<void> {
    const client = await this.connect();
    try {
      await this.within(START_DEADLINE_MS, () =>
        client.workflow.start(LEAD_WORKFLOW_TYPE, {
          taskQueue: this.config.temporal.taskQueue,
          workflowId: leadWorkflowId(leadId),
          // One workflow per lead for life: a late start from the outbox must not run a finished lead a second time.
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
          args: [{ leadId, timeScale: this.config.slaTimeScale } satisfies LeadWorkflowInput],
        }),
      );
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  }

  /**
   * Fast path after a commit (createLead, imports): start at once and mark the outbox row; on failure the relay retries.
   * After a failure the fast path rests for a few seconds, so during an outage each caller moves on at once instead of
   * waiting out a deadline. False when the start was left to the relay.
   */
  async startFromOutbox(leadId: string): Promise<boolean> {
    if (Date.now() < this.fastPathPausedUntil) return false;
    try {
      await this.start(leadId);
      this.startedLeads.push(leadId);
      this.markTimer ??= setTimeout(() => void this.markStartedLeads(), DISPATCH_MARK_INTERVAL_MS);
      return true;
    } catch (error) {
      this.fastPathPausedUntil = Date.now() + FAST_PATH_PAUSE_MS;
      console.warn(`[api] workflow start for lead ${leadId} deferred to the outbox relay: ${redactLeadData((error as Error).message)}`);
      return false;
    }
  }

  /**
   * Marks the leads the fast path started since the last mark, in one statement (it was one transaction per lead). If it
   * fails, the relay finds their rows, starts each again (a no-op: the workflow id is taken) and marks them itself.
   */
  private markStartedLeads(): Promise<void> {
    if (this.markTimer) clearTimeout(this.markTimer);
    this.markTimer = null;
    const leadIds = this.startedLeads.splice(0);
    if (leadIds.length === 0) return this.marking;
    this.marking = this.marking.then(() =>
      this.leads.markStartedLeadsDispatched(leadIds).catch((error) => console.warn(`[api] outbox mark of ${leadIds.length} started leads: ${redactLeadData((error as Error).message)}`)),
    );
    return this.marking;
  }

  /** Starts the workflows of leads whose fast-path start failed (Temporal was down); one pass at a time. */
  async relayOutbox(): Promise<number> {
    if (this.relaying || this.stopping) return 0;
    this.relaying = this.relayPass().finally(() => {
      this.relaying = null;
    });
    return this.relaying;
  }

  private async relayPass(): Promise<number> {
    let started = 0;
    try {
      // Rows another replica's relay holds are skipped, not waited for: each row is started by one relay only.
      while (!this.stopping) {
        const { dispatched, failed } = await this.leads.dispatchOutbox(RELAY_BATCH, RELAY_AFTER_MS, (row) => this.start(row.leadId));
        started += dispatched;
        if (dispatched > 0) this.fastPathPausedUntil = 0; // Temporal answers again
        if (failed > 0 || dispatched < RELAY_BATCH) break; // Temporal is down (try again on the next tick), or nothing more waits
      }
    } catch (error) {
      if (!this.stopping) console.warn(`[api] outbox relay: ${redactLeadData((error as Error).message)}`);
    }
    return started;
  }

  /**
   * Ends and deletes every workflow of these leads (the lead's own and its webhook deliveries): their histories hold
   * the person's data (sealed, but theirs). A running execution is terminated first; the history service removes
   * each execution shortly after the call (a closed one within about a minute, once its visibility record is final).
   * Answers how many executions were asked to go.
   */
  async deleteLeadWorkflows(leadIds: string[]): Promise<number> {
    const client = await this.connect();
    const namespace = this.config.temporal.namespace;
    const ids: string[] = [];
    for (const leadId of leadIds) {
      ids.push(leadWorkflowId(leadId));
      for await (const execution of client.workflow.list({ query: `WorkflowId STARTS_WITH "webhook-${leadId}-"` })) ids.push(execution.workflowId);
    }
    let requested = 0;
    for (const workflowId of ids) {
      await client.workflowService.deleteWorkflowExecution({ namespace, workflowExecution: { workflowId } }).then(
        () => requested++,
        (error: { code?: number }) => {
          if (error?.code !== 5) throw error; // 5: not found (never started, or gone already)
        },
      );
    }
    return requested;
  }

  /** Starts one outgoing-webhook delivery from the API (events with no lead workflow to send them: lead.erased). */
  async startWebhookDelivery(input: WebhookDeliveryInput): Promise<void> {
    const client = await this.connect();
    await client.workflow.start('webhookDeliveryWorkflow', { // by name: the API never loads workflow code
      taskQueue: this.config.temporal.taskQueue,
      workflowId: `webhook-${input.event}-${input.leadId}-${input.subscriptionId}`,
      args: [input],
    }).catch((error) => {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    });
  }

  /** Tells the lead's workflow; a Temporal outage answers UNAVAILABLE within seconds instead of hanging the request. */
  async signal<T extends unknown[]>(leadId: string, signal: import('@temporalio/client').SignalDefinition<T>, ...args: T): Promise<void> {
    try {
      const client = await this.connect();
      await this.within(SIGNAL_DEADLINE_MS, () => client.workflow.getHandle(leadWorkflowId(leadId)).signal(signal, ...args));
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw new LeadOpsError('CONFLICT', 'This lead has no running workflow any more (it was closed or merged)');
      throw new LeadOpsError('UNAVAILABLE', 'The workflow service is not reachable right now: try again in a moment');
    }
  }

  async query<T>(leadId: string, query: import('@temporalio/client').QueryDefinition<T>): Promise<T | null> {
    try {
      const client = await this.connect();
      return await this.within(QUERY_DEADLINE_MS, () => client.workflow.getHandle(leadWorkflowId(leadId)).query(query));
    } catch {
      return null;
    }
  }

  /** One call to Temporal that gives up after `ms` (the client would otherwise retry an outage for many seconds). */
  private within<T>(ms: number, call: () => Promise<T>): Promise<T> {
    return this.connection!.withDeadline(Date.now() + ms, call);
  }

  temporalUrl(leadId: string): string {
    return `${this.config.temporal.uiUrl.replace(/\/$/, '')}/namespaces/${encodeURIComponent(this.config.temporal.namespace)}/workflows/${encodeURIComponent(leadWorkflowId(leadId))}`;
  }
}

@Global()
@Module({ providers: [LeadWorkflows], exports: [LeadWorkflows], controllers: [TemporalCodecController] })
export class TemporalModule {}
