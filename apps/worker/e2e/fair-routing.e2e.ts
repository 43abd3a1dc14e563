// Fair under concurrency: 100 leads assigned at once to 4 reps give 25 each.
import bcrypt from 'bcryptjs';
import { waitUntil } from '@leadops/testing';
import { startWorkerStack, type WorkerStack } from './worker-harness';

describe('round-robin under concurrency', () => {
  let stack: WorkerStack;

  beforeAll(async () => {
    stack = await startWorkerStack();
    const hash = await bcrypt.hash('leadops', 4);
    const [team] = await stack.database.db.query('SELECT id FROM teams LIMIT 1');
    for (const n of [3, 4]) {
      await stack.database.db.query(`INSERT INTO users (email, display_name, password_hash, role, team_id) VALUES ($1, $2, $3, 'REP', $4)`, [
        `rep${n}@leadops.dev`, `Rep ${n}`, hash, team.id,
      ]);
    }
  });
  afterAll(async () => stack?.close());

  it('gives each of 4 reps 25 of 100 leads submitted at once', async () => {
    // Stored one after another (100 inserts racing for the test's 10 connections only measure the pool's queue, and on
    // a loaded machine outwait its 5 s connect timeout), then all 100 workflows started at once: the assignments race.
    const leads = [];
    for (let i = 0; i < 100; i++) {
      leads.push(await stack.store({
        fullName: `Pedro Lara ${i}`, email: `pedro${i}@logistica${i}.mx`, jobPosition: 'CIO', companyName: `Logística ${i}`, industry: 'Retail',
        location: 'CDMX, México', companySize: 400, description: 'Necesitamos una cotización de respaldo de datos este mes.',
      }));
    }
    await Promise.all(leads.map((l) => stack.start(l)));
    await waitUntil(async () => {
      const [{ n }] = await stack.database.db.query('SELECT count(*)::int AS n FROM leads WHERE owner_id IS NOT NULL');
      return n === leads.length;
    }, 200_000, '100 assignments');
    const perRep = await stack.database.db.query(
      `SELECT u.email, count(l.id)::int AS n FROM users u LEFT JOIN leads l ON l.owner_id = u.id WHERE u.role = 'REP' GROUP BY u.email ORDER BY u.email`,
    );
    expect(perRep.map((r: { n: number }) => r.n)).toEqual([25, 25, 25, 25]);
  }, 240_000);
});
