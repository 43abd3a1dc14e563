import { outOfOfficeUntil, rerouteCause } from './reroute';

const now = new Date('2026-11-23T17:00:00Z'); // Monday 11:00 in Mexico City
const rep = (outOfOffice: Array<{ from: string; to: string }>, active = true) => ({ active, timeZone: 'America/Mexico_City', outOfOffice });

describe('when a rep\'s leads are re-routed', () => {
  it('re-routes an inactive rep\'s leads at once', () => {
    expect(rerouteCause(rep([], false), now, 24)).toEqual({ kind: 'INACTIVE' });
  });

  it('leaves a present rep\'s leads alone, and an absence that has not started yet', () => {
    expect(rerouteCause(rep([]), now, 24)).toBeNull();
    expect(rerouteCause(rep([{ from: '2026-11-30', to: '2026-12-10' }]), now, 24)).toBeNull();
  });

  it('re-routes only when the absence runs longer than the setting from now, to midnight after its last day', () => {
    // Out today only: back at midnight, 13 hours from now.
    expect(rerouteCause(rep([{ from: '2026-11-23', to: '2026-11-23' }]), now, 24)).toBeNull();
    // Until tomorrow: 37 hours.
    expect(rerouteCause(rep([{ from: '2026-11-23', to: '2026-11-24' }]), now, 24)).toEqual({ kind: 'OUT_OF_OFFICE', until: '2026-11-24', hours: 37 });
    expect(rerouteCause(rep([{ from: '2026-11-23', to: '2026-11-24' }]), now, 48)).toBeNull();
  });

  it('follows absences that continue one another', () => {
    expect(outOfOfficeUntil(rep([{ from: '2026-11-25', to: '2026-11-30' }, { from: '2026-11-20', to: '2026-11-24' }]), now)).toBe('2026-11-30');
    expect(outOfOfficeUntil(rep([{ from: '2026-11-26', to: '2026-11-30' }, { from: '2026-11-20', to: '2026-11-24' }]), now)).toBe('2026-11-24');
  });
});
