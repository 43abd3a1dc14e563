/**
 * The console's end of the API's live stream (GET /events/leads, server-sent events). The bearer token never goes in
 * the URL: each connection first trades it for a one-use ticket (POST /events/ticket). When the stream drops, it
 * reconnects with exponential backoff and a fresh ticket; while it is down the pages poll (see useLiveRefetch).
 * No React here, so the reconnect rules are unit-tested with a fake EventSource and fake timers.
 */

/** A lead changed (or breached its SLA), as the API announces it: enough to know which queries are stale. */
export interface LeadChange {
  id: string;
  ownerId: string | null;
  teamId: string | null;
  status: string;
  stage: string | null;
  priority: string | null;
  slaState: string;
  breached: boolean;
}

export type StreamState = 'connecting' | 'live' | 'down';

/** The part of the browser's EventSource the stream uses. */
export interface EventSourceLike {
  onopen: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
  addEventListener(type: string, listener: (event: { data: string }) => void): void;
  close(): void;
}

export interface LeadStreamOptions {
  apiUrl: string;
  getToken: () => string | null;
  onChange: (change: LeadChange) => void;
  onState?: (state: StreamState) => void;
  fetchImpl?: typeof fetch;
  openEventSource?: (url: string) => EventSourceLike;
  /** First wait after a drop; doubles up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
}

/** Wait before reconnect attempt `attempt` (0-based): doubling from `initial` up to `max`, with up to 20 % jitter so a restarted API is not hit by every console at once. */
export function backoffDelay(attempt: number, initial: number, max: number, random: () => number = Math.random): number {
  const base = Math.min(max, initial * 2 ** attempt);
  return Math.round(base * (0.8 + 0.2 * random()));
}

export class LeadStream {
  private source: EventSourceLike | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private stopped = true;
  private state: StreamState = 'down';

  constructor(private readonly options: LeadStreamOptions) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.source?.close();
    this.source = null;
    this.setState('down');
  }

  private setState(state: StreamState) {
    if (state === this.state) return;
    this.state = state;
    this.options.onState?.(state);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    this.setState(this.state === 'down' && this.attempt === 0 ? 'connecting' : this.state);
    const { apiUrl, getToken, fetchImpl = fetch, openEventSource = (url) => new EventSource(url) as unknown as EventSourceLike } = this.options;
    const token = getToken();
    if (!token) return this.scheduleReconnect();
    let ticket: string;
    try {
      const res = await fetchImpl(`${apiUrl}/events/ticket`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
      if (!res.ok) return this.scheduleReconnect();
      ticket = ((await res.json()) as { ticket: string }).ticket;
    } catch {
      return this.scheduleReconnect();
    }
    if (this.stopped) return;
    const source = openEventSource(`${apiUrl}/events/leads?ticket=${encodeURIComponent(ticket)}`);
    this.source = source;
    source.onopen = () => {
      this.attempt = 0;
      this.setState('live');
    };
    // The browser would retry with the same URL, whose ticket is spent: close it and reconnect with a new ticket.
    source.onerror = () => {
      if (this.source !== source) return;
      source.close();
      this.source = null;
      this.scheduleReconnect();
    };
    const deliver = (event: { data: string }) => {
      try {
        this.options.onChange(JSON.parse(event.data) as LeadChange);
      } catch {
        // a malformed event is skipped; the next change or the fallback poll catches up
      }
    };
    source.addEventListener('lead', deliver);
  }

  private scheduleReconnect() {
    if (this.stopped) return;
    this.setState('down');
    const { initialDelayMs = 1000, maxDelayMs = 30_000, random } = this.options;
    const delay = backoffDelay(this.attempt++, initialDelayMs, maxDelayMs, random);
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, delay);
  }
}
