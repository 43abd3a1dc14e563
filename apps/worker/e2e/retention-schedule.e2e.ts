// The nightly retention run as a Temporal Schedule on a real server: created from the settings, triggered, it
// anonymises a lead closed long ago through the worker's activity; changed and removed with the settings.
import { randomUUID } from 'node:crypto';
import { loadConfig } from '@leadops/config';
import { waitUntil } from '@leadops/testing';
import { keepRetentionSchedule, retentionScheduleId } from '../src/retention-schedule';
import { startWorkerStack, type WorkerStack } from './worker-harness';

describe('retention schedule', () => {
  let stack: WorkerStack;

  beforeAll(async () => {
    stack = await startWorkerStack({ RETENTION_CLOSED_LEAD_DAYS: '365' });
  });
  afterAll(async () => {
    await stack?.client.schedule.getHandle(retentionScheduleId(stack.config.temporal.taskQueue)).delete().catch(() => undefined);
    await stack?.close();
  });

  async function closedLead(daysAgo: number): Promise<string> {
    const id = randomUUID();
    await stack.database.db.query(
      `INSERT INTO leads (id, source, full_name, email, email_normalized, profile_id, workflow_id, status, stage, priority, outcome, closed_at)
       VALUES ($1, 'web_form', 'Ana Souza', $2, $2, 'default', $3, 'CLOSED', 'MQL', 'P3', 'LOST', now() - $4::int * interval '1 day')`,
      [id, `ana.${id.slice(0, 8)}@example.com.br`, `lead-${id}`, daysAgo],
    );
    return id;
  }
  const nameOf = async (id: string) => (await stack.database.db.query('SELECT full_name FROM leads WHERE id = $1', [id]))[0].full_name as string;

  it('is created nightly from the settings, and when it runs anonymises leads closed longer ago than the period', async () => {
    const old = await closedLead(400);
    const recent = await closedLead(100);
    expect(await keepRetentionSchedule(stack.config)).toBe('created');
    const handle = stack.client.schedule.getHandle(retentionScheduleId(stack.config.temporal.taskQueue));
    const described = await handle.describe();
    expect(described.spec.calendars).toEqual([expect.objectContaining({ hour: [{ start: 9, end: 9, step: 1 }], minute: [{ start: 15, end: 15, step: 1 }] })]);
    expect(described.action).toMatchObject({ type: 'startWorkflow', workflowType: 'retentionWorkflow', args: [{ closedLeadDays: 365 }] });

    await handle.trigger();
    await waitUntil(async () => (await nameOf(old)) === '(anonymised)', 30_000, 'the old lead anonymised by the scheduled run');
    expect(await nameOf(recent)).toBe('Ana Souza');
  });

  it('follows a changed period, and goes away when retention is turned off', async () => {
    const config = (days: string) => loadConfig({ ...process.env, DATABASE_URL: stack.config.databaseUrl, TEMPORAL_TASK_QUEUE: stack.config.temporal.taskQueue, RETENTION_CLOSED_LEAD_DAYS: days });
    expect(await keepRetentionSchedule(config('90'))).toBe('updated');
    const handle = stack.client.schedule.getHandle(retentionScheduleId(stack.config.temporal.taskQueue));
    expect((await handle.describe()).action).toMatchObject({ args: [{ closedLeadDays: 90 }] });
    expect(await keepRetentionSchedule(config('0'))).toBe('deleted');
    await expect(handle.describe()).rejects.toThrow();
    expect(await keepRetentionSchedule(config('0'))).toBe('off');
    expect(() => config('7')).toThrow('RETENTION_CLOSED_LEAD_DAYS: must be 0 (never) or at least 30 days, got 7');
  });
});
