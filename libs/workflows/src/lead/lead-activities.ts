// The activities as the lead workflow calls them.
import { proxyLocalActivities } from '@temporalio/workflow';
import type { LeadActivities, WebhookActivities } from '../activity-types';

const RETRY = { initialInterval: '200 ms', backoffCoefficient: 2, maximumInterval: '30 seconds' } as const;

// Every lead activity is a few SQL statements or one e-mail, so all run as local activities: a lead's arrival (dedupe,
// classify, assign, owner e-mail, classification e-mail) is one workflow task and one server round trip instead of one
// per step, which is what lets a single Temporal server carry dozens of leads a second. Each is idempotent by key, as a
// crash re-runs whatever had no marker yet. The model's deadline is capped at 10 s, so 15 s covers classification too;
// longer outages (SMTP down) back off on workflow timers, as Temporal does for local activities past a minute.
export const leadActivities = proxyLocalActivities<LeadActivities>({
  startToCloseTimeout: '15 seconds',
  retry: RETRY,
});

export const { webhookSubscribers } = proxyLocalActivities<WebhookActivities>({ startToCloseTimeout: '5 seconds' });
