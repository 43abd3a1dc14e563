export * from './config';
export * from './temporal-tls';
export * from './temporal-connection';
export * from './payload-encryption';
export * from './metrics-access';
export * from './outbound-address';
export * from './log-safe';
export * from './secret-box';
