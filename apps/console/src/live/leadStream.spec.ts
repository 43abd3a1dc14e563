import { backoffDelay, LeadStream, type EventSourceLike, type LeadChange, type StreamState } from './leadStream';
import { isStaleAfter } from './staleQueries';

class FakeEventSource implements EventSourceLike {
  onopen: ((event: unknown) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  closed = false;
  readonly listeners = new Map<string, (event: { data: string }) => void>();
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (event: { data: string }) => void) {
    this.listeners.set(type, listener);
  }
  close() {
    this.closed = true;
  }
  emit(type: string, data: unknown) {
    this.listeners.get(type)?.({ data: JSON.stringify(data) });
  }
}

const change = (id: string): LeadChange => ({ id, ownerId: 'u1', teamId: 't1', status: 'ASSIGNED', stage: 'SQL', priority: 'P1', slaState: 'RUNNING', breached: false });

function harness(token: string | null = 'jwt-1') {
  const sources: FakeEventSource[] = [];
  const ticketCalls: Array<{ url: string; init: RequestInit | undefined }> = [];
  const states: StreamState[] = [];
  const changes: LeadChange[] = [];
  let ticketOk = true;
  let n = 0;
  const stream = new LeadStream({
    apiUrl: 'http://api',
    getToken: () => token,
    onChange: (c) => changes.push(c),
    onState: (s) => states.push(s),
    fetchImpl: (async (url: string, init?: RequestInit) => {
      ticketCalls.push({ url, init });
      if (!ticketOk) return new Response('{}', { status: 503 });
      return new Response(JSON.stringify({ ticket: `ticket-${++n}` }), { status: 200 });
    }) as typeof fetch,
    openEventSource: (url) => {
      const source = new FakeEventSource(url);
      sources.push(source);
      return source;
    },
    initialDelayMs: 1000,
    maxDelayMs: 8000,
    random: () => 1,
  });
  return { stream, sources, ticketCalls, states, changes, failTickets: (fail: boolean) => (ticketOk = !fail) };
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
  await jest.advanceTimersByTimeAsync(0);
};

describe('the live lead stream', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('opens with a one-use ticket traded for the bearer token, never with the token in the URL', async () => {
    const h = harness('secret-jwt');
    h.stream.start();
    await settle();
    expect(h.ticketCalls).toHaveLength(1);
    expect(h.ticketCalls[0]!.url).toBe('http://api/events/ticket');
    expect(h.ticketCalls[0]!.init?.method).toBe('POST');
    expect((h.ticketCalls[0]!.init?.headers as Record<string, string>)['authorization']).toBe('Bearer secret-jwt');
    expect(h.sources[0]!.url).toBe('http://api/events/leads?ticket=ticket-1');
    expect(h.sources[0]!.url).not.toContain('secret-jwt');
    h.stream.stop();
  });

  it('is live once the stream opens, and hands on each lead change', async () => {
    const h = harness();
    h.stream.start();
    await settle();
    h.sources[0]!.onopen?.({});
    expect(h.states.at(-1)).toBe('live');
    h.sources[0]!.emit('lead', change('lead-1'));
    expect(h.changes.map((c) => c.id)).toEqual(['lead-1']);
    h.stream.stop();
    expect(h.sources[0]!.closed).toBe(true);
    expect(h.states.at(-1)).toBe('down');
  });

  it('on a drop, goes down at once and reconnects with a fresh ticket after a doubling wait', async () => {
    const h = harness();
    h.stream.start();
    await settle();
    h.sources[0]!.onopen?.({});
    h.failTickets(true);
    h.sources[0]!.onerror?.({});
    expect(h.sources[0]!.closed).toBe(true); // the browser would retry with the spent ticket
    expect(h.states.at(-1)).toBe('down');
    await jest.advanceTimersByTimeAsync(999);
    expect(h.ticketCalls).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1); // attempt 0: 1 s
    expect(h.ticketCalls).toHaveLength(2);
    await jest.advanceTimersByTimeAsync(1999);
    expect(h.ticketCalls).toHaveLength(2);
    await jest.advanceTimersByTimeAsync(1); // attempt 1: 2 s
    expect(h.ticketCalls).toHaveLength(3);
    h.failTickets(false);
    await jest.advanceTimersByTimeAsync(4000); // attempt 2: 4 s
    expect(h.sources).toHaveLength(2);
    expect(h.sources[1]!.url).toBe('http://api/events/leads?ticket=ticket-2');
    h.sources[1]!.onopen?.({});
    expect(h.states.at(-1)).toBe('live');
    // Back to the short wait after a good connection.
    h.sources[1]!.onerror?.({});
    await jest.advanceTimersByTimeAsync(1000);
    expect(h.sources).toHaveLength(3);
    h.stream.stop();
  });

  it('stops reconnecting once stopped (logout)', async () => {
    const h = harness();
    h.stream.start();
    await settle();
    h.sources[0]!.onerror?.({});
    h.stream.stop();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(h.ticketCalls).toHaveLength(1);
  });

  it('waits without a session instead of opening an anonymous stream', async () => {
    const h = harness(null);
    h.stream.start();
    await settle();
    expect(h.ticketCalls).toHaveLength(0);
    expect(h.sources).toHaveLength(0);
    h.stream.stop();
  });
});

describe('backoff', () => {
  it('doubles from the first wait up to the cap, with at most 20 % taken off as jitter', () => {
    expect([0, 1, 2, 3, 4, 10].map((a) => backoffDelay(a, 1000, 30_000, () => 1))).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000]);
    expect(backoffDelay(2, 1000, 30_000, () => 0)).toBe(3200);
  });
});

describe('what a lead change makes stale', () => {
  const changes = [change('lead-7')];
  it('that lead, every lead list, the queue, the reps\' counts and the boards', () => {
    expect(isStaleAfter(changes, ['leads', 'getOne', { id: 'lead-7' }])).toBe(true);
    expect(isStaleAfter(changes, ['leads', 'getList', { filter: {} }])).toBe(true);
    expect(isStaleAfter(changes, ['my-queue', 'getList', {}])).toBe(true);
    expect(isStaleAfter(changes, ['reps', 'getList', {}])).toBe(true);
    expect(isStaleAfter(changes, ['leadops', 'sla-board'])).toBe(true);
    expect(isStaleAfter(changes, ['leadops', 'metrics', 'a', 'b', 'UTC'])).toBe(true);
  });
  it('not another lead, nor settings', () => {
    expect(isStaleAfter(changes, ['leads', 'getOne', { id: 'lead-8' }])).toBe(false);
    expect(isStaleAfter(changes, ['routingRules', 'getList', {}])).toBe(false);
    expect(isStaleAfter(changes, ['leadops', 'sla-settings'])).toBe(false);
  });
});
