import { dateBound, toCreateLeadInput, toLeadFilter, toLeadSort } from './leadQuery';

describe('toLeadFilter', () => {
  it('maps react-admin filters to the API filter, dropping blanks', () => {
    expect(
      toLeadFilter({ q: ' open energy ', stage: ['SQL'], priority: 'P1', status: [], slaState: ['BREACHED'], ownerId: 'u1', openOnly: true, unassigned: false, source: '' }),
    ).toEqual({ search: 'open energy', stages: ['SQL'], priorities: ['P1'], slaStates: ['BREACHED'], ownerId: 'u1', openOnly: true });
    expect(toLeadFilter({})).toEqual({});
    expect(toLeadFilter(undefined)).toEqual({});
  });

  it('takes the minimum score as a percent and asks the API for a probability', () => {
    expect(toLeadFilter({ minScore: 40 })).toEqual({ minConversionScore: 0.4 });
    expect(toLeadFilter({ minScore: '0' })).toEqual({ minConversionScore: 0 });
    expect(toLeadFilter({ minScore: 140 })).toEqual({});
    expect(toLeadFilter({ minScore: '' })).toEqual({});
  });

  it('makes the "created until" day inclusive', () => {
    const f = toLeadFilter({ createdFrom: '2026-11-01', createdTo: '2026-11-01' });
    expect(Date.parse(f.createdTo!) - Date.parse(f.createdFrom!)).toBe(24 * 3600 * 1000);
    expect(dateBound('not a date')).toBeUndefined();
  });
});

describe('toLeadSort', () => {
  it('sorts by SLA due or by creation, the only two orders the API serves', () => {
    expect(toLeadSort({ field: 'slaDueAt' })).toBe('SLA_DUE_AT');
    expect(toLeadSort({ field: 'createdAt' })).toBe('CREATED_AT');
    expect(toLeadSort({ field: 'listScore.probability' })).toBe('CONVERSION_SCORE');
    expect(toLeadSort({ field: 'fullName' })).toBe('CREATED_AT');
    expect(toLeadSort(undefined)).toBe('CREATED_AT');
  });
});

describe('toCreateLeadInput', () => {
  it('sends the brief example as the API expects it', () => {
    expect(
      toCreateLeadInput({
        fullName: ' JOSH BIDEN ', email: 'josh@openenergy.com', jobPosition: 'CTO', companyName: 'Open Energy LLC', industry: 'Manufacturing',
        location: 'USA, Miami', description: 'Necesitamos urgentemente mejorar nuestro respaldo de datos', age: '42', phone: '', gender: 'male',
      }),
    ).toEqual({
      fullName: 'JOSH BIDEN', email: 'josh@openenergy.com', jobPosition: 'CTO', companyName: 'Open Energy LLC', industry: 'Manufacturing',
      location: 'USA, Miami', phone: null, age: 42, gender: 'male', notifyEmail: null,
      description: 'Necesitamos urgentemente mejorar nuestro respaldo de datos', source: 'web_form',
    });
  });
});
