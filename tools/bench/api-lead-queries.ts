// Lead-list queries at scale, through the real GraphQL API: loads 1,000,000 leads into a fresh database with
// generate_series, then measures p50 / p95 / p99 of a rep's queue and the filtered lead list, and prints the EXPLAIN
// (ANALYZE, BUFFERS) of every SQL statement each request ran.
//
//   bash tools/bench/api-lead-queries.sh [--leads 1000000] [--iterations 200] [--keep] [--reuse <database>]
//
// Needs DATABASE_URL of a PostgreSQL server where it may create a database (the test stack's is fine).
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSource, runMigrations, seedDemoData } from '@leadops/persistence';
import { createApp } from '@leadops/api/dist/main';

interface Options {
  leads: number;
  iterations: number;
  keep: boolean;
  reuse: string | null;
}

function options(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    leads: Number(value('--leads') ?? 1_000_000),
    iterations: Number(value('--iterations') ?? 200),
    keep: argv.includes('--keep') || argv.includes('--reuse'),
    reuse: value('--reuse') ?? null,
  };
}

const TEAMS = ['Ventas México', 'Ventas Norte', 'Ventas Andina', 'Ventas Cono Sur', 'Ventas Brasil', 'Ventas Enterprise'];
const REPS_PER_NEW_TEAM = 10;
const CHUNK = 100_000;

/**
 * One chunk of leads: a year of arrivals (more recent ones more often), the policy's stage mix, owners for
 * sales-ready stages only, most older leads closed, and first contacts / SLA outcomes for owned ones.
 */
