import { decideRouting, firstMatchingRule, repUnavailability, type LeadRoutingFacts, type RepCandidate, type RoutingRule } from './routing';

const now = new Date('2026-11-23T17:00:00Z'); // Monday 11:00 in Mexico City
const rep = (id: string, extra: Partial<RepCandidate> = {}): RepCandidate => ({
  id, active: true, teamId: 't1', capacity: 10, openLeads: 0, weight: 1, skills: [], languages: [], territories: [],
  timeZone: 'America/Mexico_City', workingHours: null, outOfOffice: [], ...extra,
});
const lead: LeadRoutingFacts = { stage: 'SQL', priority: 'P1', industry: 'Manufacturing', country: 'MX', language: 'es', source: 'web_form', dealSize: 'HIGH', matchedServices: ['Respaldo de datos'] };
const rule = (extra: Partial<RoutingRule>): RoutingRule => ({ id: 'r', name: 'rule', position: 1, enabled: true, conditions: {}, strategy: 'ROUND_ROBIN', repIds: [], teamId: null, ...extra });

describe('routing rules', () => {
  it('takes the first enabled rule in position order that matches every condition', () => {
    const rules = [
      rule({ id: 'c', position: 3 }),
      rule({ id: 'a', position: 1, conditions: { priorities: ['P2'] } }),
      rule({ id: 'd', position: 0, enabled: false }),
      rule({ id: 'b', position: 2, conditions: { stages: ['SQL'], countries: ['méxico'] } }),
    ];
    expect(firstMatchingRule(rules, lead)?.id).toBe('b');
  });

  it('round-robins after the last rep that got a lead', () => {
    const reps = [rep('a'), rep('b'), rep('c')];
    expect(decideRouting(null, reps, { lastRepId: 'a', counter: 1 }, lead, now)).toMatchObject({ kind: 'ASSIGN', repId: 'b' });
    expect(decideRouting(null, reps, { lastRepId: 'c', counter: 3 }, lead, now)).toMatchObject({ kind: 'ASSIGN', repId: 'a' });
  });

  it('skips reps who are out of office, off hours, at capacity or inactive', () => {
    const reps = [
      rep('a', { outOfOffice: [{ from: '2026-11-20', to: '2026-11-24' }] }),
      rep('b', { workingHours: { '1': ['14:00', '18:00'] } }),
      rep('c', { openLeads: 10 }),
      rep('d', { active: false }),
      rep('e'),
    ];
    expect(repUnavailability(reps[0]!, now)).toBe('OUT_OF_OFFICE');
    expect(repUnavailability(reps[1]!, now)).toBe('OFF_HOURS');
    expect(repUnavailability(reps[2]!, now)).toBe('AT_CAPACITY');
    expect(decideRouting(null, reps, { lastRepId: null, counter: 0 }, lead, now)).toMatchObject({ repId: 'e' });
  });

  it('sends the lead to the fallback queue when nobody is available', () => {
    expect(decideRouting(null, [rep('a', { active: false })], { lastRepId: null, counter: 0 }, lead, now).kind).toBe('QUEUE');
  });

  it('balances by open leads relative to capacity', () => {
    const reps = [rep('a', { openLeads: 5 }), rep('b', { openLeads: 2 }), rep('c', { openLeads: 8, capacity: 40 })];
    expect(decideRouting(rule({ strategy: 'LOAD_BALANCED' }), reps, { lastRepId: null, counter: 0 }, lead, now)).toMatchObject({ repId: 'b' });
  });

  it('routes by territory and by skills', () => {
    const reps = [rep('a', { territories: ['USA'] }), rep('b', { territories: ['Mexico'] }), rep('c', { skills: ['manufacturing'] })];
    expect(decideRouting(rule({ strategy: 'TERRITORY' }), reps, { lastRepId: null, counter: 0 }, lead, now)).toMatchObject({ repId: 'b' });
    expect(decideRouting(rule({ strategy: 'SKILLS' }), reps, { lastRepId: null, counter: 0 }, lead, now)).toMatchObject({ repId: 'c' });
  });

  it('gives weighted shares: weights 3 and 1 give 75 and 25 of 100 leads', () => {
    const reps = [rep('a', { weight: 3 }), rep('b', { weight: 1 })];
    const counts: Record<string, number> = { a: 0, b: 0 };
    for (let i = 0; i < 100; i++) {
      const d = decideRouting(rule({ strategy: 'WEIGHTED' }), reps, { lastRepId: null, counter: i }, lead, now);
      if (d.kind === 'ASSIGN') counts[d.repId]!++;
    }
    expect(counts).toEqual({ a: 75, b: 25 });
  });

  it('limits a rule to its named reps', () => {
    const reps = [rep('a'), rep('b')];
    expect(decideRouting(rule({ repIds: ['b'], strategy: 'SPECIFIC_REP' }), reps, { lastRepId: 'b', counter: 0 }, lead, now)).toMatchObject({ repId: 'b' });
  });
});

