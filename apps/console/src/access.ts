/**
 * Who may open which screen and do what: one table, read by the menu, the routes and the buttons.
 * The API enforces the same rules; this only keeps people from seeing screens that would answer "not allowed".
 */
export const ROLES = ['SALES_OPS', 'MANAGER', 'REP'] as const;
export type Role = (typeof ROLES)[number];

export type Resource =
  | 'leads'
  | 'my-queue'
  | 'sla-board'
  | 'dashboard'
  | 'company-info'
  | 'routingRules'
  | 'reps'
  | 'sla-settings'
  | 'policy-draft'
  | 'scoring-models'
  | 'nurture'
  | 'webhookSubscriptions'
  | 'users'
  | 'teams';

export type Action =
  | 'list'
  | 'show'
  | 'create'
  | 'edit'
  | 'delete'
  | 'export'
  | 'markContacted'
  | 'close'
  | 'addNote'
  | 'reassign'
  | 'bulkReassign'
  | 'reclassify'
  | 'import'
  | 'filterByOwner';

const EVERYONE: readonly Role[] = ROLES;
const LEADERS: readonly Role[] = ['MANAGER', 'SALES_OPS'];
const OPS: readonly Role[] = ['SALES_OPS'];

/** resource -> action -> roles; '*' is every action not listed. */
const RULES: Record<Resource, Partial<Record<Action | '*', readonly Role[]>>> = {
  leads: {
    list: EVERYONE, show: EVERYONE, create: EVERYONE, markContacted: EVERYONE, close: EVERYONE, addNote: EVERYONE,
    reassign: LEADERS, reclassify: LEADERS, filterByOwner: LEADERS, export: LEADERS,
    bulkReassign: OPS, import: LEADERS,
  },
  'my-queue': { list: EVERYONE, markContacted: EVERYONE, close: EVERYONE },
  'sla-board': { '*': LEADERS },
  dashboard: { '*': LEADERS },
  users: { list: LEADERS, show: LEADERS },
  teams: { list: LEADERS, show: LEADERS },
  'company-info': { '*': OPS },
  routingRules: { '*': OPS },
  reps: { '*': OPS },
  'sla-settings': { '*': OPS },
  'policy-draft': { '*': OPS },
  'scoring-models': { '*': OPS },
  nurture: { '*': OPS },
  webhookSubscriptions: { '*': OPS },
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True when a user of this role may do `action` on `resource`; unknown roles, resources or actions get no. */
export function canAccess(role: Role | null | undefined, resource: string, action: string = 'list'): boolean {
  if (!isRole(role)) return false;
  const rules = RULES[resource as Resource];
  if (!rules) return false;
  const allowed = rules[action as Action] ?? rules['*'];
  return !!allowed && allowed.includes(role);
}

/** The screen a role lands on after login. */
export function homePathFor(role: Role | null | undefined): string {
  return canAccess(role, 'dashboard') ? '/dashboard' : '/my-queue';
}