const LOAD_SQL = `
WITH reps AS (SELECT array_agg(id ORDER BY id) AS ids, array_agg(team_id ORDER BY id) AS teams, count(*)::int AS n FROM users WHERE role = 'REP'),
g AS (
  SELECT i,
         now() - (power(random(), 2) * interval '365 days') AS created,
         random() AS r_stage, random() AS r_status, random() AS r_sla, random() AS r_contact,
         (hashint4(i) & 2147483647) AS h
    FROM generate_series($1::int, $2::int) AS i
),
s AS (
  SELECT g.*,
         CASE WHEN r_stage < 0.10 THEN 'SQL' WHEN r_stage < 0.35 THEN 'MQL' WHEN r_stage < 0.70 THEN 'NURTURE'
              WHEN r_stage < 0.90 THEN 'DISQUALIFIED' ELSE 'REVIEW' END AS stage,
         (ARRAY['Ana','Bruno','Carla','Diego','Elena','Fernando','Gabriela','Hugo','Isabel','Jorge','Karla','Luis','María','Nicolás','Olga','Pablo','Rosa','Sergio','Teresa','Víctor'])[1 + h % 20] AS first_name,
         (ARRAY['García','Hernández','López','Martínez','González','Pérez','Rodríguez','Sánchez','Ramírez','Torres','Flores','Rivera','Gómez','Díaz','Cruz','Morales','Reyes','Ortiz','Silva','Castro'])[1 + (h / 20) % 20] AS last_name,
         (ARRAY['Industrias','Grupo','Tecno','Servicios','Corporativo','Logística','Alimentos','Financiera','Hospital','Constructora'])[1 + (h / 400) % 10]
           || ' ' || (ARRAY['del Norte','Global','Andina','Pacífico','Central','del Bajío','Atlántico','Digital'])[1 + (h / 4000) % 8] || ' ' || (h % 2500) AS company,
         (ARRAY['Manufactura','Finanzas','Retail','Salud','Logística','Educación','Gobierno','Tecnología'])[1 + (h / 7) % 8] AS industry,
         (ARRAY['CTO','CIO','Director de TI','Gerente de Sistemas','Jefe de Infraestructura','Analista','Ingeniero de Soporte','CEO','Head of IT','Coordinador de TI'])[1 + (h / 11) % 10] AS job,
         (ARRAY['web_form','web_form','web_form','api','webhook','import','chat','event','referral'])[1 + (h / 13) % 9] AS source
    FROM g
),
o AS (
  SELECT s.*,
         CASE WHEN s.stage IN ('SQL','MQL','REVIEW') THEN 1 + (s.h / 17) % reps.n END AS rep_index,
         CASE s.stage WHEN 'SQL' THEN (CASE WHEN s.r_sla < 0.4 THEN 'P1' ELSE 'P2' END) WHEN 'MQL' THEN 'P3' WHEN 'REVIEW' THEN 'P3' ELSE 'P4' END AS priority,
         -- Recent leads are mostly still open; a year-old lead almost never is.
         (s.created > now() - interval '30 days' AND s.r_status < 0.85) OR s.r_status < 0.05 AS open
    FROM s, reps
)
INSERT INTO leads (id, created_at, updated_at, source, full_name, email, email_normalized, job_position, company_name, company_domain,
                   industry, location, description, company_size, profile_id, status, stage, priority, owner_id, team_id, assigned_at,
                   sla_due_at, sla_state, first_contacted_at, outcome, closed_at, workflow_id)
SELECT id, created, created, source, first_name || ' ' || last_name, email, email, job, company, domain, industry,
       (ARRAY['Monterrey, México','CDMX, México','Guadalajara, México','Bogotá, Colombia','Lima, Perú','Santiago, Chile','Miami, USA','São Paulo, Brasil'])[1 + (h / 19) % 8],
       (ARRAY['Necesitamos mejorar el respaldo de datos de la planta','Buscamos cotización de almacenamiento para este trimestre',
              'Urgente: falla en el servidor de archivos, perdimos información','Queremos evaluar nube híbrida para varias sucursales',
              'Solo información por ahora','Need a backup proposal this month','Interested in IoT monitoring for our plants'])[1 + (h / 23) % 7]
         || ' (ref ' || i || ')',
       (ARRAY[8, 40, 120, 350, 900, 2500, 12000])[1 + (h / 29) % 7], 'default',
       CASE WHEN NOT open THEN 'CLOSED' WHEN stage IN ('NURTURE') THEN 'NURTURING' WHEN stage = 'DISQUALIFIED' THEN 'CLASSIFIED'
            WHEN r_contact < 0.4 THEN 'CONTACTED' ELSE 'ASSIGNED' END,
       stage, priority, owner_id, team_id, CASE WHEN owner_id IS NOT NULL THEN created + interval '2 seconds' END,
       CASE WHEN owner_id IS NOT NULL AND priority <> 'P4' THEN created + (CASE priority WHEN 'P1' THEN 5 WHEN 'P2' THEN 60 ELSE 1440 END) * interval '1 minute' END,
       CASE WHEN owner_id IS NULL OR priority = 'P4' THEN 'NONE'
            WHEN open AND r_contact >= 0.4 THEN (CASE WHEN created + (CASE priority WHEN 'P1' THEN 5 WHEN 'P2' THEN 60 ELSE 1440 END) * interval '1 minute' < now() THEN 'BREACHED' ELSE 'RUNNING' END)
            WHEN r_sla < 0.8 THEN 'MET' ELSE 'BREACHED' END,
       CASE WHEN owner_id IS NOT NULL AND (NOT open OR r_contact < 0.4) THEN created + (r_contact * 120) * interval '1 minute' END,
       CASE WHEN open THEN NULL WHEN stage = 'DISQUALIFIED' THEN 'DISQUALIFIED' WHEN r_contact < 0.15 THEN 'CONVERTED' ELSE 'LOST' END,
       CASE WHEN open THEN NULL ELSE created + interval '10 days' END,
       'lead-' || id
  FROM (
    SELECT o.*, gen_random_uuid() AS id,
           lower(translate(first_name || '.' || last_name, 'áéíóúÁÉÍÓÚñÑ', 'aeiouAEIOUnN')) || i || '@' || domain AS email,
           CASE WHEN rep_index IS NOT NULL THEN (SELECT ids[rep_index] FROM reps) END AS owner_id,
           CASE WHEN rep_index IS NOT NULL THEN (SELECT teams[rep_index] FROM reps) END AS team_id
      FROM (SELECT o.*, 'empresa' || (h % 2500) || '.com.mx' AS domain FROM o) o
  ) x`;

async function createDatabase(adminUrl: string, name: string) {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
}

async function dropDatabase(adminUrl: string, name: string) {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}

