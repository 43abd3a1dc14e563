import { formatDuration, slaCountdown } from './sla';

const start = '2026-11-23T10:00:00.000Z';
const due = '2026-11-23T10:10:00.000Z'; // a 10-minute SLA
const at = (iso: string) => Date.parse(iso);

describe('slaCountdown', () => {
  it('is green with most of the time left, orange past half, red in the last fifth', () => {
    const lead = { slaState: 'RUNNING', slaDueAt: due, startedAt: start };
    expect(slaCountdown(lead, at('2026-11-23T10:01:00Z'))).toEqual({ tone: 'ok', remainingMs: 9 * 60_000 });
    expect(slaCountdown(lead, at('2026-11-23T10:06:00Z')).tone).toBe('warning');
    expect(slaCountdown(lead, at('2026-11-23T10:09:00Z')).tone).toBe('danger');
  });

  it('is breached once the due time passes, even before the API marks it', () => {
    const lead = { slaState: 'RUNNING', slaDueAt: due, startedAt: start };
    expect(slaCountdown(lead, at('2026-11-23T10:12:00Z'))).toEqual({ tone: 'breached', remainingMs: -2 * 60_000 });
    expect(slaCountdown({ ...lead, slaState: 'BREACHED' }, at('2026-11-23T10:05:00Z')).tone).toBe('breached');
  });

  it('stops the clock once the lead is contacted or closed', () => {
    const lead = { slaState: 'BREACHED', slaDueAt: due, startedAt: start, respondedAt: '2026-11-23T10:15:00Z' };
    expect(slaCountdown(lead, at('2026-11-23T11:00:00Z'))).toEqual({ tone: 'late', remainingMs: null });
    expect(slaCountdown({ ...lead, slaState: 'RUNNING' }, at('2026-11-23T11:00:00Z')).tone).toBe('met');
    expect(slaCountdown({ slaState: 'RUNNING', slaDueAt: due, startedAt: start, closed: true }, at('2026-11-23T11:00:00Z')).tone).toBe('met');
    expect(slaCountdown({ slaState: 'BREACHED', slaDueAt: due, startedAt: start, closed: true }, at('2026-11-23T11:00:00Z'))).toEqual({ tone: 'breached', remainingMs: null });
  });

  it('shows met and no-SLA leads without a clock', () => {
    expect(slaCountdown({ slaState: 'MET', slaDueAt: due, startedAt: start }, at(start))).toEqual({ tone: 'met', remainingMs: null });
    expect(slaCountdown({ slaState: 'NONE', slaDueAt: null, startedAt: null }, at(start))).toEqual({ tone: 'none', remainingMs: null });
  });
});

describe('formatDuration', () => {
  it('is compact at every scale', () => {
    expect(formatDuration(45_000)).toBe('45s');
    expect(formatDuration(250_000)).toBe('4m 10s');
    expect(formatDuration(-(2 * 3600 + 5 * 60) * 1000)).toBe('2h 05m');
    expect(formatDuration((3 * 86400 + 4 * 3600) * 1000)).toBe('3d 4h');
  });
});
