import type { UserRole } from '@leadops/persistence';

/** Who is calling, from the verified JWT. */
export interface AuthUser {
  id: string;
  email: string;
  role: UserRole;
  teamId: string | null;
}
