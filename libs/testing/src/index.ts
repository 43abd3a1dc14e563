// Test doubles for the stack's outside services.
export * from './openai-test-server';
export * from './smtp-sink';
export * from './test-database';
export * from './quiet-runtime';
export * from './temporal-cluster';
export * from './test-certificates';
export * from './time-skipping';
