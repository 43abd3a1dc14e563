// A lead's hours and days on Temporal's time-skipping test server: the lead workflow and activities as apps/worker
// registers them, PostgreSQL and the SMTP sink, with REAL durations (time scale 1: a 24 h SLA, escalation steps hours
// apart, nurture waits of business days). The server skips over the waits: `env.sleep(d)` moves its clock by d, firing
// every timer on the way and running what they start before it returns, and the activities read the same clock
// (StackClock), so what they compute (due times, nurture plans) agrees with the workflow's timers.
// The server is the Java one from Maven Central (tools/stack/temporal-test-server.sh, fetched by `npm test`'s setup).
import { WorkflowNotFoundError } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { zonedParts, zonedTimeToInstant } from '@leadops/domain';
import { startTimeSkippingEnvironment, waitUntil, type ReceivedEmail } from '@leadops/testing';
import { LAURA } from './lead-fixtures';
import { startWorkerStack, type StackClock, type WorkerStack } from './worker-harness';
import { closeLeadSignal, engagementSignal, leadStateQuery, leadWorkflowId, markContactedSignal } from '@leadops/workflows';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const TEAM_TIME_ZONE = 'America/Mexico_City'; // the demo team's business calendar (MEXICO_OFFICE_HOURS)
/**
 * A signal to the lead's latest run. In the instant a run continues as new, the Java test server can answer a signal
 * sent to "the latest run" with "Completed workflow" before the next run is there (a CI run under load met it); the
 * signal was not delivered, so it is sent again once the next run answers.
 */
async function signalLatestRun(send: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError) || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** History length at which the test server (like Temporal's default) suggests continue-as-new. */
const SUGGEST_CONTINUE_AS_NEW_EVENTS = 4096;

/** The test server's clock, as the activities see it: re-read before every activity (the server may have skipped ahead). */
function serverClock(env: TestWorkflowEnvironment): StackClock {
  let offsetMs = 0;
  return {
    now: () => new Date(Date.now() + offsetMs),
    async sync() {
      offsetMs = (await env.currentTimeMs()) - Date.now();
    },
  };
}

/** The next instant after `from` that is `weekday` (1 = Monday) at `hour`:00 in the team's time zone. */
function nextLocal(from: Date, weekday: number, hour: number): Date {
  const p = zonedParts(from, TEAM_TIME_ZONE);
  for (let k = 0; k <= 8; k++) {
    const day = new Date(Date.UTC(p.year, p.month - 1, p.day + k, 12));
    const candidate = zonedTimeToInstant(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), hour * 60, TEAM_TIME_ZONE);
    if (candidate > from && zonedParts(candidate, TEAM_TIME_ZONE).weekday === weekday) return candidate;
  }
  throw new Error('unreachable');
}

const local = (d: Date) => zonedParts(d, TEAM_TIME_ZONE);

