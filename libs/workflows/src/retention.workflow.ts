// Retention, run nightly by a Temporal Schedule (apps/worker/src/retention-schedule.ts): anonymises closed leads past
// the retention period, batch after batch, until none is left.
import { continueAsNew, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { RetentionActivities, RetentionInput } from './activity-types';

/** One transaction each: small enough not to hold locks long, large enough that years of leads take minutes. */
const BATCH_SIZE = 500;

const { anonymiseClosedLeads } = proxyActivities<RetentionActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/** Answers how many leads this run anonymised (a run continued-as-new counts from its own start). */
export async function retentionWorkflow(input: RetentionInput): Promise<number> {
  let anonymised = 0;
  for (;;) {
    const batch = await anonymiseClosedLeads({ closedLeadDays: input.closedLeadDays, batchSize: BATCH_SIZE });
    anonymised += batch;
    if (batch < BATCH_SIZE) return anonymised;
    if (workflowInfo().continueAsNewSuggested) await continueAsNew<typeof retentionWorkflow>(input);
  }
}
