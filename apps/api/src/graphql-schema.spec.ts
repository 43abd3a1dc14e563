import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaSdl } from './graphql-schema';

// apps/api/schema.graphql is what the console's types are generated from: it must be the schema the resolvers serve.
it('the committed schema (the console codegen input) is the schema the resolvers build', async () => {
  const committed = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
  const built = await schemaSdl();
  if (built !== committed) {
    throw new Error('apps/api/schema.graphql is out of date with the resolvers: run `npm run codegen` and commit the result');
  }
});
