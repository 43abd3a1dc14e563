export * from './messages';
export * from './activity-types';
export type { LeadWorkflowInput } from './lead.workflow';
// Resolved by the worker to bundle workflow code.
export const WORKFLOWS_PATH = require.resolve('./workflows');
