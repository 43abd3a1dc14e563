// The nightly retention run as a Temporal Schedule (apps/worker/src/schedules.ts).
import type { LeadOpsConfig } from '@leadops/config';
import type { RetentionInput } from '@leadops/workflows';
import { keepSchedule, type ScheduleState } from './schedules';

/** One schedule per deployment (task queue), so test stacks and side-by-side installs keep out of each other's way. */
export const retentionScheduleId = (taskQueue: string) => `retention-${taskQueue}`;

/** 09:15 UTC: the small hours in Mexico City (03:15) and São Paulo (06:15), where the sales teams are asleep. */
const NIGHTLY = { hour: 9, minute: 15 } as const;

/** Created, updated to the retention period, or deleted when retention is off (RETENTION_CLOSED_LEAD_DAYS=0). */
export function keepRetentionSchedule(config: LeadOpsConfig): Promise<ScheduleState> {
  const days = config.retention.closedLeadDays;
  return keepSchedule(config, retentionScheduleId(config.temporal.taskQueue), days === 0 ? null : {
    workflowType: 'retentionWorkflow', args: [{ closedLeadDays: days } satisfies RetentionInput], spec: { calendars: [NIGHTLY] }, catchupWindow: '1 day',
  });
}
