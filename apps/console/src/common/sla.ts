/** The SLA countdown the sales team sees: time left to first response, and how close the lead is to a breach. */

export type SlaTone = 'ok' | 'warning' | 'danger' | 'breached' | 'late' | 'met' | 'none';

export interface SlaInput {
  slaState: string;
  slaDueAt: string | null;
  /** When the clock started: the assignment (or the lead's arrival). */
  startedAt: string | null;
  /** The first contact, which stops the clock. */
  respondedAt?: string | null;
  /** A closed lead's clock is stopped too. */
  closed?: boolean;
}

export interface SlaCountdown {
  tone: SlaTone;
  /** Milliseconds left (negative once overdue); null without a running SLA. */
  remainingMs: number | null;
}

/** Share of the SLA left at which the chip turns orange, then red. */
export const WARNING_SHARE = 0.5;
export const DANGER_SHARE = 0.2;

export function slaCountdown({ slaState, slaDueAt, startedAt, respondedAt, closed }: SlaInput, now: number): SlaCountdown {
  if (slaState === 'MET') return { tone: 'met', remainingMs: null };
  if (respondedAt || closed) {
    // The clock has stopped: say how it ended, without ticking.
    if (slaState === 'BREACHED') return { tone: respondedAt ? 'late' : 'breached', remainingMs: null };
    return { tone: slaState === 'NONE' ? 'none' : 'met', remainingMs: null };
  }
  const due = slaDueAt ? Date.parse(slaDueAt) : NaN;
  if (Number.isNaN(due)) return { tone: slaState === 'BREACHED' ? 'breached' : 'none', remainingMs: null };
  const remainingMs = due - now;
  if (slaState === 'BREACHED' || remainingMs <= 0) return { tone: 'breached', remainingMs };
  if (slaState !== 'RUNNING') return { tone: 'none', remainingMs: null };
  const start = startedAt ? Date.parse(startedAt) : NaN;
  const span = Number.isNaN(start) ? NaN : due - start;
  const share = span > 0 ? remainingMs / span : 1;
  return { tone: share <= DANGER_SHARE ? 'danger' : share <= WARNING_SHARE ? 'warning' : 'ok', remainingMs };
}

/** 45s, 4m 10s, 2h 05m, 3d 4h: compact enough for a chip on a phone. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(total / 86400);
  const h = Math.floor((total % 86400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (d > 0) return `${d}d ${h}h`;
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`;
  if (m > 0) return `${m}m ${String(s).padStart(2, '0')}s`;
  return `${s}s`;
}
