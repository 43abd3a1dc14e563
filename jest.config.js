// One Jest config for the whole monorepo: libs resolve to their TypeScript sources.
// LEADOPS_JEST_PART=shared leaves out the suites that run alone (tools/stack/solo-suites.js); `npm test` sets it.
const { SOLO_SUITES } = require('./tools/stack/solo-suites');
const escape = (path) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const solo = process.env.LEADOPS_JEST_PART === 'shared' ? SOLO_SUITES.map((path) => `<rootDir>/${escape(path)}$`) : [];
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/libs', '<rootDir>/apps', '<rootDir>/tools'],
  testMatch: ['**/*.spec.ts', '**/e2e/**/*.e2e.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/apps/console/', ...solo],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json', diagnostics: false }],
  },
  moduleNameMapper: {
    '^@leadops/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^@leadops/([a-z-]+)/([a-z-]+)$': '<rootDir>/libs/$1/src/$2/index.ts',
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testTimeout: 60000,
};
