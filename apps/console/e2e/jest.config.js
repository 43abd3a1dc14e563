/* global URL */
// Playwright suites of the console, run by e2e/run.mjs (which starts the API, worker and console and sets E2E_*).
/** @type {import('jest').Config} */
export default {
  rootDir: new URL('.', import.meta.url).pathname,
  displayName: 'console-e2e',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/../tsconfig.e2e.json', diagnostics: false }] },
  testSequencer: '<rootDir>/sequencer.cjs',
  testTimeout: 180_000,
  maxWorkers: 1,
};
