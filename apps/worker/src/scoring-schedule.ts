// The nightly conversion-score training as a Temporal Schedule (apps/worker/src/schedules.ts).
import type { LeadOpsConfig } from '@leadops/config';
import type { TrainScoringInput } from '@leadops/workflows';
import { keepSchedule, type ScheduleState } from './schedules';

/** One schedule per deployment (task queue), like retention's. */
export const scoringScheduleId = (taskQueue: string) => `scoring-${taskQueue}`;

/** 08:30 UTC: after the day's outcomes are in across the Americas, before retention at 09:15. */
const NIGHTLY = { hour: 8, minute: 30 } as const;

/** Created, updated, or deleted when nightly training is off (SCORING_SCHEDULE=off). */
export function keepScoringSchedule(config: LeadOpsConfig): Promise<ScheduleState> {
  return keepSchedule(config, scoringScheduleId(config.temporal.taskQueue), config.scoring.nightly ? {
    workflowType: 'trainScoringModelWorkflow', args: [{ profileId: 'default' } satisfies TrainScoringInput], spec: { calendars: [NIGHTLY] }, catchupWindow: '1 day',
  } : null);
}
