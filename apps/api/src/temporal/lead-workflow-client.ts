import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import {
  ApplicationFailure, Client, Connection, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, WorkflowUpdateFailedError, WorkflowUpdateStage,
  type QueryDefinition, type SignalDefinition, type UpdateDefinition,
} from '@temporalio/client';
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry/lib/client';
import { describeTemporalConnectionFailure, leadDataConverter, temporalConnectionOptions, type LeadOpsConfig } from '@leadops/config';
import {
  LEAD_WORKFLOW_TYPE, REROUTE_REP_LEADS_WORKFLOW_TYPE, leadWorkflowId, rerouteRepLeadsWorkflowId,
  type LeadUpdateRefusal, type LeadWorkflowInput, type RerouteRepLeadsInput, type WebhookDeliveryInput,
} from '@leadops/workflows';
import { CONFIG } from '../core/core.module';
import { LeadOpsError } from '../core/errors';

/** A healthy server starts a workflow in milliseconds; past this, the outbox relay takes over and the caller moves on. */
export const START_DEADLINE_MS = 2000;
const QUERY_DEADLINE_MS = 2000;
const SIGNAL_DEADLINE_MS = 5000;
/** A worker takes an update in milliseconds; past this the worker is down or busy, and the caller hears so. */
const UPDATE_ACCEPT_DEADLINE_MS = 5000;
/** Applying it is a few local activities; past this, the change is on its way and the caller is not kept waiting. */
const UPDATE_RESULT_DEADLINE_MS = 10_000;

/** How each refusal of the lead workflow reads to the API's caller. */
const REFUSAL_CODES: Record<LeadUpdateRefusal, 'CONFLICT' | 'FORBIDDEN' | 'BAD_USER_INPUT'> = {
  LEAD_CLOSED: 'CONFLICT', NOT_OWNER: 'FORBIDDEN', REASON_REQUIRED: 'BAD_USER_INPUT', BAD_VALUE: 'BAD_USER_INPUT',
};
const REFUSAL_FIELDS: Partial<Record<LeadUpdateRefusal, string>> = { REASON_REQUIRED: 'reason' };

/** What an update to a lead's workflow came to: applied (with the workflow's state after it) or still on its way. */
export type LeadUpdateOutcome<T> = { applied: true; result: T } | { applied: false };

/**
 * The API's Temporal client: starts a lead's workflow, signals and queries it, each call within a deadline so an
 * outage answers in seconds. Connects lazily: the API starts (and takes leads into the outbox) while Temporal is down.
 */
@Injectable()
export class LeadWorkflowClient implements OnApplicationShutdown {
  private connection: Connection | null = null;
  private client: Client | null = null;
  /** A readiness probe every few seconds logs a lasting outage once; a success re-arms it. */
  private failureReported = false;

  constructor(@Inject(CONFIG) private readonly config: LeadOpsConfig) {}

  async onApplicationShutdown() {
    await this.connection?.close().catch(() => undefined);
  }

