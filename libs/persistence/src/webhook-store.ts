import type { DataSource, EntityManager } from 'typeorm';

/** Lead events a subscriber can ask for; the worker emits them as the workflow moves. */
export const WEBHOOK_EVENTS = ['lead.created', 'lead.classified', 'lead.assigned', 'lead.sla_breached', 'lead.contacted', 'lead.closed', 'lead.erased'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export interface WebhookSubscription {
  id: string;
  url: string;
  events: WebhookEvent[];
  active: boolean;
  createdBy: string | null;
  createdAt: Date;
}

/** The lead as an outgoing webhook's payload shows it. */
export interface DeliveredLead {
  id: string;
  fullName: string;
  email: string;
  companyName: string | null;
  status: string;
  stage: string | null;
  priority: string | null;
  ownerId: string | null;
  slaDueAt: Date | null;
  slaState: string;
  outcome: string | null;
}

/** What the worker needs to deliver: the subscription with its signing secret. */
export interface WebhookTarget extends WebhookSubscription {
  secret: string;
}

export interface DeliveryAttempt {
  subscriptionId: string;
  event: string;
  leadId: string | null;
  /** Same for every attempt of one event to one subscriber, e.g. `${event}:${leadId}:${subscriptionId}`. */
  deliveryKey: string;
  attempt: number;
  statusCode: number | null;
  ok: boolean;
  error?: string | null;
  durationMs?: number | null;
}

export interface DeliveryRecord extends DeliveryAttempt {
  id: string;
  at: Date;
}

const SUBSCRIPTION_COLUMNS = 'id, url, events, active, created_by AS "createdBy", created_at AS "createdAt"';

/** Subscriptions sales ops manage (secrets go in, never come out). */
export class WebhookSubscriptionStore {
  constructor(private readonly db: DataSource) {}

  /** One transaction in which subscriptions are created one at a time (the count and the insert see the same list). */
  lockedTransaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('webhook_subscriptions'))`);
      return work(tx);
    });
  }

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async countLive(manager: EntityManager = this.db.manager): Promise<number> {
    const [{ n }] = await manager.query('SELECT count(*)::int AS n FROM webhook_subscriptions WHERE deleted_at IS NULL');
    return n;
  }

  list(): Promise<WebhookSubscription[]> {
    return this.db.query(`SELECT ${SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions WHERE deleted_at IS NULL ORDER BY created_at, id`);
  }

  async find(id: string, manager: EntityManager = this.db.manager): Promise<WebhookSubscription | null> {
    const rows = await manager.query(`SELECT ${SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions WHERE id = $1 AND deleted_at IS NULL`, [id]);
    return rows[0] ?? null;
  }

  async create(input: { url: string; events: string[]; secret: string; createdBy: string | null }, manager: EntityManager = this.db.manager): Promise<WebhookSubscription> {
    const [row] = await manager.query(
      `INSERT INTO webhook_subscriptions (url, events, secret, created_by) VALUES ($1, $2, $3, $4) RETURNING ${SUBSCRIPTION_COLUMNS}`,
      [input.url, input.events, input.secret, input.createdBy],
    );
    return row;
  }

  /** Soft delete: the delivery log keeps pointing at it, deliveries stop. */
  async delete(id: string, manager: EntityManager = this.db.manager): Promise<boolean> {
    const [, count] = await manager.query('UPDATE webhook_subscriptions SET deleted_at = now(), active = false WHERE id = $1 AND deleted_at IS NULL', [id]);
    return count > 0;
  }
}

/** The worker's side: who wants an event, and a log of every delivery attempt. */
export class WebhookDeliveryStore {
  constructor(private readonly db: DataSource) {}

  /** Live subscriptions to one event, with their secrets, for signing. */
  targetsFor(event: string): Promise<WebhookTarget[]> {
    return this.db.query(
      `SELECT ${SUBSCRIPTION_COLUMNS}, secret FROM webhook_subscriptions WHERE deleted_at IS NULL AND active AND events @> ARRAY[$1]::text[] ORDER BY id`,
      [event],
    );
  }

  /** Ids of the live subscriptions to each of these events (events nobody wants are left out). */
  async subscribersOf<E extends string>(events: E[]): Promise<Partial<Record<E, string[]>>> {
    const rows: { event: E; ids: string[] }[] = await this.db.query(
      `SELECT e AS event, array_agg(s.id ORDER BY s.id) AS ids
         FROM webhook_subscriptions s, unnest(s.events) e
        WHERE s.deleted_at IS NULL AND s.active AND e = ANY($1::text[]) GROUP BY e`,
      [events],
    );
    return Object.fromEntries(rows.map((r) => [r.event, r.ids])) as Partial<Record<E, string[]>>;
  }

  /** Records one attempt; recording the same (deliveryKey, attempt) again changes nothing. */
  async recordAttempt(a: DeliveryAttempt): Promise<void> {
    await this.db.query(
      `INSERT INTO webhook_deliveries (subscription_id, event, lead_id, delivery_key, attempt, status_code, ok, error, duration_ms)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (delivery_key, attempt) DO NOTHING`,
      [a.subscriptionId, a.event, a.leadId, a.deliveryKey, a.attempt, a.statusCode, a.ok, a.error?.slice(0, 1000) ?? null, a.durationMs ?? null],
    );
  }

  /**
   * Everything one delivery attempt needs, in one statement: whether the key was delivered already, the live subscription
   * (with its secret) if it still wants the event, and the lead as the payload shows it.
   */
  async deliveryContext(input: { deliveryKey: string; subscriptionId: string; event: string; leadId: string }): Promise<{
    delivered: boolean;
    target: WebhookTarget | null;
    lead: DeliveredLead | null;
  }> {
    const [row] = await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.delivery_key = $1 AND d.ok) AS delivered,
              s.id AS s_id, s.url, s.events, s.active, s.created_by, s.created_at, s.secret,
              l.id AS l_id, l.full_name, l.email, l.company_name, l.status, l.stage, l.priority, l.owner_id, l.sla_due_at, l.sla_state, l.outcome
         FROM (SELECT 1) one
         LEFT JOIN webhook_subscriptions s ON s.id = $2 AND s.deleted_at IS NULL AND s.active AND s.events @> ARRAY[$3]::text[]
         LEFT JOIN leads l ON l.id = $4`,
      [input.deliveryKey, input.subscriptionId, input.event, input.leadId],
    );
    return {
      delivered: row.delivered,
      target: row.s_id
        ? { id: row.s_id, url: row.url, events: row.events, active: row.active, createdBy: row.created_by, createdAt: row.created_at, secret: row.secret }
        : null,
      lead: row.l_id
        ? {
            id: row.l_id, fullName: row.full_name, email: row.email, companyName: row.company_name, status: row.status, stage: row.stage,
            priority: row.priority, ownerId: row.owner_id, slaDueAt: row.sla_due_at, slaState: row.sla_state, outcome: row.outcome,
          }
        : null,
    };
  }

  /** True once any attempt for the key succeeded, so a retried activity does not deliver twice. */
  async delivered(deliveryKey: string): Promise<boolean> {
    const rows = await this.db.query('SELECT 1 FROM webhook_deliveries WHERE delivery_key = $1 AND ok LIMIT 1', [deliveryKey]);
    return rows.length > 0;
  }

  async attemptsMade(deliveryKey: string): Promise<number> {
    const [{ n }] = await this.db.query('SELECT count(*)::int AS n FROM webhook_deliveries WHERE delivery_key = $1', [deliveryKey]);
    return n;
  }

  recent(subscriptionId: string, limit = 20): Promise<DeliveryRecord[]> {
    return this.db.query(
      `SELECT id, subscription_id AS "subscriptionId", event, lead_id AS "leadId", delivery_key AS "deliveryKey", attempt,
              status_code AS "statusCode", ok, error, duration_ms AS "durationMs", at
         FROM webhook_deliveries WHERE subscription_id = $1 ORDER BY at DESC, id DESC LIMIT $2`,
      [subscriptionId, limit],
    );
  }
}

/** Webhooks received, by (source, idempotency key): a replay answers with the lead the first delivery made. */
export class WebhookReceiptStore {
  constructor(private readonly db: DataSource) {}

  async leadOf(source: string, idempotencyKey: string): Promise<string | null> {
    const [seen] = await this.db.query('SELECT lead_id FROM webhook_receipts WHERE source = $1 AND idempotency_key = $2', [source, idempotencyKey]);
    return seen?.lead_id ?? null;
  }

  async record(source: string, idempotencyKey: string, leadId: string): Promise<void> {
    await this.db.query('INSERT INTO webhook_receipts (source, idempotency_key, lead_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [source, idempotencyKey, leadId]);
  }
}
