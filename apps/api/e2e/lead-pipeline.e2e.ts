import { gql, login, startStack, streamTicket, type Stack } from './harness';
import { SettingsStore } from '@leadops/persistence';
import { waitUntil } from '@leadops/testing';

const LEAD_FIELDS = `id status stage priority slaDueAt slaState createdAt updatedAt workflowId temporalUrl
  owner { id email }
  classification { stage priority slaMinutes classifier policyVersion profileVersion recommendedOwner summary
    contactProfile { seniorityLevel roleType decisionPower emailType }
    fit { grade score reasons } urgency { level score signals } opportunity { dealSize complexity } dataQuality { label score missing } }
  timeline { type message }`;

const JOSH = {
  fullName: 'JOSH BIDEN', age: 42, gender: 'Male', location: 'USA, Miami', email: 'josh@openenergy.com', jobPosition: 'CTO',
  companyName: 'Open Energy LLC', industry: 'Manufacturing', notifyEmail: 'ventas@sasnw.com',
  description: 'Necesitamos urgentemente mejorar nuestro respaldo de datos', source: 'web_form',
};

const CREATE = `mutation($input: CreateLeadInput!) { createLead(input: $input) { id status createdAt workflowId } }`;
const GET = `query($id: ID!) { lead(id: $id) { ${LEAD_FIELDS} } }`;

