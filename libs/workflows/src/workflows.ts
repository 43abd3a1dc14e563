// The worker's workflow bundle entry: every workflow type the worker registers.
export { leadWorkflow } from './lead.workflow';
export { webhookDeliveryWorkflow } from './webhook-delivery.workflow';
export { retentionWorkflow } from './retention.workflow';
export { rerouteRepLeadsWorkflow, rerouteSweepWorkflow } from './reroute.workflow';
