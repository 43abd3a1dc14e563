// The nightly retention run as a Temporal Schedule: Temporal starts it on time whichever worker is up, never two at once,
// and an outage is caught up once when the cluster comes back.
import { Client, Connection, ScheduleAlreadyRunning, ScheduleNotFoundError, type ScheduleOptionsAction } from '@temporalio/client';
import { leadDataConverter, temporalConnectionOptions, type LeadOpsConfig } from '@leadops/config';
import type { RetentionInput } from '@leadops/workflows';

/** One schedule per deployment (task queue), so test stacks and side-by-side installs keep out of each other's way. */
export const retentionScheduleId = (taskQueue: string) => `retention-${taskQueue}`;

/** 09:15 UTC: the small hours in Mexico City (03:15) and São Paulo (06:15), where the sales teams are asleep. */
const NIGHTLY = { hour: 9, minute: 15 } as const;

/**
 * Makes the schedule match the settings: created if missing, updated if the retention period changed, deleted when
 * retention is off (RETENTION_CLOSED_LEAD_DAYS=0). Every worker calls it at start; whichever comes last agrees with the
 * others, as they share the settings.
 */
export async function keepRetentionSchedule(config: LeadOpsConfig): Promise<'created' | 'updated' | 'deleted' | 'off'> {
  const connection = await Connection.connect(temporalConnectionOptions(config.temporal));
  try {
    const client = new Client({ connection, namespace: config.temporal.namespace, dataConverter: leadDataConverter(config.temporal.payloadEncryption) });
    const scheduleId = retentionScheduleId(config.temporal.taskQueue);
    const handle = client.schedule.getHandle(scheduleId);
    const days = config.retention.closedLeadDays;
    if (days === 0) {
      return await handle.delete().then(() => 'deleted' as const, (error: unknown) => {
        if (error instanceof ScheduleNotFoundError) return 'off' as const;
        throw error;
      });
    }
    const action: ScheduleOptionsAction = {
      type: 'startWorkflow',
      workflowType: 'retentionWorkflow',
      workflowId: scheduleId,
      taskQueue: config.temporal.taskQueue,
      args: [{ closedLeadDays: days } satisfies RetentionInput],
    };
    const spec = { calendars: [NIGHTLY] };
    try {
      await client.schedule.create({ scheduleId, spec, action, policies: { overlap: 'SKIP', catchupWindow: '1 day' } });
      return 'created';
    } catch (error) {
      if (!(error instanceof ScheduleAlreadyRunning)) throw error;
      await handle.update((previous) => ({ ...previous, spec, action }));
      return 'updated';
    }
  } finally {
    await connection.close();
  }
}
