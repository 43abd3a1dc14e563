// The re-route sweep as a Temporal Schedule (apps/worker/src/schedules.ts): every REROUTE_SWEEP_MINUTES, the leads of
// reps inactive or away longer than REROUTE_OUT_OF_OFFICE_HOURS go back to routing (libs/workflows/src/reroute.workflow.ts).
import type { LeadOpsConfig } from '@leadops/config';
import { REROUTE_SWEEP_WORKFLOW_TYPE, type RerouteSweepInput } from '@leadops/workflows';
import { keepSchedule, type ScheduleState } from './schedules';

export const rerouteSweepScheduleId = (taskQueue: string) => `reroute-sweep-${taskQueue}`;

export function keepRerouteSweepSchedule(config: LeadOpsConfig): Promise<ScheduleState> {
  const { sweepMinutes, outOfOfficeHours } = config.reroute;
  return keepSchedule(config, rerouteSweepScheduleId(config.temporal.taskQueue), sweepMinutes === 0 ? null : {
    workflowType: REROUTE_SWEEP_WORKFLOW_TYPE,
    args: [{ minOutOfOfficeHours: outOfOfficeHours } satisfies RerouteSweepInput],
    spec: { intervals: [{ every: `${sweepMinutes} minutes` }] },
    // A sweep missed during an outage is worth one run when the cluster is back, not one per missed interval.
    catchupWindow: `${sweepMinutes} minutes` as const,
  });
}