describe('the routing decision record: every rep the rule considered, and why', () => {
  const verdictOf = (d: { candidates: Array<{ repId: string }> }, id: string) => d.candidates.find((c) => c.repId === id);
  const first = { lastRepId: null, counter: 0 };

  it('names the rule and strategy and marks the chosen rep', () => {
    const d = decideRouting(rule({ id: 'r9', name: 'Mexico SQL', strategy: 'ROUND_ROBIN' }), [rep('a'), rep('b')], first, lead, now);
    expect(d).toMatchObject({ kind: 'ASSIGN', repId: 'a', ruleId: 'r9', ruleName: 'Mexico SQL', strategy: 'ROUND_ROBIN' });
    expect(verdictOf(d, 'a')).toEqual({ repId: 'a', outcome: 'CHOSEN', reason: 'chosen', params: {} });
  });

  it('says "not next in the rotation" to the others under round robin', () => {
    const d = decideRouting(null, [rep('a'), rep('b'), rep('c')], { lastRepId: 'a', counter: 1 }, lead, now);
    expect(d.candidates.map((c) => [c.repId, c.outcome])).toEqual([['a', 'NOT_NEXT'], ['b', 'CHOSEN'], ['c', 'NOT_NEXT']]);
    expect(verdictOf(d, 'a')).toMatchObject({ reason: 'not next in the rotation' });
  });

  it('gives "at capacity (n of m)"', () => {
    const d = decideRouting(null, [rep('a', { openLeads: 10, capacity: 10 }), rep('b')], first, lead, now);
    expect(verdictOf(d, 'a')).toEqual({ repId: 'a', outcome: 'AT_CAPACITY', reason: 'at capacity (10 of 10)', params: { openLeads: 10, capacity: 10 } });
  });

  it('gives "out of office until" the last day of the absence', () => {
    const d = decideRouting(null, [rep('a', { outOfOffice: [{ from: '2026-11-20', to: '2026-11-27' }] }), rep('b')], first, lead, now);
    expect(verdictOf(d, 'a')).toEqual({ repId: 'a', outcome: 'OUT_OF_OFFICE', reason: 'out of office until 2026-11-27', params: { until: '2026-11-27' } });
  });

  it('gives "outside working hours" with the time in the rep\'s own time zone', () => {
    const d = decideRouting(null, [rep('a', { timeZone: 'Europe/Madrid', workingHours: { '1': ['09:00', '17:00'] } }), rep('b')], first, lead, now);
    expect(verdictOf(d, 'a')).toEqual({
      repId: 'a', outcome: 'OFF_HOURS', reason: 'outside working hours (18:00 in Europe/Madrid)', params: { timeZone: 'Europe/Madrid', localTime: '18:00' },
    });
  });

  it('gives "inactive" before anything else', () => {
    const d = decideRouting(null, [rep('a', { active: false, openLeads: 99 }), rep('b')], first, lead, now);
    expect(verdictOf(d, 'a')).toMatchObject({ outcome: 'INACTIVE', reason: 'inactive' });
  });

  it('marks the owner a lead is taken from as excluded, and never picks them', () => {
    const d = decideRouting(null, [rep('a'), rep('b')], first, lead, now, { excludedRepIds: ['a'] });
    expect(d).toMatchObject({ kind: 'ASSIGN', repId: 'b' });
    expect(verdictOf(d, 'a')).toMatchObject({ outcome: 'EXCLUDED' });
  });

  it('gives "not their turn this cycle" with the weights under the weighted strategy', () => {
    const d = decideRouting(rule({ strategy: 'WEIGHTED' }), [rep('a', { weight: 3 }), rep('b', { weight: 1 })], first, lead, now);
    expect(d).toMatchObject({ repId: 'a' });
    expect(verdictOf(d, 'b')).toEqual({ repId: 'b', outcome: 'LOWER_WEIGHT', reason: 'not their turn this cycle (weight 1 of 4)', params: { weight: 1, totalWeight: 4 } });
  });

  it('gives "more loaded" with the figures under load balancing', () => {
    const d = decideRouting(rule({ strategy: 'LOAD_BALANCED' }), [rep('a', { openLeads: 5 }), rep('b', { openLeads: 2 })], first, lead, now);
    expect(verdictOf(d, 'a')).toEqual({ repId: 'a', outcome: 'MORE_LOADED', reason: 'more loaded (5 of 10 open)', params: { openLeads: 5, capacity: 10 } });
  });

  it('says which reps lack the territory or the skill', () => {
    const t = decideRouting(rule({ strategy: 'TERRITORY' }), [rep('a', { territories: ['USA'] }), rep('b', { territories: ['Mexico'] })], first, lead, now);
    expect(verdictOf(t, 'a')).toEqual({ repId: 'a', outcome: 'NO_TERRITORY', reason: 'territory does not cover MX', params: { country: 'MX' } });
    const s = decideRouting(rule({ strategy: 'SKILLS' }), [rep('a', { skills: ['retail'], languages: ['pt'] }), rep('c', { skills: ['manufacturing'] })], first, lead, now);
    expect(verdictOf(s, 'a')).toMatchObject({ outcome: 'NO_SKILL' });
    expect(verdictOf(s, 'c')).toMatchObject({ outcome: 'CHOSEN' });
  });

  it('lists only the rule\'s reps, and explains a queued lead rep by rep', () => {
    const d = decideRouting(rule({ teamId: 't2' }), [rep('a'), rep('b', { teamId: 't2', openLeads: 10 })], first, lead, now);
    expect(d).toMatchObject({ kind: 'QUEUE', strategy: 'ROUND_ROBIN', reason: 'no rep available now (hours, out of office or capacity)' });
    expect(d.candidates).toEqual([{ repId: 'b', outcome: 'AT_CAPACITY', reason: 'at capacity (10 of 10)', params: { openLeads: 10, capacity: 10 } }]);
  });
});
