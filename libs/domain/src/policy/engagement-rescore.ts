// What an engagement may do to a lead that is already classified. Engagements arrive from outside (a form anyone can
// submit with someone else's e-mail, a tracked link, a reply): they may make a lead hotter, never colder. Lowering a
// stage, or closing a lead as DISQUALIFIED, is a decision for reps, managers and sales ops, never for a form.
import type { Priority, Stage } from '../classification/types';

const STAGE_RANK: Record<Stage, number> = { DISQUALIFIED: 0, REVIEW: 1, NURTURE: 2, MQL: 3, SQL: 4 };
const PRIORITY_RANK: Record<Priority, number> = { P4: 0, P3: 1, P2: 2, P1: 3 };

export interface StageAndPriority {
  stage: Stage;
  priority: Priority | null;
}

/** True when the re-score from an engagement may replace the lead's current classification: it is not colder. */
export function engagementRescoreApplies(current: StageAndPriority | null, rescored: StageAndPriority): boolean {
  if (current === null) return true; // not classified yet: nothing to protect
  if (rescored.stage === 'DISQUALIFIED') return false;
  const byStage = STAGE_RANK[rescored.stage] - STAGE_RANK[current.stage];
  if (byStage !== 0) return byStage > 0;
  return (rescored.priority ? PRIORITY_RANK[rescored.priority] : -1) >= (current.priority ? PRIORITY_RANK[current.priority] : -1);
}
