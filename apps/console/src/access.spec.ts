import { canAccess, homePathFor, isRole } from './access';

describe('canAccess', () => {
  it('gives reps their queue, their leads and the add-lead form, and nothing of configuration', () => {
    expect(canAccess('REP', 'my-queue')).toBe(true);
    expect(canAccess('REP', 'leads', 'list')).toBe(true);
    expect(canAccess('REP', 'leads', 'create')).toBe(true);
    expect(canAccess('REP', 'leads', 'markContacted')).toBe(true);
    expect(canAccess('REP', 'leads', 'close')).toBe(true);
    for (const screen of ['sla-board', 'dashboard', 'company-info', 'routingRules', 'reps', 'sla-settings', 'nurture', 'webhookSubscriptions', 'policy-draft', 'scoring-models']) {
      expect(canAccess('REP', screen)).toBe(false);
    }
    expect(canAccess('REP', 'leads', 'reassign')).toBe(false);
    expect(canAccess('REP', 'leads', 'bulkReassign')).toBe(false);
    expect(canAccess('REP', 'users')).toBe(false);
  });

  it('adds the SLA board, the dashboard and reassigning for managers, but no configuration', () => {
    expect(canAccess('MANAGER', 'sla-board')).toBe(true);
    expect(canAccess('MANAGER', 'dashboard')).toBe(true);
    expect(canAccess('MANAGER', 'leads', 'reassign')).toBe(true);
    expect(canAccess('MANAGER', 'leads', 'filterByOwner')).toBe(true);
    expect(canAccess('MANAGER', 'leads', 'bulkReassign')).toBe(false);
    expect(canAccess('MANAGER', 'routingRules')).toBe(false);
    expect(canAccess('MANAGER', 'policy-draft')).toBe(false);
    expect(canAccess('MANAGER', 'company-info', 'edit')).toBe(false);
  });

  it('lets sales ops do everything', () => {
    for (const [resource, action] of [
      ['leads', 'bulkReassign'], ['leads', 'import'], ['routingRules', 'create'], ['routingRules', 'delete'], ['reps', 'edit'],
      ['company-info', 'edit'], ['sla-settings', 'list'], ['nurture', 'edit'], ['webhookSubscriptions', 'create'], ['dashboard', 'list'],
    ] as const) {
      expect(canAccess('SALES_OPS', resource, action)).toBe(true);
    }
  });

  it('says no to unknown roles, resources and actions', () => {
    expect(canAccess(null, 'leads')).toBe(false);
    expect(canAccess('ADMIN' as never, 'leads')).toBe(false);
    expect(canAccess('SALES_OPS', 'secrets')).toBe(false);
    expect(canAccess('REP', 'leads', 'delete')).toBe(false);
  });

  it('lands reps on their queue and leaders on the dashboard', () => {
    expect(homePathFor('REP')).toBe('/my-queue');
    expect(homePathFor('MANAGER')).toBe('/dashboard');
    expect(homePathFor('SALES_OPS')).toBe('/dashboard');
    expect(isRole('REP')).toBe(true);
    expect(isRole('rep')).toBe(false);
  });
});
