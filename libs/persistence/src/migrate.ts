import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';

// SQL files live in src/migrations and are read from there by both the sources and the build.
export const MIGRATIONS_DIR = join(__dirname, '..', 'src', 'migrations');

/** Applies the reviewed SQL migrations not yet applied, each in its own transaction, under an advisory lock. */
export async function runMigrations(dataSource: DataSource, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = readdirSync(dir).filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f)).sort();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const applied: string[] = [];
  try {
    await runner.query('SELECT pg_advisory_lock(727274)');
    await runner.query('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set<string>((await runner.query('SELECT name FROM schema_migrations')).map((r: { name: string }) => r.name));
    for (const file of files) {
      if (done.has(file)) continue;
      await runner.startTransaction();
      try {
        await runner.query(readFileSync(join(dir, file), 'utf8'));
        await runner.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
        await runner.commitTransaction();
        applied.push(file);
      } catch (error) {
        await runner.rollbackTransaction();
        throw new Error(`migration ${file} failed: ${(error as Error).message}`);
      }
    }
  } finally {
    await runner.query('SELECT pg_advisory_unlock(727274)').catch(() => undefined);
    await runner.release();
  }
  return applied;
}
