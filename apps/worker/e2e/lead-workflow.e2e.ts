import {
  closeLeadSignal, closeLeadUpdate, engagementSignal, leadStateQuery, leadWorkflowId, markContactedSignal, markContactedUpdate, reassignUpdate, reclassifyUpdate,
} from '@leadops/workflows';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signPayload } from '@leadops/persistence';
import { waitUntil } from '@leadops/testing';
import { LAURA } from './lead-fixtures';
import { startWorkerStack, type WorkerStack } from './worker-harness';

// 600x: a 5-minute P1 SLA lasts 0.5 s, a 15-minute escalation step 1.5 s.
const TIME_SCALE = 600;

const JOSH = {
  fullName: 'JOSH BIDEN', email: 'josh@openenergy.com', jobPosition: 'CTO', companyName: 'Open Energy LLC', industry: 'Manufacturing',
  location: 'USA, Miami', description: 'Necesitamos urgentemente mejorar nuestro respaldo de datos', source: 'web_form' as const,
};

describe('lead workflow on a real Temporal server', () => {
  let stack: WorkerStack;
  let seq = 0;
  // A new person each time (same e-mail, phone or company+name would be merged as a duplicate).
  const unique = <T extends { email: string; fullName: string }>(lead: T): T => ({ ...lead, fullName: `${lead.fullName} ${++seq}`, email: lead.email.replace('@', `+${seq}@`) });

  beforeAll(async () => {
    stack = await startWorkerStack({ SLA_TIME_SCALE: String(TIME_SCALE) }, { refuseRecipients: /^bounced\./ });
  });
  afterAll(async () => stack?.close());

  it('stops the SLA clock when the rep logs first contact, and ends with the outcome', async () => {
    const lead = await stack.submit(unique(JOSH));
    const assigned = await stack.waitForLead(lead.id, (l) => l.ownerId !== null && l.slaState === 'RUNNING', 5000, 'assignment');
    const handle = stack.client.workflow.getHandle(leadWorkflowId(lead.id));
    await handle.signal(markContactedSignal, { byUserId: assigned.ownerId!, at: new Date().toISOString() });
    const contacted = await stack.waitForLead(lead.id, (l) => l.status === 'CONTACTED');
    expect(contacted.slaState).toBe('MET');
    expect(contacted.firstContactedAt).not.toBeNull();
    expect((await handle.query(leadStateQuery)).step).toBe('WORKING');

    // Past the due time nothing breaches any more.
    await new Promise((r) => setTimeout(r, 800));
    expect((await stack.lead(lead.id)).slaState).toBe('MET');

    await handle.signal(closeLeadSignal, { outcome: 'CONVERTED', reason: 'signed', byUserId: assigned.ownerId });
    expect(await handle.result()).toBe('CONVERTED');
    const closed = await stack.lead(lead.id);
    expect(closed).toMatchObject({ status: 'CLOSED', outcome: 'CONVERTED', outcomeReason: 'signed' });
    expect(await stack.eventTypes(lead.id)).toEqual(expect.arrayContaining(['CREATED', 'CLASSIFIED', 'ASSIGNED', 'CONTACTED', 'CLOSED']));
    await stack.recordHistory(handle.workflowId, 'contacted-then-converted');
  });

  it('applies the rep\'s and ops\' actions as updates: each answers once the row is written, with the state after it', async () => {
    const lead = await stack.submit(unique(JOSH));
    const assigned = await stack.waitForLead(lead.id, (l) => l.ownerId !== null && l.slaState === 'RUNNING', 5000, 'assignment');
    const handle = stack.client.workflow.getHandle(leadWorkflowId(lead.id));
    const otherRep = (await stack.database.db.query(
      `SELECT id FROM users WHERE role = 'REP' AND active AND id <> $1 ORDER BY email LIMIT 1`, [assigned.ownerId],
    ))[0].id as string;

    const reassigned = await handle.executeUpdate(reassignUpdate, { args: [{ toUserId: otherRep, byUserId: assigned.ownerId! }] });
    expect(reassigned).toMatchObject({ ownerId: otherRep, slaState: 'RUNNING' });
    expect((await stack.lead(lead.id)).ownerId).toBe(otherRep); // no waiting: the update answered after the write

    const reclassified = await handle.executeUpdate(reclassifyUpdate, { args: [] });
    expect(reclassified).toMatchObject({ stage: assigned.stage, ownerId: otherRep });

    const contacted = await handle.executeUpdate(markContactedUpdate, { args: [{ byUserId: otherRep, at: new Date().toISOString(), ownerOnly: true }] });
    expect(contacted).toMatchObject({ step: 'WORKING', slaState: 'MET' });
    expect(await stack.lead(lead.id)).toMatchObject({ status: 'CONTACTED', slaState: 'MET' });

    const closed = await handle.executeUpdate(closeLeadUpdate, { args: [{ outcome: 'CONVERTED', reason: 'signed', byUserId: otherRep, ownerOnly: true }] });
    expect(closed).toMatchObject({ step: 'CLOSED', outcome: 'CONVERTED' });
    expect(await stack.lead(lead.id)).toMatchObject({ status: 'CLOSED', outcome: 'CONVERTED', outcomeReason: 'signed' });
    expect(await handle.result()).toBe('CONVERTED');
    await stack.recordHistory(handle.workflowId, 'updates-reassign-reclassify-contact-close');
  });

  it('on breach runs the escalation chain: marks BREACHED, reminds the owner, tells the manager, reassigns with a fresh SLA', async () => {
    const lead = await stack.submit(unique(JOSH));
    const first = await stack.waitForLead(lead.id, (l) => l.ownerId !== null, 5000, 'assignment');
    const firstOwner = first.ownerId!;
    const breached = await stack.waitForLead(lead.id, (l) => l.slaState === 'BREACHED', 5000, 'breach');
    expect(breached.ownerId).toBe(firstOwner);

    const reassigned = await stack.waitForLead(lead.id, (l) => l.ownerId !== firstOwner, 8000, 'reassignment');
    expect(reassigned.escalationLevel).toBe(3);
    expect(reassigned.slaDueAt!.getTime()).toBeGreaterThan(first.slaDueAt!.getTime());

    const [ownerEmail, newOwnerEmail] = await Promise.all(
      [firstOwner, reassigned.ownerId!].map(async (id) => (await stack.database.db.query('SELECT email FROM users WHERE id = $1', [id]))[0].email as string),
    );
    const forLead = () => stack.smtp.messages.filter((m) => m.text.includes(lead.id));
    await stack.smtp.waitFor(() => forLead().some((m) => m.to.includes(newOwnerEmail!)), 5000);
    const reminders = forLead().filter((m) => m.to.includes(ownerEmail!) && m.subject.startsWith('SLA breached'));
    const managerMails = forLead().filter((m) => m.to.includes('manager@leadops.dev'));
    expect(reminders).toHaveLength(1);
    expect(managerMails).toHaveLength(1);
    expect(managerMails[0]!.subject).toContain('SLA breach in your team');

    const events = await stack.eventTypes(lead.id);
    expect(events.filter((t) => t === 'ESCALATION')).toHaveLength(3);
    expect(events).toContain('SLA_BREACHED');
    const state = await stack.client.workflow.getHandle(leadWorkflowId(lead.id)).query(leadStateQuery);
    expect(state.escalationLevel).toBe(3);
    // every key was sent once
    const keys = forLead().map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    const handle = stack.client.workflow.getHandle(leadWorkflowId(lead.id));
    await handle.signal(closeLeadSignal, { outcome: 'LOST', reason: 'no budget', byUserId: null });
    expect(await handle.result()).toBe('LOST');
    await stack.recordHistory(handle.workflowId, 'breach-escalation-reassign-lost');
  });

  it('nurtures a good-fit lead that is not ready, and sends it to sales when it books a meeting', async () => {
    await stack.settings.set('nurtureSequence', {
      businessDaysOnly: false,
      steps: [
        { templateKey: 'nurture-welcome', waitDays: 0 },
        { templateKey: 'nurture-case-study', waitDays: 1 }, // 1 day / 600 = 144 s: the lead books a meeting before it
      ],
    }, null);
    const input = unique(LAURA);
    const lead = await stack.submit(input);
    const nurturing = await stack.waitForLead(lead.id, (l) => l.status === 'NURTURING', 5000, 'nurture');
    expect(nurturing.stage).toBe('NURTURE');
    expect(nurturing.priority).toBe('P4');
    expect(nurturing.ownerId).toBeNull();
    await stack.smtp.waitFor((m) => m.some((x) => x.to.includes(input.email)), 5000);
    const welcome = stack.smtp.messages.filter((m) => m.to.includes(input.email));
    expect(welcome).toHaveLength(1);
    expect(welcome[0]!.subject).toContain('Gracias por contactar a SAS');
    const handle = stack.client.workflow.getHandle(leadWorkflowId(lead.id));
    await waitUntil(async () => (await handle.query(leadStateQuery)).nurtureStep === 1, 5000, 'nurture step 1 recorded');

    await handle.signal(engagementSignal, { kind: 'MEETING_BOOKED', at: new Date().toISOString(), detail: 'Agendó una llamada para esta semana' });
    const routed = await stack.waitForLead(lead.id, (l) => l.ownerId !== null, 5000, 'routing after re-score');
    expect(routed.stage).toBe('SQL');
    expect(routed.slaState).toBe('RUNNING');
    expect(await stack.eventTypes(lead.id)).toEqual(expect.arrayContaining(['ENGAGEMENT', 'NURTURE_STEP', 'ASSIGNED']));
    expect((await handle.query(leadStateQuery)).step).not.toBe('NURTURING');
    await handle.signal(markContactedSignal, { byUserId: routed.ownerId!, at: new Date().toISOString() });
    await handle.signal(closeLeadSignal, { outcome: 'CONVERTED', reason: null, byUserId: routed.ownerId });
    expect(await handle.result()).toBe('CONVERTED');
    await stack.recordHistory(handle.workflowId, 'nurture-meeting-booked-sql');
  });

  it('suppresses an address the mail server refuses for good (hard bounce), without retrying, and writes to it no more', async () => {
    await stack.settings.set('nurtureSequence', { businessDaysOnly: false, steps: [{ templateKey: 'nurture-welcome', waitDays: 0 }] }, null);
    const input = unique(LAURA);
    const address = `bounced.${input.email}`;
    const lead = await stack.submit({ ...input, email: address });
    await waitUntil(async () => (await stack.eventTypes(lead.id)).includes('EMAIL_REFUSED'), 10_000, 'the refusal on the timeline');
    const suppression = await stack.database.db.query('SELECT reason FROM email_suppressions WHERE email = $1', [address]);
    expect(suppression).toEqual([{ reason: 'BOUNCED' }]);
    const [notification] = await stack.database.db.query(`SELECT status, attempts, last_error FROM notifications WHERE lead_id = $1 AND recipient = $2`, [lead.id, address]);
    expect(notification).toMatchObject({ status: 'FAILED' });
    expect(notification.last_error).toContain('550');
    // Not retried: the activity completed, and the workflow goes on nurturing.
    await new Promise((r) => setTimeout(r, 1500));
    expect((await stack.database.db.query(`SELECT attempts FROM notifications WHERE lead_id = $1 AND recipient = $2`, [lead.id, address]))[0].attempts).toBe(notification.attempts);
    expect((await stack.client.workflow.getHandle(leadWorkflowId(lead.id)).query(leadStateQuery)).step).toBe('NURTURING');

    // Once that lead is closed, another with the address (a new form, an import) gets no e-mail at all.
    await stack.client.workflow.getHandle(leadWorkflowId(lead.id)).executeUpdate(closeLeadUpdate, { args: [{ outcome: 'LOST', reason: 'address bounced', byUserId: null }] });
    const again = await stack.submit({ ...unique(LAURA), email: address, companyName: 'Otra Empresa' });
    await waitUntil(async () => (await stack.eventTypes(again.id)).includes('NURTURE_SUPPRESSED'), 10_000, 'nurture suppressed for the second lead');
    expect(stack.smtp.messages.filter((m) => m.to.includes(address))).toHaveLength(0);
  });

  it('closes a disqualified lead at once, with no owner and no SLA', async () => {
    const lead = await stack.submit({ fullName: 'asdf asdf', email: 'test@mailinator.com', description: 'asdf' });
    const handle = stack.client.workflow.getHandle(leadWorkflowId(lead.id));
    expect(await handle.result()).toBe('DISQUALIFIED');
    const closed = await stack.lead(lead.id);
    expect(closed).toMatchObject({ stage: 'DISQUALIFIED', priority: 'P4', status: 'CLOSED', outcome: 'DISQUALIFIED', ownerId: null, slaState: 'NONE' });
    await stack.recordHistory(handle.workflowId, 'disqualified');
  });

  it('merges a resubmission of an open lead into it instead of starting a second pipeline', async () => {
    const input = unique(JOSH);
    const first = await stack.submit(input);
    await stack.waitForLead(first.id, (l) => l.ownerId !== null);
    const second = await stack.submit({ ...input, fullName: input.fullName.toLowerCase(), description: 'Seguimos esperando la propuesta de respaldo.' });
    const handle = stack.client.workflow.getHandle(leadWorkflowId(second.id));
    expect(await handle.result()).toBeNull();
    const merged = await stack.lead(second.id);
    expect(merged).toMatchObject({ mergedInto: first.id, status: 'CLOSED', ownerId: null });
    await waitUntil(async () => (await stack.eventTypes(first.id)).includes('ENGAGEMENT'));
    expect(await stack.eventTypes(first.id)).toContain('RESUBMITTED');
    const classifications = await stack.database.db.query('SELECT count(*)::int AS n FROM classifications WHERE lead_id = $1', [second.id]);
    expect(classifications[0].n).toBe(0);
    await stack.recordHistory(handle.workflowId, 'duplicate-merged');
  });

  it('pushes signed lead events to webhook subscribers, retrying a failing receiver with backoff', async () => {
    const received: Array<{ event: string; signature: string; timestamp: string; body: string }> = [];
    const input = unique(JOSH);
    let failuresLeft = 1; // the receiver is down for this lead's first delivery
    const receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        if (JSON.parse(body).lead?.email === input.email && failuresLeft-- > 0) return void res.writeHead(503).end();
        received.push({ event: JSON.parse(body).event, signature: String(req.headers['x-leadops-signature']), timestamp: String(req.headers['x-leadops-timestamp']), body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const secret = 'receiver-secret-0123456789';
    const [sub] = await stack.database.db.query(
      `INSERT INTO webhook_subscriptions (url, events, secret) VALUES ($1, '{lead.classified,lead.assigned}', $2) RETURNING id`, [url, secret]);
    try {
      const lead = await stack.submit(input);
      // Other tests' leads may reach this subscriber too: look at this lead's events.
      const mine = () => received.filter((r) => JSON.parse(r.body).lead.id === lead.id);
      // At 600x the P1 may breach and be reassigned meanwhile, which is another lead.assigned: wait for both kinds.
      await waitUntil(async () => ['lead.classified', 'lead.assigned'].every((e) => mine().some((r) => r.event === e)), 20_000, 'classified and assigned deliveries');
      for (const r of mine()) expect(r.signature).toBe(signPayload(secret, r.timestamp, r.body));
      // The delivery log is written after the receiver answers: wait until it has caught up with what arrived.
      const logged = () => stack.database.db.query('SELECT ok, status_code FROM webhook_deliveries WHERE subscription_id = $1 AND lead_id = $2 ORDER BY at', [sub.id, lead.id]);
      const log = await waitUntil(async () => {
        const rows = await logged();
        return rows.filter((l: { ok: boolean }) => l.ok).length >= mine().length ? rows : null;
      }, 5000, 'delivery log');
      expect(log.filter((l: { ok: boolean }) => !l.ok)).toEqual([{ ok: false, status_code: 503 }]);
    } finally {
      await stack.database.db.query('UPDATE webhook_subscriptions SET active = false WHERE id = $1', [sub.id]);
      receiver.close();
    }
  });

  it("lets nobody close or cool another rep's lead through the form: a resubmission may raise it, never lower or close it", async () => {
    const original = unique(JOSH);
    const lead = await stack.submit(original);
    await stack.waitForLead(lead.id, (l) => l.ownerId !== null && l.stage === 'SQL', 10_000, 'SQL with an owner');
    // Anyone can type this lead's e-mail into the public form, with words that read as a job seeker.
    const spoof = await stack.submit({ ...original, description: 'Busco trabajo, adjunto mi CV. No me interesa comprar nada.' });
    await stack.waitForLead(spoof.id, (l) => l.status === 'CLOSED' && l.mergedInto === lead.id, 10_000, 'resubmission merged');
    await waitUntil(async () => (await stack.eventTypes(lead.id)).includes('ENGAGEMENT'), 10_000, 'the resubmission recorded');
    await new Promise((r) => setTimeout(r, 1500)); // the re-score runs right after: give it time to (not) act
    const after = await stack.lead(lead.id);
    expect({ stage: after.stage, status: after.status === 'CLOSED' ? 'CLOSED' : 'open', outcome: after.outcome }).toEqual({ stage: 'SQL', status: 'open', outcome: null });
    expect(await stack.eventTypes(lead.id)).toContain('RESCORE_KEPT');
  });

  it('refuses to deliver to an inside address, once, without retrying (a row the API would refuse, or a name rebound since)', async () => {
    // 10.255.255.1 is a private address this stack does not allow (WEBHOOK_ALLOWED_PRIVATE_CIDRS is 127.0.0.1/32).
    const [sub] = await stack.database.db.query(
      `INSERT INTO webhook_subscriptions (url, events, secret) VALUES ('http://10.255.255.1/hook', '{lead.classified}', 'receiver-secret-0123456789') RETURNING id`);
    try {
      const lead = await stack.submit(unique(JOSH));
      const rows = await waitUntil(async () => {
        const r = await stack.database.db.query('SELECT ok, error FROM webhook_deliveries WHERE subscription_id = $1 AND lead_id = $2', [sub.id, lead.id]);
        return r.length ? r : null;
      }, 10_000, 'refused delivery logged');
      expect(rows).toEqual([{ ok: false, error: 'refused: 10.255.255.1 is a private network address' }]);
      await new Promise((r) => setTimeout(r, 6000)); // past the first retry's 5 s backoff
      expect((await stack.database.db.query('SELECT count(*)::int AS n FROM webhook_deliveries WHERE subscription_id = $1', [sub.id]))[0].n).toBe(1);
    } finally {
      await stack.database.db.query('UPDATE webhook_subscriptions SET active = false WHERE id = $1', [sub.id]);
    }
  }, 30_000);

  it('exposes live state through the query', async () => {
    const lead = await stack.submit(unique(JOSH));
    await stack.waitForLead(lead.id, (l) => l.ownerId !== null);
    const state = await waitUntil(async () => {
      const s = await stack.client.workflow.getHandle(leadWorkflowId(lead.id)).query(leadStateQuery);
      return s.slaDueAt ? s : null;
    });
    expect(state).toMatchObject({ leadId: lead.id, stage: 'SQL', priority: 'P1', slaState: expect.stringMatching(/RUNNING|BREACHED/) });
  });
});
