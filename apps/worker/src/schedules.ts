// The worker's Temporal Schedules (retention, the re-route sweep): Temporal starts each on time whichever worker is up,
// never two at once, and catches an outage up once when the cluster comes back.
import { Client, Connection, ScheduleAlreadyRunning, ScheduleNotFoundError, type ScheduleOptionsAction, type ScheduleSpec } from '@temporalio/client';
import type { Duration } from '@temporalio/common';
import { leadDataConverter, temporalConnectionOptions, type LeadOpsConfig } from '@leadops/config';

export type ScheduleState = 'created' | 'updated' | 'deleted' | 'off';

/**
 * Makes one schedule match the settings: created if missing, updated if it differs, deleted when `wanted` is null (the
 * setting turned it off). Every worker calls it at start; whichever comes last agrees with the others, as they share the
 * settings. The workflow id is the schedule id, so a run still going when the next is due is skipped, not doubled.
 */
export async function keepSchedule(
  config: LeadOpsConfig,
  scheduleId: string,
  wanted: { workflowType: string; args: unknown[]; spec: ScheduleSpec; catchupWindow: Duration } | null,
): Promise<ScheduleState> {
  const connection = await Connection.connect(temporalConnectionOptions(config.temporal));
  try {
    const client = new Client({ connection, namespace: config.temporal.namespace, dataConverter: leadDataConverter(config.temporal.payloadEncryption) });
    const handle = client.schedule.getHandle(scheduleId);
    if (wanted === null) {
      return await handle.delete().then(() => 'deleted' as const, (error: unknown) => {
        if (error instanceof ScheduleNotFoundError) return 'off' as const;
        throw error;
      });
    }
    const action: ScheduleOptionsAction = {
      type: 'startWorkflow', workflowType: wanted.workflowType, workflowId: scheduleId, taskQueue: config.temporal.taskQueue, args: wanted.args,
    };
    try {
      await client.schedule.create({ scheduleId, spec: wanted.spec, action, policies: { overlap: 'SKIP', catchupWindow: wanted.catchupWindow } });
      return 'created';
    } catch (error) {
      if (!(error instanceof ScheduleAlreadyRunning)) throw error;
      await handle.update((previous) => ({ ...previous, spec: wanted.spec, action }));
      return 'updated';
    }
  } finally {
    await connection.close();
  }
}
