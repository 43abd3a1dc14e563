export * from './train';
export * from './synthetic-history';