describe('one lead end to end (API + Temporal + worker + PostgreSQL)', () => {
  let stack: Stack;
  let ops: string;

  beforeAll(async () => {
    stack = await startStack({ NOTIFY_EMAIL_DOMAINS: 'sasnw.com' }); // the seller's own domain receives scoring
    await stack.startWorker();
    ops = await login(stack, 'ops@leadops.dev');
    // A freshly started worker spends its first workflow task building the sandbox: warm it up once, as production is.
    const warmUp = await gql(stack, CREATE, { input: { fullName: 'Warm Up', email: 'warm@up.example.org' } }, ops);
    await waitUntil(async () => (await gql(stack, GET, { id: warmUp.data.createLead.id }, ops)).data?.lead?.classification, 10_000, 'warm-up lead');
  });
  afterAll(async () => stack?.close());

  const leadCount = async () => (await stack.database.db.query('SELECT count(*)::int AS n FROM leads'))[0].n as number;

  it("classifies the brief's example as SQL / P1 with an owner and a 5-minute SLA within a second", async () => {
    const created = await gql(stack, CREATE, { input: JOSH }, ops);
    expect(created.errors).toBeUndefined();
    const id = created.data.createLead.id;
    const returnedAt = Date.now();
    const lead = await waitUntil(async () => {
      const l = (await gql(stack, GET, { id }, ops)).data?.lead;
      return l?.owner && l?.slaDueAt ? l : null;
    }, 5000, 'classified and assigned lead');
    const elapsed = Date.now() - returnedAt;
    console.log(`[e2e] brief example classified, assigned and SLA armed ${elapsed} ms after createLead returned`);
    expect(elapsed).toBeLessThan(1000);
    expect(lead.stage).toBe('SQL');
    expect(lead.priority).toBe('P1');
    expect(lead.classification.contactProfile).toMatchObject({ seniorityLevel: 'C_LEVEL', emailType: 'CORPORATE', roleType: 'TECH_DECISION_MAKER', decisionPower: 'HIGH' });
    expect(lead.classification.classifier).toBe('rules');
    expect(lead.classification.slaMinutes).toBe(5);
    expect(lead.classification.profileVersion).toBe(1);
    expect(Date.parse(lead.slaDueAt) - Date.parse(lead.createdAt)).toBe(5 * 60_000);
    expect(lead.owner.email).toMatch(/^rep[12]@leadops\.dev$/);
    expect(lead.status).toBe('ASSIGNED');
    expect(lead.slaState).toBe('RUNNING');
    expect(lead.workflowId).toBe(`lead-${id}`);
    expect(lead.temporalUrl).toContain(`/workflows/lead-${id}`);
    expect(lead.timeline.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['CREATED', 'CLASSIFIED', 'ASSIGNED']));

    // The owner and the notify address each get their e-mail once.
    await stack.smtp.waitFor((m) => m.some((x) => x.to.includes(lead.owner.email)) && m.some((x) => x.to.includes('ventas@sasnw.com')));
    const result = stack.smtp.messages.filter((m) => m.to.includes('ventas@sasnw.com'));
    expect(result).toHaveLength(1);
    // In the lead's language (issue 14): this lead wrote in Spanish.
    expect(result[0]!.text).toContain('Etapa: SQL');
    expect(result[0]!.text).toContain('Prioridad: P1');
    expect(result[0]!.text).toContain('urgencia en sus palabras: "urgentemente"');
  });

  it("answers a rep's and ops' actions with the lead as it is after them, and refuses what the lifecycle forbids", async () => {
    const created = await gql(stack, CREATE, { input: { ...JOSH, email: 'josh.actions@openenergy.com', fullName: 'Josh Actions', companyName: 'Open Energy Actions' } }, ops);
    const id = created.data.createLead.id;
    const assigned = await waitUntil(async () => (await gql(stack, GET, { id }, ops)).data?.lead?.owner, 5000, 'assignment');
    const other = assigned.email === 'rep1@leadops.dev' ? 'rep2@leadops.dev' : 'rep1@leadops.dev';
    const otherId = (await stack.database.db.query('SELECT id FROM users WHERE email = $1', [other]))[0].id;
    const ACTION_FIELDS = 'id status slaState outcome owner { email }';

    const reassigned = await gql(stack, `mutation($id: ID!, $to: ID) { reassign(id: $id, toUserId: $to) { ${ACTION_FIELDS} } }`, { id, to: otherId }, ops);
    expect(reassigned.errors).toBeUndefined();
    expect(reassigned.data.reassign).toMatchObject({ status: 'ASSIGNED', owner: { email: other } }); // the new owner in the answer itself
    // Again to the same rep (a bulk hand-over often includes leads the rep has): nothing changes, no second e-mail.
    const assignedEvents = async () => (await gql(stack, GET, { id }, ops)).data.lead.timeline.filter((e: { type: string }) => e.type === 'ASSIGNED').length;
    const before = await assignedEvents();
    const again = await gql(stack, `mutation($id: ID!, $to: ID) { reassign(id: $id, toUserId: $to) { ${ACTION_FIELDS} } }`, { id, to: otherId }, ops);
    expect(again.errors).toBeUndefined();
    expect(again.data.reassign).toMatchObject({ owner: { email: other } });
    expect(await assignedEvents()).toBe(before);

    // The rep who had it cannot act on it any more; the new owner's contact stops the clock, in the answer.
    const formerOwner = await login(stack, assigned.email);
    const refused = await gql(stack, `mutation($id: ID!) { markContacted(id: $id) { id } }`, { id }, formerOwner);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const owner = await login(stack, other);
    const contacted = await gql(stack, `mutation($id: ID!) { markContacted(id: $id) { ${ACTION_FIELDS} } }`, { id }, owner);
    expect(contacted.errors).toBeUndefined();
    expect(contacted.data.markContacted).toMatchObject({ status: 'CONTACTED', slaState: 'MET' });

    const lost = await gql(stack, `mutation($id: ID!) { closeLead(id: $id, outcome: LOST) { id } }`, { id }, owner);
    expect(lost.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const closed = await gql(stack, `mutation($id: ID!) { closeLead(id: $id, outcome: CONVERTED, reason: "signed") { ${ACTION_FIELDS} } }`, { id }, owner);
    expect(closed.errors).toBeUndefined();
    expect(closed.data.closeLead).toMatchObject({ status: 'CLOSED', outcome: 'CONVERTED' });
    const twice = await gql(stack, `mutation($id: ID!) { closeLead(id: $id, outcome: CONVERTED) { id } }`, { id }, owner);
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it("arms the SLA sales ops configured for the priority, and names that policy version", async () => {
    const settings = new SettingsStore(stack.database.db);
    await settings.set('classificationPolicy', { slaMinutes: { P1: 15 } }, null);
    try {
      const created = await gql(stack, CREATE, { input: { ...JOSH, fullName: 'Ines Prieto', email: 'ines@solarnorte.mx', companyName: 'Solar Norte', notifyEmail: null } }, ops);
      const lead = await waitUntil(async () => {
        const l = (await gql(stack, GET, { id: created.data.createLead.id }, ops)).data?.lead;
        return l?.slaDueAt ? l : null;
      }, 5000, 'armed SLA');
      expect(lead.priority).toBe('P1');
      expect(lead.classification.slaMinutes).toBe(15);
      expect(lead.classification.policyVersion).toMatch(/^v1\+[0-9a-f]{8}$/);
      expect(Date.parse(lead.slaDueAt) - Date.parse(lead.createdAt)).toBe(15 * 60_000);
    } finally {
      await settings.set('classificationPolicy', null, null);
    }
  });

  it.each([
    ['email missing', { fullName: 'Ana' }, 'email'],
    ['email not a string', { fullName: 'Ana', email: 42 }, 'email'],
    ['age negative', { fullName: 'Ana', email: 'ana@acme.mx', age: -3 }, 'age'],
    ['fullName empty', { fullName: '   ', email: 'ana@acme.mx' }, 'fullName'],
    ['unknown source', { fullName: 'Ana', email: 'ana@acme.mx', source: 'carrier-pigeon' }, 'source'],
  ])('refuses %s with an error naming the field and stores nothing', async (_case, input, field) => {
    const before = await leadCount();
    const answer = await gql(stack, CREATE, { input }, ops);
    expect(answer.status).toBeLessThan(500);
    expect(answer.data?.createLead ?? null).toBeNull();
    expect(answer.errors?.[0]?.message).toContain(field);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await leadCount()).toBe(before);
  });

  it('marks the outbox rows of a burst of leads dispatched together, a few statements for many leads', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => gql(stack, CREATE, { input: { ...JOSH, fullName: `Burst Lead ${i}`, email: `burst${i}@openenergy.com`, notifyEmail: null } }, ops)),
    );
    const ids = answers.map((a) => a.data.createLead.id);
    const marks = await waitUntil(async () => {
      const [row] = await stack.database.db.query(
        `SELECT count(*)::int AS dispatched, count(DISTINCT dispatched_at)::int AS statements FROM outbox WHERE lead_id = ANY($1) AND dispatched_at IS NOT NULL`,
        [ids],
      );
      return row.dispatched === ids.length ? row : null;
    }, 5000, 'every outbox row dispatched');
    // Rows marked in one statement share its transaction's now(); one row per statement was 20 statements.
    console.log(`[e2e] 20 outbox rows marked dispatched in ${marks.statements} statements`);
    expect(marks.statements).toBeLessThanOrEqual(10);
  });

  it('classifies a lead created while the worker was down once the worker starts', async () => {
    await stack.stopWorker();
    const created = await gql(stack, CREATE, { input: { ...JOSH, fullName: 'Dana Whitfield', email: 'dana@brightgrid.com', companyName: 'Bright Grid', notifyEmail: null } }, ops);
    const id = created.data.createLead.id;
    await new Promise((r) => setTimeout(r, 1000));
    const waiting = (await gql(stack, GET, { id }, ops)).data.lead;
    expect(waiting.status).toBe('NEW');
    expect(waiting.classification).toBeNull();

    await stack.startWorker();
    const lead = await waitUntil(async () => {
      const l = (await gql(stack, GET, { id }, ops)).data?.lead;
      return l?.owner ? l : null;
    }, 15_000, 'lead classified after worker restart');
    expect(lead.stage).toBe('SQL');
    expect(lead.priority).toBe('P1');
    const stored = await stack.database.db.query('SELECT count(*)::int AS n FROM classifications WHERE lead_id = $1', [id]);
    expect(stored[0].n).toBe(1);
  });

  it("pushes changes of a rep's own leads live (server-sent events), and nothing of others'", async () => {
    const repToken = await login(stack, 'rep1@leadops.dev');
    const [{ id: rep1 }] = await stack.database.db.query(`SELECT id FROM users WHERE email = 'rep1@leadops.dev'`);
    const abort = new AbortController();
    const res = await fetch(`${stack.url}/events/leads?ticket=${await streamTicket(stack.url, repToken)}`, { signal: abort.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    let received = '';
    const reading = (async () => {
      const decoder = new TextDecoder();
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) received += decoder.decode(chunk);
    })().catch(() => undefined);
    const ids: string[] = [];
    for (const n of [1, 2]) ids.push((await gql(stack, CREATE, { input: { ...JOSH, fullName: `Live Lead ${n}`, email: `cto@live${n}.com`, notifyEmail: null } }, ops)).data.createLead.id);
    const owners = await waitUntil(async () => {
      const rows = await stack.database.db.query('SELECT id, owner_id FROM leads WHERE id = ANY($1) AND owner_id IS NOT NULL', [ids]);
      return rows.length === 2 ? rows : null;
    });
    const mine = owners.find((r: { owner_id: string }) => r.owner_id === rep1).id;
    const theirs = owners.find((r: { owner_id: string }) => r.owner_id !== rep1).id;
    await waitUntil(async () => received.includes(mine), 5000, 'live event of own lead');
    await new Promise((r) => setTimeout(r, 300));
    expect(received).not.toContain(theirs);
    abort.abort();
    await reading;
  });

  it('refuses the live stream without a valid token', async () => {
    const res = await fetch(`${stack.url}/events/leads?token=forged`);
    expect(res.status).toBe(401);
    expect((await fetch(`${stack.url}/events/ticket`, { method: 'POST' })).status).toBe(401);
    expect((await fetch(`${stack.url}/events/ticket`, { method: 'POST', headers: { authorization: 'Bearer forged' } })).status).toBe(401);
    expect((await fetch(`${stack.url}/events/leads`)).status).toBe(401);
    expect((await fetch(`${stack.url}/events/leads?ticket=forged`)).status).toBe(401);
  });

  it('refuses a valid bearer token in the URL: the stream opens with a ticket only (access logs keep URLs)', async () => {
    const res = await fetch(`${stack.url}/events/leads?token=${encodeURIComponent(ops)}`);
    expect(res.status).toBe(401);
    expect((await res.json()).error.message).toMatch(/ticket/);
  });

  it('refuses a stream ticket used a second time, and one past its 30 seconds', async () => {
    const ticket = await streamTicket(stack.url, ops);
    const abort = new AbortController();
    const first = await fetch(`${stack.url}/events/leads?ticket=${ticket}`, { signal: abort.signal });
    expect(first.status).toBe(200);
    const again = await fetch(`${stack.url}/events/leads?ticket=${ticket}`);
    expect(again.status).toBe(401);
    expect((await again.json()).error.field).toBe('ticket');
    abort.abort();

    const stale = await streamTicket(stack.url, ops);
    // As if 31 seconds had passed since it was issued.
    await stack.database.db.query(`UPDATE stream_tickets SET expires_at = now() - interval '1 second'`);
    expect((await fetch(`${stack.url}/events/leads?ticket=${stale}`)).status).toBe(401);
  });

  it('opens at most 5 live streams per user at once', async () => {
    const manager = await login(stack, 'manager@leadops.dev');
    const aborts: AbortController[] = [];
    try {
      for (let n = 0; n < 5; n++) {
        const abort = new AbortController();
        aborts.push(abort);
        expect((await fetch(`${stack.url}/events/leads?ticket=${await streamTicket(stack.url, manager)}`, { signal: abort.signal })).status).toBe(200);
      }
      const sixth = await fetch(`${stack.url}/events/leads?ticket=${await streamTicket(stack.url, manager)}`);
      expect(sixth.status).toBe(429);
      aborts.pop()!.abort();
      // The server sees the closed stream shortly after the client drops it.
      await waitUntil(async () => {
        const abort = new AbortController();
        const res = await fetch(`${stack.url}/events/leads?ticket=${await streamTicket(stack.url, manager)}`, { signal: abort.signal });
        if (res.status === 200) aborts.push(abort);
        return res.status === 200;
      }, 3000, 'a stream slot freed');
    } finally {
      aborts.forEach((a) => a.abort());
    }
  });

  it('asks for a token and reveals nothing without one', async () => {
    const answer = await gql(stack, GET, { id: '00000000-0000-0000-0000-000000000000' });
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(answer.data?.lead ?? null).toBeNull();
  });
});
