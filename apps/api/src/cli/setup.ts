// `node apps/api/dist/cli/setup.js [--demo]`: applies migrations and, with --demo, loads the demo data (idempotent).
import 'reflect-metadata';
import { loadConfig } from '@leadops/config';
import { createDataSource, runMigrations, seedDemoData } from '@leadops/persistence';

async function main() {
  const config = loadConfig();
  // The demo users share one published password: never on a production database.
  if (config.production && process.argv.includes('--demo')) throw new Error('--demo refused with NODE_ENV=production: the demo users\' password is published; create real users instead');
  const db = await createDataSource({ url: config.databaseUrl, poolSize: 2, applicationName: 'leadops-setup' }).initialize();
  try {
    const applied = await runMigrations(db);
    console.log(applied.length ? `[setup] migrations applied: ${applied.join(', ')}` : '[setup] schema up to date');
    if (process.argv.includes('--demo')) {
      await seedDemoData(db);
      console.log('[setup] demo data ready (ops@, manager@, rep1@, rep2@leadops.dev / leadops)');
    }
  } finally {
    await db.destroy();
  }
}

main().catch((error) => {
  console.error(`[setup] ${(error as Error).message}`);
  process.exit(1);
});
