import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// src/graphql/ is generated from the API's schema (apps/api/schema.graphql, itself checked against the resolvers by
// apps/api/src/graphql-schema.spec.ts) and from dataProvider/documents.ts: a document or schema changed without
// `npm run codegen` fails here.
it('the generated GraphQL types are up to date with the schema and the documents', () => {
  const script = join(__dirname, '..', 'scripts', 'codegen.mjs');
  const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
}, 60_000);
