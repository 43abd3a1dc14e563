import { ApplicationFailure, Context } from '@temporalio/activity';
import type { DataSource } from 'typeorm';
import { signPayload, SIGNATURE_HEADER, TIMESTAMP_HEADER, WebhookDeliveryStore } from '@leadops/persistence';
import type { WebhookActivities } from '@leadops/workflows';
import { guardedLookup, openSecret, RefusedDestinationError, type AllowedNetwork, type PayloadEncryptionSettings } from '@leadops/config';
import { postWebhook } from './webhook-post';

const DELIVERY_TIMEOUT_MS = 10_000;

export interface WebhookDeliveryPolicy {
  /** Private networks a target may resolve to (WEBHOOK_ALLOWED_PRIVATE_CIDRS); everything else must be public. */
  allowedPrivateNetworks: AllowedNetwork[];
  httpsOnly: boolean;
  /** Opens the subscriptions' signing secrets, stored sealed. */
  secretKeys: PayloadEncryptionSettings;
}

/**
 * Outgoing webhooks: signed like the inbound ones (HMAC-SHA256 of "<timestamp>.<body>"), every attempt logged. A
 * subscription's URL is whatever sales ops typed: each delivery resolves it again and refuses loopback, private,
 * link-local (cloud metadata) and other non-public addresses, so a webhook cannot be aimed at the inside.
 */
export function createWebhookActivities(db: DataSource, policy: WebhookDeliveryPolicy): WebhookActivities {
  const deliveries = new WebhookDeliveryStore(db);
  const lookup = guardedLookup(policy.allowedPrivateNetworks);
  return {
    async webhookSubscribers({ events }) {
      return deliveries.subscribersOf(events);
    },

    async deliverWebhook({ subscriptionId, event, leadId, occurredAt, deliveryKey }) {
      const { delivered, target, lead } = await deliveries.deliveryContext({ deliveryKey, subscriptionId, event, leadId });
      if (delivered) return;
      if (!target) return; // deleted or unsubscribed since: nothing to deliver
      // lead.erased carries the id alone: the person's data is gone, the receiver erases its copy by id.
      const body = JSON.stringify({ event, occurredAt, deliveryKey, leadId, lead: event === 'lead.erased' ? null : lead });
      const timestamp = Math.floor(Date.now() / 1000);
      const attempt = Context.current().info.attempt;
      const started = Date.now();
      let statusCode: number | null = null;
      let error: string | null = null;
      let refused = false;
      try {
        const headers = {
          'content-type': 'application/json', [TIMESTAMP_HEADER]: String(timestamp),
          [SIGNATURE_HEADER]: signPayload(openSecret(target.secret, policy.secretKeys), timestamp, body), 'idempotency-key': deliveryKey, 'user-agent': 'LeadOps-Webhooks/1',
        };
        statusCode = await postWebhook(target.url, headers, body, { timeoutMs: DELIVERY_TIMEOUT_MS, lookup, allowedPrivateNetworks: policy.allowedPrivateNetworks, httpsOnly: policy.httpsOnly });
        if (statusCode < 200 || statusCode > 299) error = `HTTP ${statusCode}`;
      } catch (e) {
        error = (e as Error).message;
        refused = e instanceof RefusedDestinationError;
      }
      await deliveries.recordAttempt({ subscriptionId, event, leadId, deliveryKey, attempt, statusCode, ok: error === null, error, durationMs: Date.now() - started });
      // A refused destination stays refused: no retries knocking at it for hours.
      if (refused) throw ApplicationFailure.nonRetryable(`webhook ${event} to ${target.url}: ${error}`, 'RefusedDestination');
      if (error) throw new Error(`webhook ${event} to ${target.url}: ${error}`);
    },
  };
}
