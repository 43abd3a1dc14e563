// A deactivated rep, or one away longer than REROUTE_OUT_OF_OFFICE_HOURS, hands their uncontacted leads back to routing
// through each lead's own workflow: a new owner, a fresh SLA the workflow's timer waits on, and a timeline that says why.
// Contacted leads stay with the rep (issue 15).
import bcrypt from 'bcryptjs';
import { loadConfig } from '@leadops/config';
import {
  REROUTE_REP_LEADS_WORKFLOW_TYPE, closeLeadUpdate, leadStateQuery, leadWorkflowId, markContactedUpdate, reassignSignal, rerouteRepLeadsWorkflowId, type RerouteRepLeadsInput,
} from '@leadops/workflows';
import { RoutingStore } from '@leadops/persistence';
import { waitUntil } from '@leadops/testing';
import { keepRerouteSweepSchedule, rerouteSweepScheduleId } from '../src/reroute-sweep-schedule';
import { startWorkerStack, type WorkerStack } from './worker-harness';

const JOSH = {
  fullName: 'Josh Biden', email: 'josh@openenergy.com', jobPosition: 'CTO', companyName: 'Open Energy LLC', industry: 'Manufacturing',
  location: 'USA, Miami', description: 'Necesitamos urgentemente mejorar nuestro respaldo de datos', source: 'web_form' as const,
};

