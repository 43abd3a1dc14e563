export * from './features';
export * from './metrics';
export * from './split';
export * from './promotion';
export * from './score';
export * from './stored-lead';