async function load(db: DataSource, leads: number) {
  await seedDemoData(db);
  const [{ hash }] = await db.query(`SELECT password_hash AS hash FROM users WHERE email = 'rep1@leadops.dev'`);
  for (const team of TEAMS.slice(1)) {
    const [{ id }] = await db.query(`INSERT INTO teams (name) VALUES ($1) RETURNING id`, [team]);
    const slug = team.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]+/g, '-');
    await db.query(`INSERT INTO users (email, display_name, password_hash, role, team_id) VALUES ($1, $2, $3, 'MANAGER', $4)`, [`manager@${slug}.bench`, `Manager ${team}`, hash, id]);
    for (let r = 1; r <= REPS_PER_NEW_TEAM; r++) {
      await db.query(`INSERT INTO users (email, display_name, password_hash, role, team_id) VALUES ($1, $2, $3, 'REP', $4)`, [`rep${r}@${slug}.bench`, `Rep ${r} ${team}`, hash, id]);
    }
  }
  const runner = db.createQueryRunner();
  await runner.connect();
  await runner.query('SET synchronous_commit = off');
  for (let from = 1; from <= leads; from += CHUNK) {
    const to = Math.min(from + CHUNK - 1, leads);
    const started = Date.now();
    await runner.query(LOAD_SQL, [from, to]);
    console.log(`[bench] leads ${from}..${to} loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  await runner.query('VACUUM ANALYZE leads');
  await runner.query('ANALYZE users');
  await runner.release();
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

interface Recorded {
  sql: string;
  params: unknown[];
}

async function main() {
  const opts = options(process.argv.slice(2));
  const adminUrl = process.env['DATABASE_URL'];
  if (!adminUrl) throw new Error('DATABASE_URL is not set: source .data/shared/env (or run the test stack) first');
  const name = opts.reuse ?? `leadops_bench_${randomBytes(4).toString('hex')}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  if (!opts.reuse) await createDatabase(adminUrl, name);
  console.log(`[bench] database ${name}`);
  const db = await createDataSource({ url: url.toString(), poolSize: 4, applicationName: 'leadops-bench' }).initialize();
  try {
    await runMigrations(db);
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM leads');
    if (n < opts.leads) {
      const started = Date.now();
      await load(db, opts.leads);
      console.log(`[bench] ${opts.leads} leads loaded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }

    // Every statement the API runs goes through a pg client (TypeORM's and the query builder's alike, both on the
    // DataSource's pool): record them per request for EXPLAIN.
    let recording: Recorded[] | null = null;
    const original = Client.prototype.query;
    Client.prototype.query = function (this: Client, ...args: unknown[]) {
      const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown];
      if (recording) recording.push(typeof first === 'string' ? { sql: first, params: Array.isArray(second) ? second : [] } : { sql: first.text, params: first.values ?? [] });
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original;

    Object.assign(process.env, { DATABASE_URL: url.toString(), API_PORT: '0', LOG_LEVEL: 'error' });
    const { app } = await createApp();
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const gql = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as { data?: any; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const login = async (email: string) => (await gql('', 'mutation($e: String!) { login(email: $e, password: "leadops") { token } }', { e: email })).login.token as string;
    // A busy rep: the one with the most open leads.
    const [busiest] = await db.query(
      `SELECT u.email, count(*)::int AS open FROM leads l JOIN users u ON u.id = l.owner_id WHERE l.status <> 'CLOSED' GROUP BY u.email ORDER BY open DESC LIMIT 1`,
    );
    const repToken = await login(busiest.email);
    const opsToken = await login('ops@leadops.dev');
    const managerToken = await login('manager@leadops.dev');

    const NODE = 'id fullName companyName stage priority status slaDueAt slaState owner { id displayName }';
    const LIST = `query($filter: LeadFilterInput, $after: String, $sort: LeadSortField) { leads(filter: $filter, first: 25, after: $after, sort: $sort) { totalCount totalCountCapped pageInfo { endCursor hasNextPage } nodes { ${NODE} } } }`;
    const BARE = 'id fullName companyName stage priority status slaDueAt slaState ownerId';
    const BARE_LIST = `query($filter: LeadFilterInput, $after: String) { leads(filter: $filter, first: 25, after: $after) { pageInfo { endCursor hasNextPage } nodes { ${BARE} } } }`;
    const stageFilter = { stages: ['SQL'], priorities: ['P1'] };
    const page1 = await gql(opsToken, LIST, { filter: stageFilter });
    const searchPage1 = await gql(opsToken, LIST, { filter: { search: 'garcía' } });
    const [{ term }] = await db.query(`SELECT lower(company_name) AS term FROM leads WHERE stage = 'SQL' ORDER BY created_at DESC LIMIT 1`);

    const scenarios: Array<{ name: string; token: string; query: string; variables: Record<string, unknown> }> = [
      { name: `myQueue (rep ${busiest.email}, ${busiest.open} open leads), first 50`, token: repToken, query: `{ myQueue(first: 50) { totalCount nodes { ${NODE} } } }`, variables: {} },
      { name: 'leads: stage SQL + priority P1 (sales ops), first 25', token: opsToken, query: LIST, variables: { filter: stageFilter } },
      { name: 'leads: stage SQL + priority P1, keyset page 2', token: opsToken, query: LIST, variables: { filter: stageFilter, after: page1.leads.pageInfo.endCursor } },
      { name: `leads: text search "${term}" (sales ops)`, token: opsToken, query: LIST, variables: { filter: { search: term } } },
      { name: 'leads: text search "garcía" (broad, ~5% of leads)', token: opsToken, query: LIST, variables: { filter: { search: 'garcía' } } },
      { name: 'leads: text search "garcía", keyset page 2', token: opsToken, query: LIST, variables: { filter: { search: 'garcía' }, after: searchPage1.leads.pageInfo.endCursor } },
      { name: 'leads: manager, open leads of the team by SLA due', token: managerToken, query: LIST, variables: { filter: { openOnly: true }, sort: 'SLA_DUE_AT' } },
      // The same two lists without owner names: the cost of the page without the per-row owner look-up (the count still runs).
      { name: 'myQueue, first 50, without owner', token: repToken, query: `{ myQueue(first: 50) { nodes { ${BARE} } } }`, variables: {} },
      { name: 'leads: stage SQL + priority P1, without owner', token: opsToken, query: BARE_LIST, variables: { filter: stageFilter } },
    ];

    const results: Array<{ name: string; p50: number; p95: number; p99: number; totalCount: string | null; explains: string[] }> = [];
    for (const s of scenarios) {
      for (let i = 0; i < 20; i++) await gql(s.token, s.query, s.variables); // warm-up
      const times: number[] = [];
      let answer: any = null;
      for (let i = 0; i < opts.iterations; i++) {
        const started = process.hrtime.bigint();
        answer = await gql(s.token, s.query, s.variables);
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      times.sort((a, b) => a - b);
      recording = [];
      await gql(s.token, s.query, s.variables);
      const statements = recording as Recorded[];
      recording = null;
      // One EXPLAIN per distinct statement, with how many times the request ran it (N+1 look-ups show up here).
      const distinct = new Map<string, { st: Recorded; times: number }>();
      for (const st of statements) {
        if (!/^\s*(SELECT|WITH)/i.test(st.sql)) continue;
        const key = st.sql.replace(/\s+/g, ' ').trim();
        const seen = distinct.get(key);
        if (seen) seen.times++;
        else distinct.set(key, { st, times: 1 });
      }
      const explains: string[] = [];
      for (const [sql, { st, times }] of distinct) {
        const plan: Array<{ 'QUERY PLAN': string }> = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${st.sql}`, st.params);
        explains.push(`-- run ${times}x per request\n${sql}\n  params: ${JSON.stringify(st.params).slice(0, 300)}\n${plan.map((r) => '  ' + r['QUERY PLAN']).join('\n')}\n`);
      }
      const conn = answer.myQueue ?? answer.leads;
      results.push({ name: s.name, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), totalCount: conn ? `${conn.totalCount}${conn.totalCountCapped ? '+' : ''}` : null, explains });
      console.log(`[bench] ${s.name}: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms (${statements.length} statements)`);
    }
    Client.prototype.query = original;
    await app.close();

    const [{ total, open }] = await db.query(`SELECT count(*)::int AS total, count(*) FILTER (WHERE status <> 'CLOSED')::int AS open FROM leads`);
    const lines = [
      `# API lead queries, ${total.toLocaleString('en')} leads (${open.toLocaleString('en')} open), ${opts.iterations} requests each, ${new Date().toISOString()}`,
      '',
      '| query | totalCount | p50 ms | p95 ms | p99 ms |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...results.map((r) => `| ${r.name} | ${r.totalCount ?? ''} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} |`),
      '',
      ...results.flatMap((r) => [`## ${r.name}`, '', '```', ...r.explains, '```', '']),
    ];
    const report = lines.join('\n');
    console.log('\n' + report);
    const outDir = join(__dirname, '..', 'out');
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, `api-lead-queries-${new Date().toISOString().replace(/[:.]/g, '-')}.md`);
    writeFileSync(file, report);
    console.log(`[bench] report written to ${file}`);
  } finally {
    await db.destroy();
    if (!opts.keep) await dropDatabase(adminUrl, name);
    else console.log(`[bench] kept database ${name} (reuse with --reuse ${name})`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error('[bench] failed:', error);
    process.exit(1);
  },
);
