export * from './config';
export * from './temporal-tls';
export * from './temporal-connection';