describe('re-routing a rep\'s leads when they are deactivated or away', () => {
  let stack: WorkerStack;
  let seq = 0;
  const others: string[] = [];
  const unique = () => ({ ...JOSH, fullName: `${JOSH.fullName} ${++seq}`, email: JOSH.email.replace('@', `+${seq}@`), companyName: `${JOSH.companyName} ${seq}` });

  async function addRep(email: string, name: string): Promise<string> {
    const [team] = await stack.database.db.query('SELECT id FROM teams LIMIT 1');
    const [row] = await stack.database.db.query(
      `INSERT INTO users (email, display_name, password_hash, role, team_id) VALUES ($1, $2, $3, 'REP', $4) RETURNING id`,
      [email, name, await bcrypt.hash('leadops', 4), team.id],
    );
    return row.id;
  }

  /** Leads that all go to `repId`: everyone else is full while they arrive. */
  async function leadsOf(repId: string, n: number) {
    await stack.database.db.query(`UPDATE users SET capacity = 0 WHERE role = 'REP' AND id <> $1`, [repId]);
    const leads = [];
    for (let i = 0; i < n; i++) {
      const lead = await stack.submit(unique());
      leads.push(await stack.waitForLead(lead.id, (l) => l.ownerId !== null && l.slaState === 'RUNNING', 10_000, 'assignment'));
    }
    await stack.database.db.query(`UPDATE users SET capacity = 25 WHERE role = 'REP'`);
    for (const l of leads) expect(l.ownerId).toBe(repId);
    return leads;
  }

  /** What the API does after storing the change. */
  async function reroute(repId: string, minOutOfOfficeHours = 24): Promise<number> {
    const [ops] = await stack.database.db.query(`SELECT id FROM users WHERE role = 'SALES_OPS' LIMIT 1`);
    return stack.client.workflow.execute(REROUTE_REP_LEADS_WORKFLOW_TYPE, {
      taskQueue: stack.config.temporal.taskQueue, workflowId: rerouteRepLeadsWorkflowId(repId), workflowIdReusePolicy: 'ALLOW_DUPLICATE',
      args: [{ repId, byUserId: ops.id, minOutOfOfficeHours } satisfies RerouteRepLeadsInput],
    });
  }

  beforeAll(async () => {
    stack = await startWorkerStack();
    others.push(await stack.userId('rep1@leadops.dev'), await stack.userId('rep2@leadops.dev'));
  });
  afterAll(async () => {
    await stack?.client.schedule.getHandle(rerouteSweepScheduleId(stack.config.temporal.taskQueue)).delete().catch(() => undefined);
    await stack?.close();
  });

  it('moves a deactivated rep\'s uncontacted leads to other eligible reps with a new SLA; a contacted one stays', async () => {
    const maria = await addRep('maria@leadops.dev', 'María López');
    const [a, b, contacted] = await leadsOf(maria, 3);
    await stack.client.workflow.getHandle(leadWorkflowId(contacted!.id))
      .executeUpdate(markContactedUpdate, { args: [{ byUserId: maria, at: new Date().toISOString(), ownerOnly: true }] });

    await stack.database.db.query('UPDATE users SET active = false WHERE id = $1', [maria]);
    expect(await reroute(maria)).toBe(2);

    for (const before of [a!, b!]) {
      const moved = await stack.waitForLead(before.id, (l) => l.ownerId !== maria, 10_000, 're-route');
      expect(others).toContain(moved.ownerId);
      expect(moved).toMatchObject({ status: 'ASSIGNED', slaState: 'RUNNING' });
      expect(moved.slaDueAt!.getTime()).toBeGreaterThan(before.slaDueAt!.getTime());
      // The workflow itself holds the new owner and due time: its SLA timer waits on them, not on the old ones.
      const state = await stack.client.workflow.getHandle(leadWorkflowId(before.id)).query(leadStateQuery);
      expect(state).toMatchObject({ ownerId: moved.ownerId, slaDueAt: moved.slaDueAt!.toISOString(), slaState: 'RUNNING', step: 'AWAITING_FIRST_CONTACT' });

      const timeline = await stack.leads.timeline(before.id);
      const assigned = timeline.filter((e: { type: string }) => e.type === 'ASSIGNED');
      expect(assigned).toHaveLength(2);
      expect(assigned[1]!.message).toMatch(/^Re-routed: María López is inactive\. Assigned to (Rita|Ramón) Ventas/);

      const decision = await new RoutingStore(stack.database.db).latestDecision(before.id);
      expect(decision).toMatchObject({ kind: 'ASSIGN', chosenRepId: moved.ownerId, cause: 're-routed: María López is inactive', strategy: 'ROUND_ROBIN' });
      expect(decision!.candidates).toEqual(expect.arrayContaining([
        expect.objectContaining({ repId: maria, repName: 'María López', outcome: 'INACTIVE' }),
        expect.objectContaining({ repId: moved.ownerId, outcome: 'CHOSEN' }),
      ]));
    }
    const stayed = await stack.lead(contacted!.id);
    expect(stayed).toMatchObject({ ownerId: maria, status: 'CONTACTED', slaState: 'MET' });
    expect((await stack.eventTypes(contacted!.id)).filter((t) => t === 'ASSIGNED')).toHaveLength(1);

    // A re-route that reaches a lead after its first contact (the list was read just before) leaves it too.
    await stack.client.workflow.getHandle(leadWorkflowId(contacted!.id))
      .signal(reassignSignal, { toUserId: null, byUserId: maria, cause: 're-routed: María López is inactive', ifUncontactedOwnerIs: maria });
    await new Promise((r) => setTimeout(r, 1500));
    expect((await stack.lead(contacted!.id)).ownerId).toBe(maria);
    expect((await stack.eventTypes(contacted!.id)).filter((t) => t === 'ASSIGNED')).toHaveLength(1);

    const handle = stack.client.workflow.getHandle(leadWorkflowId(a!.id));
    const owner = (await stack.lead(a!.id)).ownerId!;
    await handle.executeUpdate(closeLeadUpdate, { args: [{ outcome: 'LOST', reason: 'no budget', byUserId: owner, ownerOnly: true }] });
    await stack.recordHistory(handle.workflowId, 'rerouted-from-inactive-rep-lost');
  }, 90_000);

  it('moves the leads of a rep away for days, but not of one off for the rest of today (under the setting)', async () => {
    const pablo = await addRep('pablo@leadops.dev', 'Pablo Ruiz');
    const [lead] = await leadsOf(pablo, 1);
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'America/Mexico_City' });

    await stack.database.db.query('UPDATE users SET out_of_office = $2 WHERE id = $1', [pablo, JSON.stringify([{ from: day(0), to: day(0) }])]);
    expect(await reroute(pablo)).toBe(0);
    expect((await stack.lead(lead!.id)).ownerId).toBe(pablo);

    await stack.database.db.query('UPDATE users SET out_of_office = $2 WHERE id = $1', [pablo, JSON.stringify([{ from: day(-1), to: day(5) }])]);
    expect(await reroute(pablo)).toBe(1);
    const moved = await stack.waitForLead(lead!.id, (l) => l.ownerId !== pablo, 10_000, 're-route');
    expect(others).toContain(moved.ownerId);
    const last = (await stack.leads.timeline(lead!.id)).filter((e: { type: string }) => e.type === 'ASSIGNED').at(-1);
    expect(last!.message).toContain(`Re-routed: Pablo Ruiz is out of office until ${day(5)}.`);
  }, 60_000);

  it('a scheduled sweep moves the leads of a rep whose change was stored but never re-routed, and of an absence that has begun', async () => {
    // Stored straight in the database: what is left when the API is killed between saving the change and starting the
    // re-route, or when an absence entered last week starts today. Nobody calls reroute() here.
    const lucia = await addRep('lucia@leadops.dev', 'Lucía Ortega');
    const tomas = await addRep('tomas@leadops.dev', 'Tomás Vega');
    const staying = await addRep('sara@leadops.dev', 'Sara Núñez');
    const [fromInactive] = await leadsOf(lucia, 1);
    const [fromAway] = await leadsOf(tomas, 1);
    const [kept] = await leadsOf(staying, 1);
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'America/Mexico_City' });
    await stack.database.db.query('UPDATE users SET active = false WHERE id = $1', [lucia]);
    await stack.database.db.query('UPDATE users SET out_of_office = $2 WHERE id = $1', [tomas, JSON.stringify([{ from: day(-1), to: day(6) }])]);
    await stack.database.db.query('UPDATE users SET out_of_office = $2 WHERE id = $1', [staying, JSON.stringify([{ from: day(3), to: day(9) }])]);

    expect(await keepRerouteSweepSchedule(stack.config)).toBe('created');
    const handle = stack.client.schedule.getHandle(rerouteSweepScheduleId(stack.config.temporal.taskQueue));
    const described = await handle.describe();
    expect(described.spec.intervals).toEqual([expect.objectContaining({ every: 15 * 60_000 })]);
    expect(described.action).toMatchObject({ type: 'startWorkflow', workflowType: 'rerouteSweepWorkflow', args: [{ minOutOfOfficeHours: 24 }] });
    await handle.trigger();

    const moved = await stack.waitForLead(fromInactive!.id, (l) => l.ownerId !== lucia, 30_000, 'the inactive rep\'s lead re-routed by the sweep');
    expect(moved).toMatchObject({ status: 'ASSIGNED', slaState: 'RUNNING' });
    expect(moved.ownerId).not.toBe(tomas);
    const movedToo = await stack.waitForLead(fromAway!.id, (l) => l.ownerId !== tomas, 30_000, 'the away rep\'s lead re-routed by the sweep');
    expect(movedToo.ownerId).not.toBe(lucia);
    const last = (await stack.leads.timeline(fromAway!.id)).filter((e: { type: string }) => e.type === 'ASSIGNED').at(-1);
    expect(last!.message).toContain(`Re-routed: Tomás Vega is out of office until ${day(6)}.`);
    // An absence that starts in three days moves nothing yet.
    await waitUntil(async () => {
      const { info } = await handle.describe();
      return info.recentActions.length > 0 && info.runningActions.length === 0;
    }, 30_000, 'the sweep finished');
    expect((await stack.lead(kept!.id)).ownerId).toBe(staying);

    const off = loadConfig({ ...process.env, DATABASE_URL: stack.config.databaseUrl, TEMPORAL_TASK_QUEUE: stack.config.temporal.taskQueue, REROUTE_SWEEP_MINUTES: '0' });
    expect(await keepRerouteSweepSchedule(off)).toBe('deleted');
  }, 90_000);
});
