// The lead workflow alone: Temporal's time-skipping test server, the workflow bundle as the worker runs it, and fake
// activities (no PostgreSQL, no SMTP). Every path of a lead: triage, contact and close, refusals, reassignment,
// reclassification, duplicates, disqualification, the queue, the SLA breach and its escalation chain, nurture, and
// engagement. The e2e suites in apps/worker run the same paths over the real activities.
import { randomUUID } from 'node:crypto';
import { ApplicationFailure, WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, Worker } from '@temporalio/worker';
import { startTimeSkippingEnvironment } from '@leadops/testing';
import type { leadWorkflow } from '../src/lead.workflow';
import {
  closeLeadUpdate, engagementSignal, leadStateQuery, leadWorkflowId, markContactedSignal, markContactedUpdate, reassignUpdate, reclassifyUpdate,
  type LeadWorkflowState,
} from '../src/messages';
import { WORKFLOWS_PATH } from '../src/index';
import { DISQUALIFIED_P4, fakeLeadActivities, MQL_P3, NURTURE_P4, SQL_P1, type LeadScript } from './fake-lead-activities';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const TASK_QUEUE = 'lead-workflow-unit';

describe('lead workflow (time-skipping server, fake activities)', () => {
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let running: Promise<void>;
  const fakes = fakeLeadActivities(() => env.currentTimeMs());

  let code: string;

  beforeAll(async () => {
    env = await startTimeSkippingEnvironment();
    ({ code } = await bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} } }));
    worker = await Worker.create({ connection: env.nativeConnection, taskQueue: TASK_QUEUE, workflowBundle: { code }, activities: fakes.activities });
    running = worker.run();
  }, 120_000);

  // A test that failed half-way leaves its lead's workflow waiting: ended here, so it cannot hold the next test's clock.
  const started: WorkflowHandle[] = [];
  afterEach(async () => {
    for (const handle of started.splice(0)) await handle.terminate('test over').catch(() => undefined);
  });

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
  }, 60_000);

  async function start(script: LeadScript, leadId = randomUUID(), on = { env, taskQueue: TASK_QUEUE }): Promise<WorkflowHandle<typeof leadWorkflow>> {
    fakes.script(leadId, script);
    const handle = await on.env.client.workflow.start<typeof leadWorkflow>('leadWorkflow', { taskQueue: on.taskQueue, workflowId: leadWorkflowId(leadId), args: [{ leadId }] });
    started.push(handle);
    return handle;
  }

  const leadIdOf = (handle: WorkflowHandle) => handle.workflowId.replace(/^lead-/, '');
  const stateOf = (handle: WorkflowHandle) => handle.query(leadStateQuery);

  async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, ms = 10_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = await read();
      if (ok(value)) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: last ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  const untilState = (handle: WorkflowHandle, ok: (s: LeadWorkflowState) => boolean, what: string) => until(() => stateOf(handle), ok, what);
  const untilCalls = (leadId: string, name: string, count: number) =>
    until(async () => fakes.callsOf(leadId, name).length, (n) => n >= count, `${count} ${name} call(s) for ${leadId}`);

  /** Why the workflow refused an update: the ApplicationFailure's type. */
  async function refusal(update: Promise<unknown>): Promise<string> {
    const error = await update.then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
    expect((error as WorkflowUpdateFailedError).cause).toBeInstanceOf(ApplicationFailure);
    return ((error as WorkflowUpdateFailedError).cause as ApplicationFailure).type!;
  }

  const acceptedUpdates = async (handle: WorkflowHandle) =>
    ((await handle.fetchHistory()).events ?? []).filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes).length;

  it('triages an SQL lead to a rep with a running SLA; contact and close answer with the state after them', async () => {
    const handle = await start({ classification: SQL_P1, owners: ['rep-a'] });
    const leadId = leadIdOf(handle);
    const assigned = await untilState(handle, (s) => s.step === 'AWAITING_FIRST_CONTACT', 'assignment');
    expect(assigned).toMatchObject({ stage: 'SQL', priority: 'P1', ownerId: 'rep-a', slaState: 'RUNNING' });
    expect(fakes.callsOf(leadId, 'notifyAssignment').map((c) => c.input['ownerId'])).toEqual(['rep-a']);
    expect(fakes.callsOf(leadId, 'sendClassificationResult')).toHaveLength(1);

    const contacted = await handle.executeUpdate(markContactedUpdate, { args: [{ byUserId: 'rep-a', at: new Date().toISOString(), ownerOnly: true }] });
    expect(contacted).toMatchObject({ step: 'WORKING', slaState: 'MET', ownerId: 'rep-a' });
    expect(fakes.callsOf(leadId, 'recordFirstContact')).toHaveLength(1); // written before the update answered

    // Contacted twice (a double click): the same answer, recorded once.
    expect(await handle.executeUpdate(markContactedUpdate, { args: [{ byUserId: 'rep-a', at: new Date().toISOString() }] })).toMatchObject({ step: 'WORKING' });
    expect(fakes.callsOf(leadId, 'recordFirstContact')).toHaveLength(1);

    const closed = await handle.executeUpdate(closeLeadUpdate, { args: [{ outcome: 'CONVERTED', reason: null, byUserId: 'rep-a', ownerOnly: true }] });
    expect(closed).toMatchObject({ step: 'CLOSED', outcome: 'CONVERTED' });
    expect(fakes.callsOf(leadId, 'closeLead').map((c) => c.input)).toEqual([expect.objectContaining({ outcome: 'CONVERTED', byUserId: 'rep-a' })]);
    expect(await handle.result()).toBe('CONVERTED');
  });

  it('refuses what the lifecycle forbids and what is not the caller\'s, leaving no trace in the history', async () => {
    const handle = await start({ classification: MQL_P3, owners: ['rep-a'] });
    const leadId = leadIdOf(handle);
    await untilState(handle, (s) => s.step === 'AWAITING_FIRST_CONTACT', 'assignment');

    expect(await refusal(handle.executeUpdate(closeLeadUpdate, { args: [{ outcome: 'LOST', reason: '  ', byUserId: 'ops' }] }))).toBe('REASON_REQUIRED');
    expect(await refusal(handle.executeUpdate(markContactedUpdate, { args: [{ byUserId: 'rep-b', at: new Date().toISOString(), ownerOnly: true }] }))).toBe('NOT_OWNER');
    expect(await refusal(handle.executeUpdate(closeLeadUpdate, { args: [{ outcome: 'CONVERTED', reason: null, byUserId: 'rep-b', ownerOnly: true }] }))).toBe('NOT_OWNER');

    expect(await acceptedUpdates(handle)).toBe(0);
    expect(fakes.callsOf(leadId, 'recordFirstContact')).toHaveLength(0);
    expect(fakes.callsOf(leadId, 'closeLead')).toHaveLength(0);
    expect(await stateOf(handle)).toMatchObject({ step: 'AWAITING_FIRST_CONTACT', ownerId: 'rep-a', outcome: null });

    // Sales ops (no ownerOnly) may close anyone's lead; a LOST lead needs its reason.
    expect(await handle.executeUpdate(closeLeadUpdate, { args: [{ outcome: 'LOST', reason: 'chose a competitor', byUserId: 'ops' }] })).toMatchObject({ outcome: 'LOST' });
    expect(await handle.result()).toBe('LOST');
    // A closed lead's workflow has ended: the server itself turns further updates away.
    await expect(handle.executeUpdate(markContactedUpdate, { args: [{ byUserId: 'rep-a', at: new Date().toISOString() }] })).rejects.toThrow();
  });

  it('reassigns by routing (skipping the current owner) or to a named rep, and answers with the new owner', async () => {
    const handle = await start({ classification: SQL_P1, owners: ['rep-a', 'rep-b'] });
    const leadId = leadIdOf(handle);
    await untilState(handle, (s) => s.ownerId === 'rep-a' && s.step === 'AWAITING_FIRST_CONTACT', 'first owner');

    const byRouting = await handle.executeUpdate(reassignUpdate, { args: [{ toUserId: null, byUserId: 'manager' }] });
    expect(byRouting).toMatchObject({ ownerId: 'rep-b', slaState: 'RUNNING', step: 'AWAITING_FIRST_CONTACT' });
    expect(fakes.callsOf(leadId, 'assignOwner').at(-1)!.input).toMatchObject({ excludeUserIds: ['rep-a'], toUserId: null });

    const named = await handle.executeUpdate(reassignUpdate, { args: [{ toUserId: 'rep-c', byUserId: 'manager' }] });
    expect(named).toMatchObject({ ownerId: 'rep-c' });
    // To the rep who has it already (a bulk hand-over): answered as it is, nothing routed, nobody e-mailed twice.
    const routings = fakes.callsOf(leadId, 'assignOwner').length;
    expect(await handle.executeUpdate(reassignUpdate, { args: [{ toUserId: 'rep-c', byUserId: 'manager' }] })).toMatchObject({ ownerId: 'rep-c' });
    expect(fakes.callsOf(leadId, 'assignOwner')).toHaveLength(routings);
    expect(fakes.callsOf(leadId, 'notifyAssignment').map((c) => c.input['ownerId'])).toEqual(['rep-a', 'rep-b', 'rep-c']);
  });

  it('reclassifies on request and answers with the new stage; a NURTURE lead that became SQL goes to a rep', async () => {
    const handle = await start({ classification: NURTURE_P4, reclassification: SQL_P1, owners: ['rep-a'], nurture: [] });
    await untilState(handle, (s) => s.step === 'NURTURING', 'nurture');
    const after = await handle.executeUpdate(reclassifyUpdate, { args: [] });
    expect(after).toMatchObject({ stage: 'SQL', priority: 'P1', ownerId: 'rep-a', slaState: 'RUNNING' });
  });

  it('merges a duplicate into the open lead it repeats, which hears it as a resubmission', async () => {
    // A server of its own: on a busy machine the Java test server keeps a time-skipping lock after one workflow signals
    // another (reproduced under CPU load, and in CI), and every later test's clock would then stand still.
    const own = { env: await startTimeSkippingEnvironment(), taskQueue: `${TASK_QUEUE}-duplicates` };
    const ownWorker = await Worker.create({ connection: own.env.nativeConnection, taskQueue: own.taskQueue, workflowBundle: { code }, activities: fakes.activities });
    try {
      await ownWorker.runUntil(async () => {
        const original = await start({ classification: SQL_P1, owners: ['rep-a'] }, randomUUID(), own);
        await untilState(original, (s) => s.step === 'AWAITING_FIRST_CONTACT', 'original assigned');
        const duplicate = await start({ classification: SQL_P1, duplicateOf: leadIdOf(original) }, randomUUID(), own);
        expect(await duplicate.result()).toBeNull();
        expect(fakes.callsOf(leadIdOf(duplicate), 'mergeDuplicate').map((c) => c.input['into'])).toEqual([leadIdOf(original)]);
        expect(fakes.callsOf(leadIdOf(duplicate), 'assignOwner')).toHaveLength(0);
        await untilCalls(leadIdOf(original), 'recordEngagement:FORM_RESUBMISSION', 1);
        for (const handle of started.splice(0)) await handle.terminate('test over').catch(() => undefined);
      });
    } finally {
      await own.env.teardown();
    }
  }, 120_000);

  it('closes a DISQUALIFIED lead by itself, without a rep', async () => {
    const handle = await start({ classification: DISQUALIFIED_P4, owners: ['rep-a'] });
    expect(await handle.result()).toBe('DISQUALIFIED');
    const leadId = leadIdOf(handle);
    expect(fakes.callsOf(leadId, 'closeLead').map((c) => c.input)).toEqual([expect.objectContaining({ outcome: 'DISQUALIFIED', byUserId: null })]);
    expect(fakes.callsOf(leadId, 'notifyAssignment')).toHaveLength(0);
  });

  it('queues a lead nobody can take and tries routing again every 5 minutes until someone can', async () => {
    const handle = await start({ classification: SQL_P1, owners: [null, null, 'rep-a'] });
    const leadId = leadIdOf(handle);
    await untilState(handle, (s) => s.step === 'QUEUED', 'queue');
    await env.sleep(5 * MINUTE + 1000);
    await untilCalls(leadId, 'assignOwner', 1);
    expect(await stateOf(handle)).toMatchObject({ step: 'QUEUED', ownerId: null });
    await env.sleep(5 * MINUTE);
    const assigned = await untilState(handle, (s) => s.ownerId === 'rep-a', 'assignment from the queue');
    expect(assigned).toMatchObject({ step: 'AWAITING_FIRST_CONTACT', slaState: 'RUNNING' });
  });

  it('breaches the SLA when it runs out and runs the escalation chain step by step, then gives the lead a fresh SLA with its new owner', async () => {
    const handle = await start({
      classification: SQL_P1, owners: ['rep-a'], slaMinutes: 15, escalateTo: 'rep-b',
      escalation: { timeScale: 1, steps: [{ action: 'REMIND_OWNER', afterMinutes: 0 }, { action: 'NOTIFY_MANAGER', afterMinutes: 15 }, { action: 'REASSIGN', afterMinutes: 15 }] },
    });
    const leadId = leadIdOf(handle);
    const assigned = await untilState(handle, (s) => s.slaState === 'RUNNING', 'SLA armed');
    const dueAt = Date.parse(assigned.slaDueAt!);

    await env.sleep(14 * MINUTE);
    expect(fakes.callsOf(leadId).filter((c) => c.name.startsWith('escalate:'))).toHaveLength(0);
    await env.sleep(2 * MINUTE);
    await untilCalls(leadId, 'escalate:REMIND_OWNER', 1);
    const [breach] = fakes.callsOf(leadId, 'escalate:MARK_BREACHED');
    expect(breach!.at).toBeGreaterThanOrEqual(dueAt);
    expect(breach!.at).toBeLessThan(dueAt + MINUTE);
    expect(await stateOf(handle)).toMatchObject({ slaState: 'BREACHED', escalationLevel: 1 });

    await env.sleep(15 * MINUTE);
    await untilCalls(leadId, 'escalate:NOTIFY_MANAGER', 1);
    expect(fakes.callsOf(leadId, 'escalate:REASSIGN')).toHaveLength(0);
    await env.sleep(15 * MINUTE);
    await untilCalls(leadId, 'escalate:REASSIGN', 1);
    const handedOn = await untilState(handle, (s) => s.ownerId === 'rep-b', 'reassignment by escalation');
    expect(handedOn).toMatchObject({ slaState: 'RUNNING', escalationLevel: 3 });
    expect(Date.parse(handedOn.slaDueAt!)).toBeGreaterThan(dueAt + 30 * MINUTE);
    expect(fakes.callsOf(leadId, 'escalate:REMIND_OWNER')).toHaveLength(1); // each step once
  });

  it('sends nurture steps on their schedule, not pushed back by a click, and stops for good at a reply', async () => {
    const nurture = [
      { index: 0, templateKey: 'nurture-1', waitMs: DAY },
      { index: 1, templateKey: 'nurture-2', waitMs: 3 * DAY },
      { index: 2, templateKey: 'nurture-3', waitMs: 3 * DAY },
    ];
    const handle = await start({ classification: NURTURE_P4, nurture });
    const leadId = leadIdOf(handle);
    await untilState(handle, (s) => s.step === 'NURTURING', 'nurture');
    const startedAt = await env.currentTimeMs();

    await env.sleep(12 * HOUR);
    await handle.signal(engagementSignal, { kind: 'CLICK', at: new Date().toISOString() });
    await untilCalls(leadId, 'recordEngagement:CLICK', 1);
    await env.sleep(12 * HOUR + MINUTE);
    await untilCalls(leadId, 'sendNurtureStep', 1);
    const [first] = fakes.callsOf(leadId, 'sendNurtureStep');
    expect(first!.at - startedAt).toBeLessThan(DAY + 2 * MINUTE); // a day from the start, not from the click

    await handle.signal(engagementSignal, { kind: 'REPLY', at: new Date().toISOString() });
    await untilCalls(leadId, 'recordEngagement:REPLY', 1);
    await env.sleep(8 * DAY);
    expect(fakes.callsOf(leadId, 'sendNurtureStep')).toHaveLength(1);
    expect(await stateOf(handle)).toMatchObject({ step: 'NURTURING', nurtureStep: -1 });
  });

  it('re-scores on engagement: a NURTURE lead that books a meeting becomes SQL and goes to a rep', async () => {
    const handle = await start({ classification: NURTURE_P4, nurture: [], owners: ['rep-a'], rescoreTo: { MEETING_BOOKED: SQL_P1 } });
    await untilState(handle, (s) => s.step === 'NURTURING', 'nurture');
    await handle.signal(engagementSignal, { kind: 'MEETING_BOOKED', at: new Date().toISOString() });
    const routed = await untilState(handle, (s) => s.ownerId === 'rep-a', 'routing after re-scoring');
    expect(routed).toMatchObject({ stage: 'SQL', priority: 'P1', slaState: 'RUNNING' });
  });

  it('still takes the action signals of callers from before the updates', async () => {
    const handle = await start({ classification: SQL_P1, owners: ['rep-a'] });
    await untilState(handle, (s) => s.step === 'AWAITING_FIRST_CONTACT', 'assignment');
    await handle.signal(markContactedSignal, { byUserId: 'rep-a', at: new Date().toISOString() });
    expect(await untilState(handle, (s) => s.step === 'WORKING', 'contact by signal')).toMatchObject({ slaState: 'MET' });
  });
});
