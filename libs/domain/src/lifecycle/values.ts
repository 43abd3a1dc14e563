import type { Stage } from '../classification/types';

/**
 * The lead's lifecycle values, defined once: the database's CHECK constraints (001_init.sql), the TypeORM entities,
 * the workflow's state, the GraphQL enums and the console all take them from here.
 */

/** Where the lead is in the sales team's process. */
export const LEAD_STATUSES = ['NEW', 'CLASSIFIED', 'QUEUED', 'ASSIGNED', 'CONTACTED', 'NURTURING', 'CLOSED'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

/** The first-response clock: not armed, running, stopped in time, or run out. */
export const SLA_STATES = ['NONE', 'RUNNING', 'MET', 'BREACHED'] as const;
export type SlaState = (typeof SLA_STATES)[number];

/** How a closed lead ended. */
export const LEAD_OUTCOMES = ['CONVERTED', 'LOST', 'DISQUALIFIED'] as const;
export type LeadOutcome = (typeof LEAD_OUTCOMES)[number];

/** Stages that go to a rep (with a first-response SLA); NURTURE and DISQUALIFIED do not. */
const STAGES_WITH_OWNER: ReadonlySet<string> = new Set<Stage>(['SQL', 'MQL', 'REVIEW']);

export function stageNeedsOwner(stage: string | null): boolean {
  return stage !== null && STAGES_WITH_OWNER.has(stage);
}

/** Statuses from which a lead enters the nurture sequence: one that never went to a rep. */
export const STATUSES_THAT_START_NURTURE: readonly LeadStatus[] = ['NEW', 'CLASSIFIED'];
