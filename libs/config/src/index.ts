export * from './config';
export * from './temporal-tls';
export * from './temporal-connection';
export * from './payload-encryption';
