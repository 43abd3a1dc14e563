/** The dashboard's date range: a preset number of days back, or explicit dates; pure so it can be tested. */

export interface DateRange {
  from: Date;
  to: Date;
}

export const PRESET_DAYS = [7, 30, 90] as const;

/** The last `days` days, from the start of the first day up to now. */
export function lastDays(days: number, now: Date = new Date()): DateRange {
  const from = new Date(now);
  from.setHours(0, 0, 0, 0);
  from.setDate(from.getDate() - (days - 1));
  return { from, to: now };
}

/** "2026-11-01".."2026-11-23" (inclusive, local time); null when the dates are invalid or reversed. */
export function rangeFromInputs(fromText: string, toText: string): DateRange | null {
  const from = new Date(`${fromText}T00:00:00`);
  const to = new Date(`${toText}T00:00:00`);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to < from) return null;
  to.setDate(to.getDate() + 1);
  return { from, to };
}

export const toInputDate = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** One entry per local day of the range (oldest first), zero where the API had nothing, so quiet days show as gaps. */
export function fillDays(range: DateRange, data: Array<{ day: string; count: number }>, maxDays = 120): Array<{ day: string; count: number }> {
  const byDay = new Map(data.map((d) => [d.day.slice(0, 10), d.count]));
  const out: Array<{ day: string; count: number }> = [];
  const cursor = new Date(range.from);
  cursor.setHours(0, 0, 0, 0);
  while (cursor < range.to && out.length < maxDays) {
    const day = toInputDate(cursor);
    out.push({ day, count: byDay.get(day) ?? 0 });
    cursor.setDate(cursor.getDate() + 1);
  }
  return out;
}
