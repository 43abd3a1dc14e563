// `node apps/api/dist/cli/print-schema.js [FILE]`: writes the API's GraphQL schema (SDL) to FILE, or prints it.
import { writeFileSync } from 'node:fs';
import { schemaSdl } from '../graphql-schema';

schemaSdl().then(
  (sdl) => {
    const file = process.argv[2];
    if (file) writeFileSync(file, sdl);
    else process.stdout.write(sdl);
  },
  (error: unknown) => {
    process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
