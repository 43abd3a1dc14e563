// The conversion score's nightly training as a Temporal Schedule on a real server: triggered, it trains on the closed
// leads, promotes the model (it learns: the history has a known ground truth) and re-scores an open lead; a new lead
// is then scored in triage by the promoted model. Turned off by SCORING_SCHEDULE=off.
import { randomUUID } from 'node:crypto';
import { loadConfig } from '@leadops/config';
import { syntheticClosedLeads } from '@leadops/scoring';
import { waitUntil } from '@leadops/testing';
import { keepScoringSchedule, scoringScheduleId } from '../src/scoring-schedule';
import { LAURA } from './lead-fixtures';
import { startWorkerStack, type WorkerStack } from './worker-harness';

describe('scoring schedule', () => {
  let stack: WorkerStack;

  beforeAll(async () => {
    stack = await startWorkerStack({ SCORING_MIN_CLOSED_LEADS: '200' });
  });
  afterAll(async () => {
    await stack?.client.schedule.getHandle(scoringScheduleId(stack.config.temporal.taskQueue)).delete().catch(() => undefined);
    await stack?.close();
  });

  /** Leads with their classification, closed (with outcomes of a known ground truth) or open. */
  async function insertLeads(leads: ReturnType<typeof syntheticClosedLeads>, open: boolean): Promise<string[]> {
    const rows = leads.map((l) => ({
      id: randomUUID(), industry: l.facts.industry, companySize: l.facts.companySize, source: l.facts.source, escalationLevel: l.facts.escalations,
      firstContactMinutes: l.facts.minutesToFirstResponse, outcome: open ? null : l.converted ? 'CONVERTED' : 'LOST', classification: l.facts.classification,
    }));
    await stack.database.db.query(
      `INSERT INTO leads (id, created_at, source, full_name, email, email_normalized, industry, company_size, profile_id, workflow_id, status, stage, priority,
                          escalation_level, first_contacted_at, outcome, closed_at)
       SELECT id, now() - interval '10 days', source, 'Lead ' || left(id::text, 8), left(id::text, 8) || '@example.com', left(id::text, 8) || '@example.com',
              industry, "companySize", 'default', 'lead-' || id, CASE WHEN outcome IS NULL THEN 'ASSIGNED' ELSE 'CLOSED' END, 'MQL', 'P3', "escalationLevel",
              now() - interval '10 days' + "firstContactMinutes" * interval '1 minute', outcome, CASE WHEN outcome IS NULL THEN NULL ELSE now() END
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, source text, industry text, "companySize" int, "escalationLevel" int, "firstContactMinutes" int, outcome text)`,
      [JSON.stringify(rows)],
    );
    await stack.database.db.query(
      `INSERT INTO classifications (lead_id, result, classifier, policy_version, profile_id, latency_ms, attempt_key)
       SELECT id, classification, 'rules', 'v1', 'default', 0, 'scoring-e2e:' || id FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, classification jsonb)`,
      [JSON.stringify(rows)],
    );
    return rows.map((r) => r.id);
  }

  it('is created nightly, and when triggered trains, promotes and re-scores the open leads', async () => {
    await insertLeads(syntheticClosedLeads(3000, 21), false);
    const [openLead] = await insertLeads(syntheticClosedLeads(1, 99), true);

    expect(await keepScoringSchedule(stack.config)).toBe('created');
    const handle = stack.client.schedule.getHandle(scoringScheduleId(stack.config.temporal.taskQueue));
    const described = await handle.describe();
    expect(described.spec.calendars).toEqual([expect.objectContaining({ hour: [{ start: 8, end: 8, step: 1 }], minute: [{ start: 30, end: 30, step: 1 }] })]);
    expect(described.action).toMatchObject({ type: 'startWorkflow', workflowType: 'trainScoringModelWorkflow' });

    await handle.trigger();
    const promoted = async () => (await stack.database.db.query('SELECT version, auc, closed_leads FROM scoring_models WHERE promoted'))[0];
    await waitUntil(async () => (await promoted()) !== undefined, 120_000, 'a model trained and promoted by the scheduled run');
    const model = await promoted();
    expect(model.closed_leads).toBe(3000);
    expect(model.auc).toBeGreaterThanOrEqual(0.75);

    const scoreOf = async () => (await stack.database.db.query('SELECT conversion_probability AS p, conversion_model_version AS v, conversion_factors AS f FROM leads WHERE id = $1', [openLead]))[0];
    await waitUntil(async () => (await scoreOf()).v === model.version, 60_000, 'the open lead re-scored with the promoted model');
    const score = await scoreOf();
    expect(score.p).toBeGreaterThan(0);
    expect(score.p).toBeLessThan(1);
    expect(score.f.length).toBeGreaterThan(0);

    // A new lead is scored in triage by the promoted model, before it is routed.
    const fresh = await stack.submit({ ...LAURA, email: `laura.${randomUUID().slice(0, 8)}@acerosdelnorte.com.mx` });
    const triaged = await stack.waitForLead(fresh.id, (l) => l.conversionModelVersion !== null, 30_000, 'the new lead scored in triage');
    expect(triaged.conversionModelVersion).toBe(model.version);
    expect(triaged.conversionProbability).toBeGreaterThan(0);
  });

  it('goes away when nightly training is turned off', async () => {
    const config = (value: string) => loadConfig({ ...process.env, DATABASE_URL: stack.config.databaseUrl, TEMPORAL_TASK_QUEUE: stack.config.temporal.taskQueue, SCORING_SCHEDULE: value });
    const handle = stack.client.schedule.getHandle(scoringScheduleId(stack.config.temporal.taskQueue));
    expect(await keepScoringSchedule(config('off'))).toBe('deleted');
    await expect(handle.describe()).rejects.toThrow();
    expect(await keepScoringSchedule(config('off'))).toBe('off');
    expect(() => config('weekly')).toThrow('SCORING_SCHEDULE: must be nightly or off, got weekly');
  });
});