  /** Connects now, or says why not (once) and leaves it to the next call. */
  async connectOrReport(): Promise<void> {
    await this.connect().catch((e) => this.reportConnectionFailure(e));
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
    this.client = new Client({
      connection, namespace: this.config.temporal.namespace, dataConverter: leadDataConverter(this.config.temporal.payloadEncryption),
      // Puts the caller's trace context in the workflow's headers, so the lead's triage joins the createLead trace.
      interceptors: { workflow: [new OpenTelemetryWorkflowClientInterceptor()] },
    });
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

  /**
   * Starts the re-route of a rep's uncontacted leads (deactivated, or away for long). One per rep at a time: while one
   * runs, a second change joins it (it reads the rep and their leads when it runs). UNAVAILABLE when Temporal is down.
   */
  async startRepReroute(input: RerouteRepLeadsInput): Promise<void> {
    try {
      const client = await this.connect();
      await this.within(START_DEADLINE_MS, () =>
        client.workflow.start(REROUTE_REP_LEADS_WORKFLOW_TYPE, { // by name: the API never loads workflow code
          taskQueue: this.config.temporal.taskQueue, workflowId: rerouteRepLeadsWorkflowId(input.repId), workflowIdReusePolicy: 'ALLOW_DUPLICATE', args: [input],
        }),
      );
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return;
      throw new LeadOpsError('UNAVAILABLE', 'The change is saved, but re-routing this rep\'s leads could not start (the workflow service is not reachable): save again in a moment');
    }
  }

  /**
   * Starts a scoring workflow (training, or the re-score after a rollback) by name; one of each kind per deployment at a
   * time, so a second click joins the run under way. UNAVAILABLE when Temporal is down.
   */
  async startScoringWorkflow(workflowType: string, workflowId: string, input: unknown): Promise<string> {
    try {
      const client = await this.connect();
      await this.within(START_DEADLINE_MS, () =>
        client.workflow.start(workflowType, { taskQueue: this.config.temporal.taskQueue, workflowId, workflowIdReusePolicy: 'ALLOW_DUPLICATE', args: [input] }),
      );
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) {
        throw new LeadOpsError('UNAVAILABLE', 'The scoring run could not start (the workflow service is not reachable): try again in a moment');
      }
    }
    return workflowId;
  }

  /** Tells the lead's workflow; a Temporal outage answers UNAVAILABLE within seconds instead of hanging the request. */
  async signal<T extends unknown[]>(leadId: string, signal: SignalDefinition<T>, ...args: T): Promise<void> {
    try {
      const client = await this.connect();
      await this.within(SIGNAL_DEADLINE_MS, () => client.workflow.getHandle(leadWorkflowId(leadId)).signal(signal, ...args));
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw new LeadOpsError('CONFLICT', 'This lead has no running workflow any more (it was closed or merged)');
      throw new LeadOpsError('UNAVAILABLE', 'The workflow service is not reachable right now: try again in a moment');
    }
  }

  /**
   * Asks the lead's workflow to do something and waits until it has (a rep's or ops' action: contact, close, reassign,
   * reclassify). The workflow's validator may refuse: the refusal comes back as the matching API error. A worker that
   * does not take the update within seconds answers UNAVAILABLE (nothing was changed); one that took it but is slow
   * to finish answers `applied: false`, and the change lands shortly (the console hears it on the live stream).
   */
  async update<T, A extends unknown[]>(leadId: string, update: UpdateDefinition<T, A>, ...args: A): Promise<LeadUpdateOutcome<T>> {
    const accepted = await this.connect()
      .then((client) => this.within(UPDATE_ACCEPT_DEADLINE_MS, () =>
        // The SDK's overloads tell updates with and without arguments apart; A covers both, so it is widened here.
        client.workflow.getHandle(leadWorkflowId(leadId)).startUpdate(update as unknown as UpdateDefinition<T, [unknown]>, {
          args: args as unknown as [unknown], waitForStage: WorkflowUpdateStage.ACCEPTED,
        }),
      ))
      .catch((error: unknown) => {
        throw this.updateError(error);
      });
    try {
      return { applied: true, result: await this.within(UPDATE_RESULT_DEADLINE_MS, () => accepted.result()) };
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError) throw this.updateError(error);
      return { applied: false };
    }
  }

  private updateError(error: unknown): LeadOpsError {
    if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
      const refusal = error.cause.type as LeadUpdateRefusal;
      const code = REFUSAL_CODES[refusal];
      if (code) return new LeadOpsError(code, error.cause.message, REFUSAL_FIELDS[refusal]);
    }
    if (error instanceof WorkflowUpdateFailedError) return new LeadOpsError('CONFLICT', `The lead's workflow could not do this: ${error.cause?.message ?? error.message}`);
    if (error instanceof WorkflowNotFoundError) return new LeadOpsError('CONFLICT', 'This lead has no running workflow any more (it was closed or merged)');
    return new LeadOpsError('UNAVAILABLE', 'The lead\'s workflow is not answering right now (workers down or busy): nothing was changed; try again in a moment');
  }

  async query<T>(leadId: string, query: QueryDefinition<T>): Promise<T | null> {
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
