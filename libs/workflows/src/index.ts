export * from './messages';
export * from './activity-types';
export { TRAIN_SCORING_MODEL_WORKFLOW_TYPE, RESCORE_OPEN_LEADS_WORKFLOW_TYPE } from './scoring.workflow';
export type { LeadWorkflowInput } from './lead.workflow';
// Resolved by the worker to bundle workflow code.
export const WORKFLOWS_PATH = require.resolve('./workflows');
export type { TraceSinks, WorkflowSpan } from './trace-context';
/** The trace-context workflow interceptors (./trace-context): bundled only into the traced workflow bundle. */
export const TRACING_WORKFLOW_INTERCEPTORS_PATH = require.resolve('./trace-context');