// Analyst with an outage: MQL, P3, 24 h first-response SLA for an SDR (policy.md sections 6-7).
const PEDRO = {
  fullName: 'Pedro Ruiz', email: 'pedro.ruiz@acerosdelnorte.com.mx', jobPosition: 'Analista de TI', companyName: 'Aceros del Norte',
  industry: 'Manufactura', location: 'Monterrey, México', companySize: 300, source: 'web_form' as const,
  description: 'Urgente: se cayó el almacenamiento de la planta',
};
describe('lead workflow over hours and days (time-skipping test server, real durations)', () => {
  let env: TestWorkflowEnvironment;
  let clock: StackClock;
  let stack: WorkerStack;
  let seq = 0;
  const unique = <T extends { email: string; fullName: string; companyName: string }>(lead: T): T => ({
    ...lead, fullName: `${lead.fullName} ${++seq}`, email: lead.email.replace('@', `+ts${seq}@`), companyName: `${lead.companyName} ${seq}`,
  });

  beforeAll(async () => {
    env = await startTimeSkippingEnvironment();
    clock = serverClock(env);
    await clock.sync();
    stack = await startWorkerStack({ SLA_TIME_SCALE: '1', TEMPORAL_ADDRESS: env.address, TEMPORAL_NAMESPACE: 'default' }, { clock });
  }, 120_000);

  afterAll(async () => {
    await stack?.close();
    await env?.teardown();
  }, 60_000);

  /** Moves the server's clock forward; every timer due meanwhile fires and its activities run before this returns. */
  async function skip(ms: number): Promise<Date> {
    await env.sleep(ms);
    await clock.sync();
    return clock.now();
  }

  const mailsTo = (to: string, leadId?: string) => (): ReceivedEmail[] =>
    stack.smtp.messages.filter((m) => m.to.includes(to) && (!leadId || m.text.includes(leadId)));
  const userEmail = async (id: string) => (await stack.database.db.query('SELECT email FROM users WHERE id = $1', [id]))[0].email as string;
  const eventCount = async (leadId: string, type: string) => (await stack.eventTypes(leadId)).filter((t) => t === type).length;
  const waitForEvent = (leadId: string, type: string, count: number) =>
    waitUntil(async () => (await eventCount(leadId, type)) >= count, 30_000, `${count} ${type} event(s)`);

  it('breaches a P3 MQL lead after a skipped day and runs the configured escalation chain, each e-mail once', async () => {
    await stack.settings.set('escalationChain', [
      { action: 'REMIND_OWNER', afterMinutes: 0 },
      { action: 'NOTIFY_MANAGER', afterMinutes: 60 },
      { action: 'REASSIGN', afterMinutes: 120 },
    ], null);
    const lead = await stack.submit(unique(PEDRO));
    const assigned = await stack.waitForLead(lead.id, (l) => l.ownerId !== null && l.slaState === 'RUNNING', 30_000, 'first assignment');
    expect(assigned).toMatchObject({ stage: 'MQL', priority: 'P3' });
    // 24 h of wall-clock time from arrival (the default SLA policy does not count business hours only).
    expect(assigned.slaDueAt!.getTime()).toBe(lead.createdAt.getTime() + DAY);
    const dueAt = assigned.slaDueAt!;
    const firstOwner = await userEmail(assigned.ownerId!);
    const toFirstOwner = mailsTo(firstOwner, lead.id);
    const toManager = mailsTo('manager@leadops.dev', lead.id);
    await stack.smtp.waitFor(() => toFirstOwner().length === 1, 30_000);
    expect(toFirstOwner()[0]!.subject).toContain('[P3 MQL] New lead');

    // 23 hours later nothing has happened yet.
    await skip(23 * HOUR);
    expect(await stack.lead(lead.id)).toMatchObject({ slaState: 'RUNNING', ownerId: assigned.ownerId, escalationLevel: 0 });
    expect(toFirstOwner()).toHaveLength(1);

    // Past the due time: BREACHED and the owner is reminded at once; the manager not yet (60 minutes later).
    await skip(HOUR + MINUTE);
    const breached = await stack.waitForLead(lead.id, (l) => l.slaState === 'BREACHED' && l.escalationLevel === 1, 30_000, 'breach and reminder');
    expect(breached.ownerId).toBe(assigned.ownerId);
    const reminders = toFirstOwner().filter((m) => m.subject.startsWith('SLA breached'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.receivedAt.getTime()).toBeGreaterThanOrEqual(dueAt.getTime());
    expect(reminders[0]!.receivedAt.getTime()).toBeLessThan(dueAt.getTime() + 2 * MINUTE);
    expect(toManager()).toHaveLength(0);

    // Half an hour in, the lead clicks a link: recorded, but the chain goes on where it was (no second reminder, and the
    // manager is still told an hour after the breach, not an hour after the click).
    await skip(30 * MINUTE);
    await stack.client.workflow.getHandle(leadWorkflowId(lead.id)).signal(engagementSignal, { kind: 'CLICK', at: clock.now().toISOString() });
    await waitForEvent(lead.id, 'ENGAGEMENT', 1);
    await skip(30 * MINUTE);
    await stack.waitForLead(lead.id, (l) => l.escalationLevel === 2, 30_000, 'manager step');
    expect(toManager()).toHaveLength(1);
    expect(toManager()[0]!.subject).toContain('SLA breach in your team');
    expect(toManager()[0]!.receivedAt.getTime()).toBeGreaterThanOrEqual(dueAt.getTime() + HOUR);
    expect(toManager()[0]!.receivedAt.getTime()).toBeLessThan(dueAt.getTime() + HOUR + 2 * MINUTE);

    // Two hours after that: another rep gets the lead with a fresh 24 h SLA.
    const reassignedBy = await skip(2 * HOUR);
    const reassigned = await stack.waitForLead(lead.id, (l) => l.escalationLevel === 3 && l.ownerId !== assigned.ownerId, 30_000, 'reassignment');
    expect(reassigned.slaState).toBe('RUNNING');
    const freshDue = reassigned.slaDueAt!.getTime();
    expect(freshDue).toBeGreaterThanOrEqual(dueAt.getTime() + 3 * HOUR + DAY);
    expect(freshDue).toBeLessThanOrEqual(reassignedBy.getTime() + DAY);
    const newOwner = await userEmail(reassigned.ownerId!);
    const toNewOwner = mailsTo(newOwner, lead.id);
    await stack.smtp.waitFor(() => toNewOwner().length === 1, 30_000);
    expect(toNewOwner()[0]!.subject).toContain('New lead');
    expect((await stack.client.workflow.getHandle(leadWorkflowId(lead.id)).query(leadStateQuery))).toMatchObject({
      step: 'AWAITING_FIRST_CONTACT', slaState: 'RUNNING', escalationLevel: 3, ownerId: reassigned.ownerId, slaDueAt: reassigned.slaDueAt!.toISOString(),
    });

    // Hours later still nothing was sent twice.
    await skip(6 * HOUR);
    expect(toFirstOwner()).toHaveLength(2); // assignment + reminder
    expect(toManager()).toHaveLength(1);
    expect(toNewOwner()).toHaveLength(1);
    const keys = stack.smtp.messages.filter((m) => m.text.includes(lead.id)).map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    const events = await stack.eventTypes(lead.id);
    expect(events.filter((t) => t === 'SLA_BREACHED')).toHaveLength(1);
    expect(events.filter((t) => t === 'ESCALATION')).toHaveLength(3);
    expect(events.filter((t) => t === 'ASSIGNED')).toHaveLength(2);

    // The new owner calls within the fresh SLA: MET; then the lead is closed.
    const handle = stack.client.workflow.getHandle(leadWorkflowId(lead.id));
    await handle.signal(markContactedSignal, { byUserId: reassigned.ownerId!, at: clock.now().toISOString() });
    await stack.waitForLead(lead.id, (l) => l.status === 'CONTACTED' && l.slaState === 'MET', 30_000, 'first contact');
    await handle.signal(closeLeadSignal, { outcome: 'LOST', reason: 'no budget', byUserId: reassigned.ownerId });
    expect(await handle.result()).toBe('LOST');
  }, 180_000);

  const NURTURE_SEQUENCE = {
    businessDaysOnly: true,
    steps: [
      { templateKey: 'nurture-welcome', waitDays: 0 },
      { templateKey: 'nurture-case-study', waitDays: 1 },
      { templateKey: 'nurture-checkin', waitDays: 2 },
    ],
  };

  it('sends the nurture e-mails from the templates over business days only, each once', async () => {
    await stack.settings.set('nurtureSequence', NURTURE_SEQUENCE, null);
    // A Friday morning in the team's time zone: one business day later is the Monday, two more the Wednesday.
    const friday = await skip(nextLocal(clock.now(), 5, 11).getTime() - clock.now().getTime());
    const input = unique(LAURA);
    const lead = await stack.submit(input);
    const toLead = mailsTo(input.email);
    const nurturing = await stack.waitForLead(lead.id, (l) => l.status === 'NURTURING', 30_000, 'nurture');
    expect(nurturing).toMatchObject({ stage: 'NURTURE', priority: 'P4', ownerId: null, slaState: 'NONE' });
    await stack.smtp.waitFor(() => toLead().length === 1, 30_000);

    await skip(DAY); // Saturday
    await skip(DAY); // Sunday
    expect(toLead()).toHaveLength(1);
    await skip(DAY + 5 * MINUTE); // Monday
    await stack.smtp.waitFor(() => toLead().length === 2, 30_000);
    await skip(DAY); // Tuesday
    expect(toLead()).toHaveLength(2);
    await skip(DAY); // Wednesday
    await stack.smtp.waitFor(() => toLead().length === 3, 30_000);
    await skip(7 * DAY); // the sequence has ended: nothing more
    expect(toLead()).toHaveLength(3);

    const [welcome, caseStudy, checkin] = toLead();
    expect(welcome!.subject).toBe('Gracias por contactar a SAS');
    expect(welcome!.text).toContain(`Hola ${input.fullName.split(' ')[0]},`);
    expect(caseStudy!.subject).toBe(`Cómo empresas como ${input.companyName} resolvieron lo mismo`);
    expect(checkin!.subject).toBe(`¿Hablamos, ${input.fullName.split(' ')[0]}?`);
    // Sent on the server's clock: Friday, then Monday and Wednesday at the time the sequence started (11:00 local).
    const sent = toLead().map((m) => ({ weekday: local(m.receivedAt).weekday, hour: local(m.receivedAt).hour, at: m.receivedAt.getTime() }));
    expect(sent.map((s) => s.weekday)).toEqual([5, 1, 3]);
    expect(sent.map((s) => s.hour)).toEqual([11, 11, 11]);
    expect(sent[1]!.at - sent[0]!.at).toBeGreaterThanOrEqual(3 * DAY);
    expect(sent[1]!.at - friday.getTime()).toBeLessThan(3 * DAY + 5 * MINUTE);
    expect(sent[2]!.at - sent[1]!.at).toBeGreaterThanOrEqual(2 * DAY);
    expect(sent[2]!.at - sent[1]!.at).toBeLessThan(2 * DAY + 5 * MINUTE);
    expect(new Set(toLead().map((m) => m.key)).size).toBe(3);
    expect(await eventCount(lead.id, 'NURTURE_STEP')).toBe(3);
    const handle = stack.client.workflow.getHandle(leadWorkflowId(lead.id));
    expect(await handle.query(leadStateQuery)).toMatchObject({ step: 'NURTURING', nurtureStep: 3, stage: 'NURTURE' });
    await handle.signal(closeLeadSignal, { outcome: 'LOST', reason: 'no interest', byUserId: null });
    expect(await handle.result()).toBe('LOST');
  }, 180_000);

  it('stops nurture for good when the lead replies', async () => {
    await stack.settings.set('nurtureSequence', NURTURE_SEQUENCE, null);
    await skip(nextLocal(clock.now(), 1, 10).getTime() - clock.now().getTime()); // a Monday, 10:00
    const input = unique(LAURA);
    const lead = await stack.submit(input);
    const toLead = mailsTo(input.email);
    await stack.smtp.waitFor(() => toLead().length === 1, 30_000);
    const handle = stack.client.workflow.getHandle(leadWorkflowId(lead.id));

    // The lead answers the welcome e-mail a few hours later.
    await skip(3 * HOUR);
    await handle.signal(engagementSignal, { kind: 'REPLY', at: clock.now().toISOString(), detail: 'Gracias, lo revisaremos con el equipo más adelante.' });
    await waitForEvent(lead.id, 'ENGAGEMENT', 1);
    expect(await handle.query(leadStateQuery)).toMatchObject({ step: 'NURTURING', stage: 'NURTURE', nurtureStep: -1 });

    // Two weeks (the case study was due the next day, the check-in two business days later): nothing more.
    for (let day = 0; day < 14; day++) await skip(DAY);
    expect(toLead()).toHaveLength(1);
    expect(toLead()[0]!.subject).toBe('Gracias por contactar a SAS');
    expect(await eventCount(lead.id, 'NURTURE_STEP')).toBe(1);
    expect(await handle.query(leadStateQuery)).toMatchObject({ step: 'NURTURING', nurtureStep: -1 });
    await handle.signal(closeLeadSignal, { outcome: 'LOST', reason: 'not now', byUserId: null });
    expect(await handle.result()).toBe('LOST');
  }, 180_000);

  it('continues a long-lived lead as new before its history grows large, carrying its state and its nurture', async () => {
    await stack.settings.set('nurtureSequence', NURTURE_SEQUENCE, null);
    await skip(nextLocal(clock.now(), 1, 9).getTime() - clock.now().getTime()); // a Monday, 09:00
    const input = unique(LAURA);
    const lead = await stack.submit(input);
    const toLead = mailsTo(input.email);
    await stack.smtp.waitFor(() => toLead().length === 1, 30_000);
    const handle = stack.client.workflow.getHandle(leadWorkflowId(lead.id)); // follows the latest run
    await waitUntil(async () => (await handle.query(leadStateQuery)).nurtureStep === 1, 30_000, 'welcome step recorded');
    const before = await handle.query(leadStateQuery);
    const firstRun = stack.client.workflow.getHandle(leadWorkflowId(lead.id), (await handle.describe()).runId);
    const engagements = async () =>
      (await stack.database.db.query(`SELECT count(*)::int AS n FROM lead_events WHERE lead_id = $1 AND type = 'ENGAGEMENT'`, [lead.id]))[0].n as number;

    // Weeks of clicks on the nurture e-mails: every engagement signal and what the workflow does about it (record it,
    // re-score the lead, plan the rest of the nurture) add history events, until the server suggests continue-as-new
    // (the test server does at 4,096 events, as Temporal's default). Batches while the history is short, then one
    // signal at a time, so few signals are in flight when the workflow continues as new.
    let sent = 0;
    let continued = false;
    while (!continued) {
      const { historyLength } = await firstRun.describe();
      if (historyLength > SUGGEST_CONTINUE_AS_NEW_EVENTS + 1000 || sent >= 10_000) {
        throw new Error(`no continue-as-new after ${sent} engagement signals (history ${historyLength} events)`);
      }
      const batch = historyLength < SUGGEST_CONTINUE_AS_NEW_EVENTS - 150 ? 25 : 1;
      for (let i = 0; i < batch; i++) {
        await signalLatestRun(() => handle.signal(engagementSignal, { kind: 'CLICK', at: clock.now().toISOString(), detail: `case study link ${sent + i}` }));
      }
      sent += batch;
      await waitUntil(async () => {
        continued = (await firstRun.describe()).status.name === 'CONTINUED_AS_NEW';
        return continued || (await engagements()) >= sent;
      }, 60_000, `engagement ${sent} recorded or the run continued as new`);
    }

    // No signal is lost at the hand-over: the ones that came in the workflow task that continued as new are handled first.
    await waitUntil(async () => (await engagements()) === sent, 30_000, `all ${sent} engagements recorded`);
    const first = await firstRun.describe();
    expect(first.historyLength).toBeGreaterThanOrEqual(SUGGEST_CONTINUE_AS_NEW_EVENTS);
    expect(first.historyLength).toBeLessThan(SUGGEST_CONTINUE_AS_NEW_EVENTS + 1000); // far from Temporal's 10,240-event warning
    const second = await handle.describe();
    expect(second.runId).not.toBe(first.runId);
    expect(second.status.name).toBe('RUNNING');
    expect(second.historyLength).toBeLessThan(100);
    // The new run answers exactly what the old one did: same step, stage, SLA and nurture step.
    expect(await handle.query(leadStateQuery)).toEqual(before);

    // It keeps listening: a click after the continue-as-new is recorded...
    const recorded = await engagements();
    await handle.signal(engagementSignal, { kind: 'CLICK', at: clock.now().toISOString(), detail: 'after continue-as-new' });
    await waitUntil(async () => (await engagements()) === recorded + 1, 30_000, 'engagement in the new run');
    // ...and nurtures on from the carried step: the case study the next business day, the welcome never again.
    await skip(DAY + 5 * MINUTE);
    await stack.smtp.waitFor(() => toLead().length === 2, 30_000);
    await skip(DAY);
    const subjects = toLead().map((m) => m.subject);
    expect(subjects[0]).toBe('Gracias por contactar a SAS');
    expect(subjects[1]).toBe(`Cómo empresas como ${input.companyName} resolvieron lo mismo`);
    expect(subjects.filter((x) => x === subjects[0])).toHaveLength(1);
    expect(local(toLead()[1]!.receivedAt).weekday).toBe(2); // Tuesday
    expect(await handle.query(leadStateQuery)).toMatchObject({ step: 'NURTURING', nurtureStep: 2 });
    await handle.signal(closeLeadSignal, { outcome: 'LOST', reason: 'never ready', byUserId: null });
    expect(await handle.result()).toBe('LOST');
  }, 300_000);
});
