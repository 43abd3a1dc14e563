import { localDateKey, zonedParts, zonedTimeToInstant } from '../sla/time-zone';
import type { RepCandidate } from './routing';

/** Why a rep's open, uncontacted leads should go to someone else now, or null when they can keep them. */
export type RerouteCause = { kind: 'INACTIVE' } | { kind: 'OUT_OF_OFFICE'; until: string; hours: number };

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The last day of the absence that covers today in the rep's time zone, following absences that continue one another
 * (20-24 then 25-30 is one absence until the 30th); null when the rep is not out today.
 */
export function outOfOfficeUntil(rep: Pick<RepCandidate, 'timeZone' | 'outOfOffice'>, now: Date): string | null {
  const today = localDateKey(zonedParts(now, rep.timeZone));
  let until: string | null = null;
  for (const r of rep.outOfOffice) if (today >= r.from && today <= r.to && (until === null || r.to > until)) until = r.to;
  if (until === null) return null;
  for (let extended = true; extended; ) {
    extended = false;
    for (const r of rep.outOfOffice) {
      if (r.from <= nextDay(until) && r.to > until) {
        until = r.to;
        extended = true;
      }
    }
  }
  return until;
}

/**
 * A deactivated rep loses their uncontacted leads at once; an absent one only when the absence still runs longer than
 * `minOutOfOfficeHours` from now (a day off should not scatter a rep's pipeline). The absence ends at midnight after its
 * last day, in the rep's time zone.
 */
export function rerouteCause(rep: Pick<RepCandidate, 'active' | 'timeZone' | 'outOfOffice'>, now: Date, minOutOfOfficeHours: number): RerouteCause | null {
  if (!rep.active) return { kind: 'INACTIVE' };
  const until = outOfOfficeUntil(rep, now);
  if (until === null) return null;
  const [y, m, d] = until.split('-').map(Number) as [number, number, number];
  const back = zonedTimeToInstant(y, m, d, 24 * 60, rep.timeZone);
  const hours = (back.getTime() - now.getTime()) / 3_600_000;
  return hours > minOutOfOfficeHours ? { kind: 'OUT_OF_OFFICE', until, hours: Math.round(hours) } : null;
}
