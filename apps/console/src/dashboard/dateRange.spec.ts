import { fillDays, lastDays, rangeFromInputs, toInputDate } from './dateRange';

describe('dashboard date range', () => {
  it('covers whole days back to the start of the first one', () => {
    const now = new Date(2026, 10, 23, 15, 30);
    const { from, to } = lastDays(7, now);
    expect(toInputDate(from)).toBe('2026-11-17');
    expect(from.getHours()).toBe(0);
    expect(to).toBe(now);
  });
  it('includes the end date and refuses reversed dates', () => {
    const range = rangeFromInputs('2026-11-01', '2026-11-02')!;
    expect(toInputDate(range.to)).toBe('2026-11-03');
    expect(rangeFromInputs('2026-11-05', '2026-11-01')).toBeNull();
    expect(rangeFromInputs('', '2026-11-01')).toBeNull();
  });
});

describe('fillDays', () => {
  it('puts a zero on every day the API did not mention', () => {
    const range = rangeFromInputs('2026-11-20', '2026-11-23')!;
    expect(fillDays(range, [{ day: '2026-11-21', count: 3 }])).toEqual([
      { day: '2026-11-20', count: 0 }, { day: '2026-11-21', count: 3 }, { day: '2026-11-22', count: 0 }, { day: '2026-11-23', count: 0 },
    ]);
  });
});
