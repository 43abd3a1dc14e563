export * from './codes';
export * from './explain';
export * from './messages';
