// The demo's 60 days of history: leads sent through the real rules classifier and routing, contacted, escalated,
// nurtured and closed, so the dashboard and the learned score have figures on the first start. Seeded once.
import { classifyWithRules, DEFAULT_POLICY, type CompanyProfile } from '@leadops/domain';
import { DEFAULT_PROFILE_ID, ProfileStore, seedDemoData } from '@leadops/persistence';
import { createTestDatabase, type TestDatabase } from '@leadops/testing';
import { generateDemoHistory, seedDemoHistory } from '../src/cli/demo-history';

describe('demo history', () => {
  let database: TestDatabase;
  const now = new Date('2026-12-01T18:00:00Z');
  const q = (sql: string, params: unknown[] = []) => database.db.query(sql, params);

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoData(database.db);
  });
  afterAll(async () => database?.drop());

  it('seeds about 3,000 closed leads over 60 days, once', async () => {
    const started = Date.now();
    expect(await seedDemoHistory(database.db, { now })).toBe(3000);
    console.log(`[demo history] 3000 leads generated and stored in ${Date.now() - started} ms`);
    expect(await seedDemoHistory(database.db, { now })).toBe(0);
    const [row] = await q(`SELECT count(*)::int AS n, min(created_at) AS first, max(closed_at) AS last, count(*) FILTER (WHERE status <> 'CLOSED')::int AS open FROM leads`);
    expect(row.n).toBe(3000);
    expect(row.open).toBe(0);
    expect(new Date(row.first).getTime()).toBeGreaterThanOrEqual(now.getTime() - 60 * 86_400_000);
    expect(new Date(row.last).getTime()).toBeLessThanOrEqual(now.getTime());
    const [{ n: classifications }] = await q('SELECT count(*)::int AS n FROM classifications');
    expect(classifications).toBe(3000);
  }, 120_000);

  it('has every stage, three languages, several sources, breaches and escalations, nurture engagement and all outcomes', async () => {
    const count = async (sql: string) => (await q(sql)).map((r: { k: string; n: number }) => [r.k, r.n]);
    const stages = Object.fromEntries(await count(`SELECT stage AS k, count(*)::int AS n FROM leads GROUP BY 1`));
    console.log('[demo history] stages', JSON.stringify(stages), JSON.stringify(await count(`SELECT priority AS k, count(*)::int AS n FROM leads GROUP BY 1`)));
    expect(Object.keys(stages).sort()).toEqual(['DISQUALIFIED', 'MQL', 'NURTURE', 'REVIEW', 'SQL']);
    const languages = await count(`SELECT result->>'language' AS k, count(*)::int AS n FROM classifications GROUP BY 1`);
    expect(languages.map(([k]: [string]) => k).filter(Boolean).sort()).toEqual(['en', 'es', 'pt']);
    expect((await count(`SELECT source AS k, count(*)::int AS n FROM leads GROUP BY 1`)).length).toBeGreaterThanOrEqual(5);
    const [sla] = await q(`SELECT count(*) FILTER (WHERE sla_state = 'BREACHED')::int AS breached, count(*) FILTER (WHERE sla_state = 'MET')::int AS met,
                                  count(*) FILTER (WHERE escalation_level >= 2)::int AS managers FROM leads`);
    expect(sla.breached).toBeGreaterThan(50);
    expect(sla.met).toBeGreaterThan(sla.breached);
    expect(sla.managers).toBeGreaterThan(0);
    const events = Object.fromEntries(await count(`SELECT type AS k, count(*)::int AS n FROM lead_events GROUP BY 1`));
    expect(events).toMatchObject({ CREATED: 3000, CLASSIFIED: 3000, CLOSED: 3000 });
    expect(events['NURTURE_STEP']).toBeGreaterThan(100);
    expect(events['ENGAGEMENT']).toBeGreaterThan(50);
    const outcomes = Object.fromEntries(await count(`SELECT outcome AS k, count(*)::int AS n FROM leads GROUP BY 1`));
    expect(Object.keys(outcomes).sort()).toEqual(['CONVERTED', 'DISQUALIFIED', 'LOST']);
    // What the score will learn from: sales-ready leads convert more than nurture ones, and fast answers more than slow.
    const rate = async (where: string) => (await q(`SELECT avg((outcome = 'CONVERTED')::int)::float AS r FROM leads WHERE ${where}`))[0].r as number;
    expect(await rate(`stage = 'SQL'`)).toBeGreaterThan(2 * (await rate(`stage = 'NURTURE'`)));
    expect(await rate(`first_contacted_at - assigned_at < interval '30 minutes'`)).toBeGreaterThan(await rate(`first_contacted_at - assigned_at > interval '4 hours'`));
  });

  it('decides each lead with the real rules and routes sales-ready ones only, to reps, by the configured rule', async () => {
    const profile = (await new ProfileStore(database.db).current(DEFAULT_PROFILE_ID)) as CompanyProfile;
    const sample = (await generateDemoHistory(database.db, { leads: 200, now, seed: 7 }));
    for (const lead of sample) {
      const again = classifyWithRules({ fullName: lead.fullName, email: lead.email, jobPosition: lead.jobPosition, companyName: lead.companyName, industry: lead.industry,
        location: lead.location, companySize: lead.companySize ?? undefined, description: lead.description, source: lead.source as never }, profile, DEFAULT_POLICY);
      expect([lead.stage, lead.priority]).toEqual([again.stage, again.priority]);
    }
    const reps: string[] = (await q(`SELECT id FROM users WHERE role = 'REP'`)).map((r: { id: string }) => r.id);
    const salesReady = sample.filter((l) => ['SQL', 'MQL', 'REVIEW'].includes(l.stage));
    expect(salesReady.length).toBeGreaterThan(20);
    expect(salesReady.every((l) => l.ownerId && reps.includes(l.ownerId))).toBe(true);
    expect(sample.filter((l) => !['SQL', 'MQL', 'REVIEW'].includes(l.stage)).every((l) => l.ownerId === null)).toBe(true);
    // The seeded rule is a round robin: both reps get a fair share.
    const share = reps.map((id) => salesReady.filter((l) => l.ownerId === id).length);
    expect(Math.min(...share)).toBeGreaterThanOrEqual(Math.floor(salesReady.length / reps.length) - 1);
    // Same seed, same history.
    const twice = await generateDemoHistory(database.db, { leads: 20, now, seed: 7 });
    expect(twice.map((l) => [l.fullName, l.stage, l.outcome])).toEqual(sample.slice(0, 20).map((l) => [l.fullName, l.stage, l.outcome]));
  });
});
