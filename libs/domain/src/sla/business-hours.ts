import { localDateKey, parseClock, zonedParts, zonedTimeToInstant } from './time-zone';

/** A team's working calendar: opening hours per ISO weekday and holidays, in one time zone. */
export interface BusinessCalendar {
  timeZone: string;
  /** "1".."7" (Monday..Sunday) -> ["09:00", "18:00"]; a missing day is closed. */
  hours: Record<string, [string, string]>;
  /** Local dates "YYYY-MM-DD" when the team does not work. */
  holidays?: string[];
}

export const MEXICO_OFFICE_HOURS: BusinessCalendar = {
  timeZone: 'America/Mexico_City',
  hours: { '1': ['09:00', '18:00'], '2': ['09:00', '18:00'], '3': ['09:00', '18:00'], '4': ['09:00', '18:00'], '5': ['09:00', '18:00'] },
  holidays: [],
};

const MINUTE = 60_000;
const DAY_LIMIT = 400; // a calendar with no open day must not loop forever

/** The working window (as instants) of the local day that contains `instant`, or null when closed. */
function windowOfDay(instant: Date, calendar: BusinessCalendar): { open: Date; close: Date } | null {
  const p = zonedParts(instant, calendar.timeZone);
  if (calendar.holidays?.includes(localDateKey(p))) return null;
  const hours = calendar.hours[String(p.weekday)];
  if (!hours) return null;
  const open = zonedTimeToInstant(p.year, p.month, p.day, parseClock(hours[0]), calendar.timeZone);
  const close = zonedTimeToInstant(p.year, p.month, p.day, parseClock(hours[1]), calendar.timeZone);
  return close > open ? { open, close } : null;
}

/** Start of the next local day (the instant of local midnight after `instant`). */
function nextLocalMidnight(instant: Date, timeZone: string): Date {
  const p = zonedParts(instant, timeZone);
  const noonUtc = new Date(Date.UTC(p.year, p.month - 1, p.day, 12) + 24 * 60 * MINUTE);
  return zonedTimeToInstant(noonUtc.getUTCFullYear(), noonUtc.getUTCMonth() + 1, noonUtc.getUTCDate(), 0, timeZone);
}

/**
 * When an SLA of `minutes` that starts at `start` falls due. Without a calendar it is wall-clock time;
 * with one, only the calendar's working minutes count (a lead at 17:55 with 60 minutes is due 09:55 next working day).
 */
export function addBusinessMinutes(start: Date, minutes: number, calendar?: BusinessCalendar | null): Date {
  if (!calendar) return new Date(start.getTime() + minutes * MINUTE);
  let cursor = start;
  let remaining = minutes * MINUTE;
  for (let day = 0; day < DAY_LIMIT; day++) {
    const window = windowOfDay(cursor, calendar);
    if (window && cursor < window.close) {
      const from = cursor > window.open ? cursor : window.open;
      const available = window.close.getTime() - from.getTime();
      if (remaining <= available) return new Date(from.getTime() + remaining);
      remaining -= available;
    }
    cursor = nextLocalMidnight(cursor, calendar.timeZone);
  }
  throw new Error('business calendar has no working hours');
}

/** Whole business days after `start` (for nurture waits): lands at the same local time on the Nth working day. */
export function addBusinessDays(start: Date, days: number, calendar: BusinessCalendar): Date {
  let cursor = start;
  let left = days;
  for (let i = 0; i < DAY_LIMIT && left > 0; i++) {
    cursor = new Date(cursor.getTime() + 24 * 60 * MINUTE);
    if (windowOfDay(cursor, calendar)) left--;
  }
  return cursor;
}

export function isWithinBusinessHours(instant: Date, calendar: BusinessCalendar): boolean {
  const window = windowOfDay(instant, calendar);
  return !!window && instant >= window.open && instant < window.close;
}
