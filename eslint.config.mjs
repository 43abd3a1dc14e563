// Lint: TypeScript everywhere; workflow code must stay deterministic, so no Node built-ins there.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';
import globals from 'globals';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.data/**', '.cache/**', 'apps/console/dist/**', '.nx-cache/**', 'apps/console/src/graphql/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['tools/**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['libs/workflows/src/**/*.ts'],
    ignores: ['libs/workflows/src/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodeBuiltins.map((name) => ({ name, message: 'Workflow code runs in a deterministic sandbox: do I/O in an activity.' })),
        patterns: [{ group: ['@leadops/persistence', '@leadops/activities', '@leadops/llm', '@leadops/scoring', '@tensorflow/*', 'pg', 'typeorm', 'nodemailer', 'openai'], message: 'Workflows import activity types only.' }],
      }],
      'no-restricted-globals': ['error', { name: 'process', message: 'Workflow code is deterministic: no process access.' }],
    },
  },
  {
    files: ['libs/domain/src/**/*.ts'],
    ignores: ['libs/domain/src/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodeBuiltins.map((name) => ({ name, message: 'libs/domain is pure: no I/O.' })),
      }],
    },
  },
);
