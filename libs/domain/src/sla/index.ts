export * from './time-zone';
export * from './business-hours';
export * from './sla-policy';
