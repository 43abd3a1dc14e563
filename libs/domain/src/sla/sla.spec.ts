import { addBusinessDays, addBusinessMinutes, isWithinBusinessHours, MEXICO_OFFICE_HOURS, slaDueAt } from './index';

const at = (iso: string) => new Date(iso);

describe('SLA due time', () => {
  it('counts wall-clock minutes without a calendar (P1: 5 minutes after creation)', () => {
    expect(slaDueAt(at('2026-11-23T18:00:00Z'), 5)?.toISOString()).toBe('2026-11-23T18:05:00.000Z');
  });

  it('has no due time when the policy gives no SLA', () => {
    expect(slaDueAt(at('2026-11-23T18:00:00Z'), null)).toBeNull();
  });

  it('shortens by the time scale for demos and tests', () => {
    expect(slaDueAt(at('2026-11-23T18:00:00Z'), 5, undefined, null, 60)?.toISOString()).toBe('2026-11-23T18:00:05.000Z');
  });

  it('carries business minutes over the night in the team time zone (Mexico City is UTC-6)', () => {
    // Monday 17:30 local + 60 business minutes = Tuesday 09:30 local = 15:30Z
    expect(addBusinessMinutes(at('2026-11-23T23:30:00Z'), 60, MEXICO_OFFICE_HOURS).toISOString()).toBe('2026-11-24T15:30:00.000Z');
  });

  it('skips the weekend and holidays', () => {
    // Friday 2026-11-27 17:00 local + 120 min: 60 on Friday, Monday 30th is a holiday, 60 on Tuesday -> 10:00 local
    const calendar = { ...MEXICO_OFFICE_HOURS, holidays: ['2026-11-30'] };
    expect(addBusinessMinutes(at('2026-11-27T23:00:00Z'), 120, calendar).toISOString()).toBe('2026-12-01T16:00:00.000Z');
  });

  it('starts counting at opening time for a lead that arrives before hours', () => {
    // 07:00 local Monday + 30 -> 09:30 local
    expect(addBusinessMinutes(at('2026-11-23T13:00:00Z'), 30, MEXICO_OFFICE_HOURS).toISOString()).toBe('2026-11-23T15:30:00.000Z');
  });

  it('uses only business hours when sales ops ask for it', () => {
    const due = slaDueAt(at('2026-11-28T18:00:00Z'), 60, { businessHoursOnly: true }, MEXICO_OFFICE_HOURS); // Saturday
    expect(due?.toISOString()).toBe('2026-11-30T16:00:00.000Z');
  });

  it('tells open from closed hours', () => {
    expect(isWithinBusinessHours(at('2026-11-23T16:00:00Z'), MEXICO_OFFICE_HOURS)).toBe(true);
    expect(isWithinBusinessHours(at('2026-11-23T02:00:00Z'), MEXICO_OFFICE_HOURS)).toBe(false);
  });

  it('adds business days for nurture waits, skipping the weekend', () => {
    // Thursday + 2 business days = Monday
    expect(addBusinessDays(at('2026-11-26T16:00:00Z'), 2, MEXICO_OFFICE_HOURS).toISOString()).toBe('2026-11-30T16:00:00.000Z');
  });

  it('refuses a calendar with no working hours instead of looping', () => {
    expect(() => addBusinessMinutes(at('2026-11-23T16:00:00Z'), 10, { timeZone: 'UTC', hours: {} })).toThrow(/no working hours/);
  });
});
