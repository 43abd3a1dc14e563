/* global URL */
// Unit tests of the console's pure functions (access rules, data-provider mapping, SLA countdown, i18n parity), in a
// Node environment: nothing here renders React. The root jest.config.js leaves apps/console out; the console's
// `test` target runs this one (npx jest -c apps/console/jest.config.js).
/** @type {import('jest').Config} */
export default {
  rootDir: new URL('.', import.meta.url).pathname,
  displayName: 'console',
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json', diagnostics: false }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'cjs', 'json'],
};
