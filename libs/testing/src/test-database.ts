// A fresh PostgreSQL database per test file on the stack `npm test` starts: real SQL, real migrations, no mocks.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource, runMigrations } from '@leadops/persistence';

export interface TestDatabase {
  url: string;
  db: DataSource;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is not set: run the tests with `npm test`, which starts PostgreSQL and Temporal');
  return url;
}

export async function createTestDatabase(prefix = 'leadops_t'): Promise<TestDatabase> {
  const base = new URL(adminUrl());
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: base.toString() });
  await admin.connect().catch((e: Error) => {
    throw new Error(`PostgreSQL not reachable at ${base.host} (${e.message}): run the tests with \`npm test\``);
  });
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  const db = await createDataSource({ url: url.toString(), poolSize: 20, applicationName: 'leadops-test' }).initialize();
  await runMigrations(db);
  return {
    url: url.toString(),
    db,
    async drop() {
      await db.destroy().catch(() => undefined);
      const c = new Client({ connectionString: base.toString() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function waitUntil<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
