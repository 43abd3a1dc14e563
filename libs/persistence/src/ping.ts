import type { DataSource } from 'typeorm';

/** True when PostgreSQL answers a trivial statement (readiness probes). */
export function databaseAnswers(db: DataSource): Promise<boolean> {
  return db.query('SELECT 1').then(() => true, () => false);
}
