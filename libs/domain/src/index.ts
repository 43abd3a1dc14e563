export * from './classification/types';
export * from './sla';
export * from './routing';
export * from './classification';
export * from './enrichment';
export * from './policy';
export * from './validation';
export * from './lifecycle';
