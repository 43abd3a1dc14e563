// PostgreSQL restarts and fails over: every connection gets "terminating connection due to administrator command".
// A connection checked out of the pool between two statements must not take the process down with it.
import { Client } from 'pg';
import { sql } from 'kysely';
import { createTestDatabase, waitUntil, type TestDatabase } from '@leadops/testing';
import { createDataSource, createQueryBuilder } from '@leadops/persistence';
import type { DataSource } from 'typeorm';
import type { Pool, PoolClient } from 'pg';

describe('a pooled connection PostgreSQL drops', () => {
  let database: TestDatabase;
  let db: DataSource;
  let admin: Client;
  const lost: Error[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await createDataSource({ url: database.url, poolSize: 3, onConnectionLost: (e) => lost.push(e) }).initialize();
    admin = new Client({ connectionString: database.url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await db?.destroy();
    await database?.drop();
  });

  const pool = () => (db.driver as unknown as { master: Pool }).master;
  const terminate = async (client: PoolClient) => {
    const [{ pid }] = (await client.query('SELECT pg_backend_pid() AS pid')).rows;
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    await waitUntil(async () => lost.length > 0, 5_000, 'the connection loss reported');
  };

  it('is reported, not thrown, while checked out between statements; the pool carries on', async () => {
    const uncaught: Error[] = [];
    const onUncaught = (e: Error) => uncaught.push(e);
    process.on('uncaughtException', onUncaught);
    try {
      const client = await pool().connect();
      await terminate(client);
      expect(lost[0].message).toMatch(/terminat/i);
      // The statement that needed the dead connection fails; the pool drops it when it comes back.
      await expect(client.query('SELECT 1')).rejects.toThrow();
      client.release();
      expect(uncaught).toEqual([]);
      // TypeORM and the typed query builder both work on new connections.
      expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
      const { rows } = await sql<{ one: number }>`SELECT 1 AS one`.execute(createQueryBuilder(db));
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      process.off('uncaughtException', onUncaught);
    }
  });
});
