// Delivers one lead event to one subscriber, retrying with backoff for hours; runs on its own so a slow
// receiver never holds up the lead.
import { proxyActivities } from '@temporalio/workflow';
import type { WebhookActivities, WebhookDeliveryInput } from './activity-types';

const { deliverWebhook } = proxyActivities<WebhookActivities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '30 minutes', maximumAttempts: 15 },
});

export async function webhookDeliveryWorkflow(input: WebhookDeliveryInput): Promise<void> {
  await deliverWebhook(input);
}
