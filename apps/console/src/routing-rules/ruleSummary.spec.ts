import { conditionsSummary, moved } from './ruleSummary';

describe('routing rule helpers', () => {
  it('describes the conditions in one line', () => {
    expect(conditionsSummary({ stages: ['SQL'], priorities: ['P1', 'P2'], industries: [] }, (k) => k, (_k, v) => v)).toBe('stages: SQL · priorities: P1, P2');
    expect(conditionsSummary({}, (k) => k, (_k, v) => v)).toBe('');
  });
  it('moves a rule up or down, never out of the list', () => {
    const rules = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(moved(rules, 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(rules, 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(rules, 0, -1)).toEqual(['a', 'b', 'c']);
  });
});
