/**
 * The console listens: a change made through the API by someone else shows on an open page within 2 s, with no reload
 * and no polling in between. The page's GraphQL requests are counted: none while nothing changes (longer than any
 * page's fallback poll), then only the refetch the stream's event asked for.
 */
import type { Browser, Request } from 'playwright-core';
import { api, API_URL, apiToken, createLeadByApi, eventually, launchBrowser, leadById, Session, USERS } from './support';

let browser: Browser;
let ops: string;
beforeAll(async () => {
  browser = await launchBrowser();
  ops = await apiToken('ops');
});
afterAll(async () => {
  await browser?.close();
});

const run = Date.now().toString(36);
/** Longer than the slowest fallback poll of the pages under test (My queue 5 s, SLA board 3 s). */
const QUIET_MS = 6000;

/** Within this long after a stream event, a page request is the refetch the event asked for (150 ms batching + a busy CI). */
const EXPLAINED_WITHIN_MS = 1000;

/**
 * The same stream the page gets, read by the test as `user`: when each lead event arrived. Other suites' leads keep
 * changing (escalations, nurture), and each change rightly makes the page refetch; a request no event explains is a poll.
 */
async function streamEvents(user: 'rep2' | 'manager') {
  const token = await apiToken(user);
  const ticketAnswer = await fetch(`${API_URL}/events/ticket`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  const { ticket } = (await ticketAnswer.json()) as { ticket: string };
  const abort = new AbortController();
  const res = await fetch(`${API_URL}/events/leads?ticket=${ticket}`, { signal: abort.signal });
  expect(res.status).toBe(200);
  const arrivals: number[] = [];
  void (async () => {
    const decoder = new TextDecoder();
    let buffered = '';
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffered += decoder.decode(chunk, { stream: true });
      const events = buffered.split('\n\n');
      buffered = events.pop() ?? '';
      for (const e of events) if (e.startsWith('event: lead')) arrivals.push(Date.now());
    }
  })().catch(() => undefined);
  return { arrivals, stop: () => abort.abort() };
}

/** Opens `path` as `user` and waits until the page's live stream is open; then counts the page's GraphQL requests. */
async function openListening(user: 'rep2' | 'manager', path: string) {
  const s = await Session.open(browser, 'desktop');
  const graphql: Array<{ at: number; request: Request }> = [];
  const streamUrls: string[] = [];
  let streamOpen = false;
  s.page.on('request', (request) => {
    if (request.url().endsWith('/graphql')) graphql.push({ at: Date.now(), request });
    if (request.url().includes('/events/leads')) streamUrls.push(request.url());
  });
  s.page.on('response', (response) => {
    if (response.url().includes('/events/leads') && response.status() === 200) streamOpen = true;
  });
  await s.login(user);
  await s.goto(path);
  await eventually(async () => streamOpen, 'the live stream to open', 10_000);
  const events = await streamEvents(user);
  /** The page's GraphQL requests since `t` that no stream event explains: polls. */
  const pollsSince = (t: number) =>
    graphql
      .filter((g) => g.at >= t && !events.arrivals.some((e) => e <= g.at && g.at - e <= EXPLAINED_WITHIN_MS))
      .map((g) => `${new Date(g.at).toISOString()} ${g.request.postData()?.slice(0, 60)}`);
  const close = async () => {
    events.stop();
    await s.close();
  };
  return { s, graphql, streamUrls, pollsSince, close };
}

