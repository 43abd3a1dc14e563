export * from './simulate-policy-draft';
