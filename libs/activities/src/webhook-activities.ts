import { Context } from '@temporalio/activity';
import type { DataSource } from 'typeorm';
import { signPayload, SIGNATURE_HEADER, TIMESTAMP_HEADER, WebhookDeliveryStore } from '@leadops/persistence';
import type { WebhookActivities } from '@leadops/workflows';

const DELIVERY_TIMEOUT_MS = 10_000;

/** Outgoing webhooks: signed like the inbound ones (HMAC-SHA256 of "<timestamp>.<body>"), every attempt logged. */
export function createWebhookActivities(db: DataSource, fetchImpl: typeof fetch = fetch): WebhookActivities {
  const deliveries = new WebhookDeliveryStore(db);
  return {
    async webhookSubscribers({ events }) {
      return deliveries.subscribersOf(events);
    },

    async deliverWebhook({ subscriptionId, event, leadId, occurredAt, deliveryKey }) {
      const { delivered, target, lead } = await deliveries.deliveryContext({ deliveryKey, subscriptionId, event, leadId });
      if (delivered) return;
      if (!target) return; // deleted or unsubscribed since: nothing to deliver
      const body = JSON.stringify({ event, occurredAt, deliveryKey, lead });
      const timestamp = Math.floor(Date.now() / 1000);
      const attempt = Context.current().info.attempt;
      const started = Date.now();
      let statusCode: number | null = null;
      let error: string | null = null;
      try {
        const res = await fetchImpl(target.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json', [TIMESTAMP_HEADER]: String(timestamp),
            [SIGNATURE_HEADER]: signPayload(target.secret, timestamp, body), 'idempotency-key': deliveryKey, 'user-agent': 'LeadOps-Webhooks/1',
          },
          body,
          signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
        });
        statusCode = res.status;
        if (!res.ok) error = `HTTP ${res.status}`;
      } catch (e) {
        error = (e as Error).message;
      }
      await deliveries.recordAttempt({ subscriptionId, event, leadId, deliveryKey, attempt, statusCode, ok: error === null, error, durationMs: Date.now() - started });
      if (error) throw new Error(`webhook ${event} to ${target.url}: ${error}`);
    },
  };
}
