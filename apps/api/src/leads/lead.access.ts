import type { LeadVisibility } from '@leadops/persistence';
import type { AuthUser } from '../auth/auth.types';

/**
 * Which leads a caller may see: a rep their own, a manager their team's (and the fallback queue of leads waiting for a
 * rep, which they dispatch), sales ops all. The lead list's repository turns it into its WHERE clause.
 */
export function leadVisibility(user: AuthUser): LeadVisibility {
  switch (user.role) {
    case 'SALES_OPS':
      return { kind: 'all' };
    case 'MANAGER':
      return { kind: 'team', teamId: user.teamId };
    case 'REP':
      return { kind: 'owner', ownerId: user.id };
  }
}

export function canSeeLead(user: AuthUser, lead: { ownerId: string | null; teamId: string | null; status: string }): boolean {
  if (user.role === 'SALES_OPS') return true;
  if (user.role === 'MANAGER') return lead.teamId === user.teamId || (lead.status === 'QUEUED' && lead.ownerId === null);
  return lead.ownerId === user.id;
}
