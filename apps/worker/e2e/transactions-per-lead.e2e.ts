// What a new lead costs PostgreSQL on the worker's side: each activity reads in one statement and writes in at most one
// transaction, so the arrival (dedupe, classify, assign, webhook look-up, owner e-mail, classification e-mail check)
// commits 6 transactions per lead (16 before).
import { Client as PgClient } from 'pg';
import { waitUntil } from '@leadops/testing';
import { startWorkerStack, type WorkerStack } from './worker-harness';

const LEADS = 30;
/** Idle PostgreSQL backends report their counters up to 10 s late; a backend that exits reports at once. */
const STATS_DELAY_MS = 10_500;
/** Commits allowed for autovacuum workers visiting the database (with a 1 s naptime, 4 in the window; 60 s is the default). One more transaction per lead would add 30. */
const AUTOVACUUM_VISITS = 6;

describe('PostgreSQL transactions per lead (worker)', () => {
  let stack: WorkerStack;
  let admin: PgClient;
  let workerStopped = false;

  beforeAll(async () => {
    stack = await startWorkerStack();
    admin = new PgClient({ connectionString: process.env['DATABASE_URL'] });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    if (!workerStopped) return stack?.close();
    await stack.client.connection.close();
    await stack.smtp.close();
    await stack.database.drop();
  });

  const databaseName = () => new URL(stack.database.url).pathname.slice(1);
  // Every new connection commits one transaction of its own at start-up: that is the pools' cost, not the leads'.
  const counters = async () => {
    const { rows } = await admin.query('SELECT xact_commit, sessions FROM pg_stat_database WHERE datname = $1', [databaseName()]);
    return { commits: Number(rows[0].xact_commit), sessions: Number(rows[0].sessions) };
  };

  it('commits at most 6 transactions per new lead from arrival to the owner e-mail', async () => {
    // Autovacuum's own transactions count in pg_stat_database too: on a busy CI machine it analysed the seeded tables
    // during the window (+19 commits, 6.63 per lead). This database is the test's own, so its tables are left alone while
    // we count; an autovacuum worker that still visits the database commits a transaction or two (AUTOVACUUM_VISITS).
    const tables: { name: string }[] = await stack.database.db.query(
      `SELECT format('%I.%I', schemaname, relname) AS name FROM pg_stat_user_tables`);
    for (const { name } of tables) {
      await stack.database.db.query(`ALTER TABLE ${name} SET (autovacuum_enabled = false, toast.autovacuum_enabled = false)`);
    }
    await new Promise((r) => setTimeout(r, STATS_DELAY_MS)); // what set-up did is counted before we start
    const before = await counters();
    let ownQueries = 0;
    const leads = [];
    for (let i = 0; i < LEADS; i++) {
      leads.push(await stack.submit({
        fullName: `Marta Solís ${i}`, email: `marta${i}@aceros${i}.com.mx`, jobPosition: 'CTO', companyName: `Aceros ${i}`, industry: 'Manufactura',
        location: 'Monterrey, México', companySize: 300, description: 'Se cayó el servidor de producción: necesitamos respaldo de datos urgente.',
      }));
      ownQueries++; // createLead's transaction
    }
    // Every owner e-mail recorded as sent is the arrival's last write; the classification e-mail check runs beside it.
    await waitUntil(async () => {
      ownQueries++;
      const [{ n }] = await stack.database.db.query(`SELECT count(*)::int AS n FROM notifications WHERE status = 'SENT' AND lead_id = ANY($1)`, [leads.map((l) => l.id)]);
      return n === LEADS;
    }, 60_000, 'owner e-mails sent');
    await new Promise((r) => setTimeout(r, 500)); // the workflow task that ran them completes
    await stack.worker.shutdown(); // its connections close, and their counters arrive with them
    workerStopped = true;
    await stack.database.db.destroy();
    await new Promise((r) => setTimeout(r, 500));
    const after = await counters();
    const connections = after.sessions - before.sessions;
    const perLead = (after.commits - before.commits - connections - ownQueries) / LEADS;
    console.log(`[transactions] ${perLead.toFixed(2)} PostgreSQL transactions per lead by the worker (${LEADS} leads; ${connections} connections opened)`);
    expect(perLead).toBeGreaterThan(0);
    expect(perLead * LEADS).toBeLessThanOrEqual(6 * LEADS + AUTOVACUUM_VISITS);
  }, 120_000);
});
