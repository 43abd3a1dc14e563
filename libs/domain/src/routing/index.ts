export * from './routing';
export * from './reroute';
