import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { FieldErrors } from '../input-checks/field-errors';

/** One working day: ISO weekday 1 (Monday) .. 7 (Sunday), from / to as "HH:MM" local time. */
@ObjectType('OpeningHours')
export class OpeningHoursModel {
  @Field(() => Int) weekday!: number;
  @Field() from!: string;
  @Field() to!: string;
}

@InputType()
export class OpeningHoursInput {
  @Field(() => Int) weekday!: number;
  @Field() from!: string;
  @Field() to!: string;
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** Stored shape (domain's BusinessCalendar.hours and a rep's working_hours): "1".."7" -> [from, to]. */
export type WeekHours = Record<string, [string, string]>;

export function toOpeningHours(hours: WeekHours | null | undefined): OpeningHoursModel[] | null {
  if (!hours) return null;
  return Object.entries(hours)
    .map(([weekday, [from, to]]) => ({ weekday: Number(weekday), from, to }))
    .sort((a, b) => a.weekday - b.weekday);
}

/** Checks a week of opening hours, naming the entry at fault: weekdays 1-7 once each, HH:MM, from before to. */
export function toWeekHours(field: string, days: OpeningHoursInput[], errors: FieldErrors): WeekHours {
  const week: WeekHours = {};
  if (days.length === 0) errors.add(field, 'give at least one working day');
  if (days.length > 7) errors.add(field, 'at most 7 days');
  days.forEach((d, i) => {
    const at = `${field}[${i}]`;
    if (!Number.isInteger(d.weekday) || d.weekday < 1 || d.weekday > 7) errors.add(`${at}.weekday`, 'must be 1 (Monday) to 7 (Sunday)');
    else if (week[String(d.weekday)]) errors.add(`${at}.weekday`, `day ${d.weekday} is listed twice`);
    const okFrom = typeof d.from === 'string' && CLOCK.test(d.from);
    const okTo = typeof d.to === 'string' && CLOCK.test(d.to);
    if (!okFrom) errors.add(`${at}.from`, 'must be a time of day like 09:00');
    if (!okTo) errors.add(`${at}.to`, 'must be a time of day like 18:00');
    if (okFrom && okTo && d.from >= d.to) errors.add(`${at}.to`, 'must be later than from');
    week[String(d.weekday)] = [d.from, d.to];
  });
  return week;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date "YYYY-MM-DD". */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
