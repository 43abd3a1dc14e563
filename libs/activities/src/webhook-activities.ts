import { Context } from '@temporalio/activity';
import type { DataSource } from 'typeorm';
import { LeadStore, signPayload, SIGNATURE_HEADER, TIMESTAMP_HEADER, WebhookDeliveryStore } from '@leadops/persistence';
import type { WebhookActivities } from '@leadops/workflows';

const DELIVERY_TIMEOUT_MS = 10_000;

/** Outgoing webhooks: signed like the inbound ones (HMAC-SHA256 of "<timestamp>.<body>"), every attempt logged. */
export function createWebhookActivities(db: DataSource, fetchImpl: typeof fetch = fetch): WebhookActivities {
  const deliveries = new WebhookDeliveryStore(db);
  const leads = new LeadStore(db);
  return {
    async webhookSubscribers({ events }) {
      return deliveries.subscribersOf(events);
    },

    async deliverWebhook({ subscriptionId, event, leadId, occurredAt, deliveryKey }) {
      if (await deliveries.delivered(deliveryKey)) return;
      const target = (await deliveries.targetsFor(event)).find((t) => t.id === subscriptionId);
      if (!target) return; // deleted or unsubscribed since: nothing to deliver
      const lead = await leads.findLead(leadId);
      const body = JSON.stringify({
        event, occurredAt, deliveryKey,
        lead: lead && {
          id: lead.id, fullName: lead.fullName, email: lead.email, companyName: lead.companyName, status: lead.status, stage: lead.stage,
          priority: lead.priority, ownerId: lead.ownerId, slaDueAt: lead.slaDueAt, slaState: lead.slaState, outcome: lead.outcome,
        },
      });
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
