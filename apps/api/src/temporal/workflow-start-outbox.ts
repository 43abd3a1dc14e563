import { Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { redactLeadData } from '@leadops/config';
import { LeadStore } from '@leadops/persistence';
import { withTraceCarrier } from '@leadops/tracing';
import { LeadWorkflowClient } from './lead-workflow-client';

const FAST_PATH_PAUSE_MS = 5000;
/** Outbox rows one relay transaction holds while it starts their workflows side by side (each within START_DEADLINE_MS). */
const RELAY_BATCH = 20;
/** A row younger than this is still the fast path's to start. */
const RELAY_AFTER_MS = 1000;
/** Fast-path starts are marked in the outbox together, this often: well inside the relay's 1 s before it looks at a row. */
const DISPATCH_MARK_INTERVAL_MS = 250;
const RELAY_INTERVAL_MS = 2000;

/**
 * Makes sure every stored lead's workflow starts: at once after the commit (the fast path), else from its outbox row
 * (the relay, every 2 s, on every API replica). A crash between commit and start loses no lead.
 */
@Injectable()
export class WorkflowStartOutbox implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private relayTimer: NodeJS.Timeout | null = null;
  private relaying: Promise<number> | null = null;
  private stopping = false;
  private fastPathPausedUntil = 0;
  private startedLeads: string[] = [];
  private markTimer: NodeJS.Timeout | null = null;
  private marking: Promise<void> = Promise.resolve();

  constructor(
    private readonly workflows: LeadWorkflowClient,
    private readonly leads: LeadStore,
  ) {}

  async onApplicationBootstrap() {
    // The API starts even when Temporal is down: leads wait in the outbox until it is back.
    await this.workflows.connectOrReport();
    this.relayTimer = setInterval(() => void this.relayOutbox(), RELAY_INTERVAL_MS);
  }

  /** Before the Temporal connection and the database close: a relay pass in flight finishes, fast-path starts are marked. */
  async beforeApplicationShutdown() {
    this.stopping = true;
    if (this.relayTimer) clearInterval(this.relayTimer);
    await this.relaying;
    await this.markStartedLeads();
  }

  /**
   * Fast path after a commit (createLead, imports): start at once and mark the outbox row; on failure the relay retries.
   * After a failure the fast path rests for a few seconds, so during an outage each caller moves on at once instead of
   * waiting out a deadline. False when the start was left to the relay.
   */
  async startFromOutbox(leadId: string): Promise<boolean> {
    if (Date.now() < this.fastPathPausedUntil) return false;
    try {
      await this.workflows.start(leadId);
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
        const { dispatched, failed } = await this.leads.dispatchOutbox(RELAY_BATCH, RELAY_AFTER_MS, (row) => withTraceCarrier(row.traceContext, () => this.workflows.start(row.leadId)));
        started += dispatched;
        if (dispatched > 0) this.fastPathPausedUntil = 0; // Temporal answers again
        if (failed > 0 || dispatched < RELAY_BATCH) break; // Temporal is down (try again on the next tick), or nothing more waits
      }
    } catch (error) {
      if (!this.stopping) console.warn(`[api] outbox relay: ${redactLeadData((error as Error).message)}`);
    }
    return started;
  }
}
