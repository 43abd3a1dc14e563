// `node apps/api/dist/cli/setup.js [--demo] [--admin <email> [--name <display name>]]`: applies migrations; with --demo
// loads the demo data and, once, 60 days of generated history (LEADOPS_DEMO_HISTORY=false: not); with --admin creates the first sales-ops user of a real installation.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '@leadops/config';
import { isSingleMailbox } from '@leadops/domain';
import { createDataSource, runMigrations, seedDemoData, UserStore } from '@leadops/persistence';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/auth.service';
import { seedDemoHistory } from './demo-history';
import { trainOnce } from './demo-scoring';

/** The demo users' published password, refused for a real account. */
const DEMO_PASSWORD = 'leadops';

function option(name: string): string | null {
  const i = process.argv.indexOf(name);
  if (i < 0) return null;
  const value = process.argv[i + 1];
  if (!value || value.startsWith('--')) throw new Error(`${name}: give a value`);
  return value;
}

/**
 * The first sales-ops user, who then creates everyone else in the console. The password comes from
 * LEADOPS_ADMIN_PASSWORD, or is generated and printed once. An existing account is left as it is (running the setup job
 * again must never reset anyone's password).
 */
async function createFirstAdmin(db: DataSource, email: string, displayName: string): Promise<void> {
  const address = email.trim().toLowerCase();
  if (!isSingleMailbox(address)) throw new Error(`--admin: "${email.slice(0, 100)}" is not one e-mail address`);
  if (displayName.length > 200 || /[\r\n]/.test(displayName)) throw new Error('--name: one line, at most 200 characters');
  const given = process.env['LEADOPS_ADMIN_PASSWORD'];
  if (given !== undefined && (given.length < 10 || given.length > 200 || given === DEMO_PASSWORD)) {
    throw new Error('LEADOPS_ADMIN_PASSWORD: 10 to 200 characters, and not the demo password');
  }
  const password = given ?? randomBytes(18).toString('base64url');
  const passwordHash = await hashPassword(password);
  const people = new UserStore(db);
  const id = await db.transaction(async (tx) => {
    const created = await people.createUser({ email: address, displayName, passwordHash, role: 'SALES_OPS', teamId: null }, tx);
    if (created) {
      await tx.query(
        `INSERT INTO audit_log (actor_id, entity, entity_id, action, before, after) VALUES (NULL, 'user', $1, 'CREATE', NULL, $2)`,
        [created, JSON.stringify({ email: address, role: 'SALES_OPS', by: 'setup --admin' })],
      );
    }
    return created;
  });
  if (!id) {
    console.log(`[setup] ${address} exists already: left as it is`);
    return;
  }
  console.log(`[setup] sales ops user ${address} created`);
  if (given === undefined) console.log(`[setup] password (shown once; change it after the first login): ${password}`);
}

async function main() {
  const config = loadConfig();
  // The demo users share one published password: never on a production database.
  if (config.production && process.argv.includes('--demo')) throw new Error('--demo refused with NODE_ENV=production: the demo users\' password is published; create real users instead (--admin)');
  const admin = option('--admin');
  const name = option('--name') ?? 'Administrator';
  const db = await createDataSource({ url: config.databaseUrl, poolSize: 2, applicationName: 'leadops-setup' }).initialize();
  try {
    const applied = await runMigrations(db);
    console.log(applied.length ? `[setup] migrations applied: ${applied.join(', ')}` : '[setup] schema up to date');
    if (process.argv.includes('--demo')) {
      await seedDemoData(db);
      console.log('[setup] demo data ready (ops@, manager@, rep1@, rep2@leadops.dev / leadops)');
      if (config.demoHistory) {
        const started = Date.now();
        const added = await seedDemoHistory(db);
        console.log(added ? `[setup] demo history: ${added} closed leads over the last 60 days (${Date.now() - started} ms)` : '[setup] demo history present');
        if (added) console.log(`[setup] conversion score: ${await trainOnce(db, config.scoring.minClosedLeads)}`);
      }
    }
    if (admin !== null) await createFirstAdmin(db, admin, name);
  } finally {
    await db.destroy();
  }
}

main().catch((error) => {
  console.error(`[setup] ${(error as Error).message}`);
  process.exit(1);
});
