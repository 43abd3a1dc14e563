export * from './activities';
export * from './mailer';
export * from './lead-facts';
export * from './webhook-activities';
export * from './retention-activities';
export * from './reroute-activities';
export * from './scoring-activities';