it('a lead another user reassigns to Ramón shows in his open queue within 2 s, without polling', async () => {
  const { users } = await api<{ users: Array<{ id: string; email: string }> }>('query { users(role: REP) { id email } }', {}, ops);
  const rep1 = users.find((u) => u.email === USERS.rep1.email)!.id;
  const rep2 = users.find((u) => u.email === USERS.rep2.email)!.id;
  const email = `sofia.rangel@frio-${run}.mx`;
  const id = await createLeadByApi(ops, {
    fullName: 'Sofía Rangel', jobPosition: 'Directora de Operaciones', email, companyName: `Frío Logístico ${run.toUpperCase()}`, industry: 'Logística',
    location: 'Querétaro, México', description: 'Necesitamos cotizar respaldo para 12 bodegas este mes',
  });
  await eventually(async () => !!(await leadById(ops, id)).owner, 'an owner');
  await api('mutation($id: ID!, $to: ID) { reassign(id: $id, toUserId: $to) { id } }', { id, to: rep1 }, ops);
  await eventually(async () => (await leadById(ops, id)).owner?.email === USERS.rep1.email, 'Rita to own the lead');

  const { s, graphql, streamUrls, pollsSince, close } = await openListening('rep2', '/my-queue');
  try {
    await s.page.locator('[data-testid="queue-item"], [data-testid="queue-empty"]').first().waitFor();
    expect(await s.page.locator(`[data-testid="queue-item"][data-email="${email}"]`).count()).toBe(0);
    // The token stays out of the URL: the stream opened with a ticket.
    expect(streamUrls.every((u) => /[?&]ticket=/.test(u) && !/token=/.test(u))).toBe(true);

    const quietFrom = Date.now();
    await s.page.waitForTimeout(QUIET_MS);
    expect(pollsSince(quietFrom)).toEqual([]);

    const reassignedAt = Date.now();
    await api('mutation($id: ID!, $to: ID) { reassign(id: $id, toUserId: $to) { id } }', { id, to: rep2 }, ops);
    await s.page.locator(`[data-testid="queue-item"][data-email="${email}"]`).waitFor({ timeout: 2000 });
    const shownAfter = Date.now() - reassignedAt;
    console.log(`[console-e2e] reassigned lead shown in the open queue ${shownAfter} ms after the API call; ${graphql.filter((g) => g.at >= reassignedAt).length} GraphQL request(s) meanwhile`);
    expect(pollsSince(quietFrom)).toEqual([]);
    expect(shownAfter).toBeLessThan(2000);
    expect(graphql.length).toBeGreaterThan(0);
    await s.expectClean();
  } finally {
    await close();
  }
});

it('a breach shows on the manager\'s open SLA board within 2 s, without polling', async () => {
  const before = await api<{ slaSettings: { minutesByPriority: { P1: number; P2: number; P3: number } } }>('query { slaSettings { minutesByPriority { P1 P2 P3 } } }', {}, ops);
  // At SLA_TIME_SCALE=600 a 150-minute P1 breaches 15 s after assignment: time to open the board and watch it quietly.
  await api('mutation($input: SlaSettingsInput!) { updateSlaSettings(input: $input) { businessHoursOnly } }', {
    input: { minutesByPriority: { P1: 150, P2: Math.max(150, before.slaSettings.minutesByPriority.P2), P3: Math.max(150, before.slaSettings.minutesByPriority.P3) } },
  }, ops);
  const { s, pollsSince, close } = await openListening('manager', '/sla-board');
  try {
    await s.page.locator('[data-testid="sla-board-reps"]').waitFor();
    const email = `hector.ibarra@acero-${run}.com.mx`;
    const id = await createLeadByApi(ops, {
      fullName: 'Héctor Ibarra', jobPosition: 'CTO', email, companyName: `Aceros del Golfo ${run.toUpperCase()}`, industry: 'Manufactura',
      location: 'Veracruz, México', description: 'Tuvimos una caída crítica del servidor de producción, necesitamos respaldo urgente hoy',
    });
    const assigned = await eventually(async () => {
      const lead = await leadById(ops, id);
      return lead.owner && lead.slaState === 'RUNNING' ? lead : undefined;
    }, 'the P1 lead assigned with its SLA running');
    expect(assigned.priority).toBe('P1');

    // Nothing changes for a while: the board asks nothing.
    await s.page.waitForTimeout(1500);
    const quietFrom = Date.now();
    await s.page.waitForTimeout(QUIET_MS);
    expect(pollsSince(quietFrom)).toEqual([]);
    expect(await s.page.locator(`[data-testid="breached-leads"] [data-email="${email}"]`).count()).toBe(0);

    // Asked every 100 ms, so the moment the API reports the breach is known to a tenth of a second.
    const deadline = Date.now() + 30_000;
    while ((await leadById(ops, id)).slaState !== 'BREACHED') {
      if (Date.now() > deadline) throw new Error('the P1 lead did not breach within 30 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    const breachedAt = Date.now();
    await s.page.locator(`[data-testid="breached-leads"] [data-email="${email}"]`).waitFor({ timeout: 2000 });
    const shownAfter = Date.now() - breachedAt;
    console.log(`[console-e2e] breach shown on the open SLA board ${shownAfter} ms after the API reported it`);
    expect(pollsSince(quietFrom)).toEqual([]);
    expect(shownAfter).toBeLessThan(2000);
    await s.expectClean();
  } finally {
    await close();
    await api('mutation($input: SlaSettingsInput!) { updateSlaSettings(input: $input) { businessHoursOnly } }', { input: { minutesByPriority: before.slaSettings.minutesByPriority } }, ops);
  }
});
