// `node apps/console/scripts/codegen.mjs [--check]`: the console's GraphQL types, generated from the API's schema
// (apps/api/schema.graphql, written by `node apps/api/dist/cli/print-schema.js`) and the documents in
// src/dataProvider/documents.ts, into src/graphql/. With --check it writes nothing and exits 1 when a generated file
// differs from what is committed (CI: the console's codegen.spec.ts runs it).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { generate } from '@graphql-codegen/cli';

const consoleDir = join(dirname(new URL(import.meta.url).pathname), '..');
const root = join(consoleDir, '../..');
const outDir = join(consoleDir, 'src/graphql/');

export const config = {
  schema: join(root, 'apps/api/schema.graphql'),
  documents: [join(consoleDir, 'src/dataProvider/documents.ts')],
  ignoreNoDocuments: false,
  silent: true,
  generates: {
    [outDir]: {
      preset: 'client',
      // Plain strings on the wire (our fetch client), typed for TypeScript; fragments spread into the result types.
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};

const check = process.argv.includes('--check');
const files = await generate(config, false);
const stale = [];
for (const { filename, content } of files) {
  const current = existsSync(filename) ? readFileSync(filename, 'utf8') : null;
  if (current === content) continue;
  if (check) stale.push(relative(root, filename));
  else {
    mkdirSync(dirname(filename), { recursive: true });
    writeFileSync(filename, content);
  }
}
if (check && stale.length) {
  console.error(`GraphQL types out of date: ${stale.join(', ')}. Run npm run codegen and commit the result.`);
  process.exit(1);
}
if (!check) console.log(`[codegen] ${files.length} files in ${relative(root, outDir)}`);
