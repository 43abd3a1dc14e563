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
