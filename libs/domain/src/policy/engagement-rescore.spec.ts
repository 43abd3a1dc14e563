import { engagementRescoreApplies } from './engagement-rescore';

describe('engagement re-score', () => {
  it.each([
    ['raises NURTURE to SQL', { stage: 'NURTURE', priority: 'P3' }, { stage: 'SQL', priority: 'P1' }, true],
    ['raises the priority within a stage', { stage: 'MQL', priority: 'P3' }, { stage: 'MQL', priority: 'P2' }, true],
    ['keeps an equal result', { stage: 'SQL', priority: 'P1' }, { stage: 'SQL', priority: 'P1' }, true],
    ['never closes a lead (DISQUALIFIED from a form)', { stage: 'SQL', priority: 'P1' }, { stage: 'DISQUALIFIED', priority: null }, false],
    ['never closes even a REVIEW lead', { stage: 'REVIEW', priority: 'P3' }, { stage: 'DISQUALIFIED', priority: null }, false],
    ['never lowers the stage', { stage: 'SQL', priority: 'P1' }, { stage: 'NURTURE', priority: 'P3' }, false],
    ['never lowers the priority', { stage: 'SQL', priority: 'P1' }, { stage: 'SQL', priority: 'P2' }, false],
    ['decides freely before the first classification', null, { stage: 'DISQUALIFIED', priority: null }, true],
  ] as const)('%s', (_, current, rescored, applies) => {
    expect(engagementRescoreApplies(current, rescored)).toBe(applies);
  });
});
