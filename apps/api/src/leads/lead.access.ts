import type { AuthUser } from '../auth/auth.types';

/**
 * Which leads a caller may see, as an SQL condition on alias "l": a rep their own, a manager their team's
 * (and the fallback queue of leads waiting for a rep, which they dispatch), sales ops all.
 */
export function visibleLeadsCondition(user: AuthUser, params: unknown[]): string {
  switch (user.role) {
    case 'SALES_OPS':
      return 'TRUE';
    case 'MANAGER':
      params.push(user.teamId);
      return `(l.team_id = $${params.length} OR (l.status = 'QUEUED' AND l.owner_id IS NULL))`;
    case 'REP':
      params.push(user.id);
      return `l.owner_id = $${params.length}`;
  }
}

export function canSeeLead(user: AuthUser, lead: { ownerId: string | null; teamId: string | null; status: string }): boolean {
  if (user.role === 'SALES_OPS') return true;
  if (user.role === 'MANAGER') return lead.teamId === user.teamId || (lead.status === 'QUEUED' && lead.ownerId === null);
  return lead.ownerId === user.id;
}
