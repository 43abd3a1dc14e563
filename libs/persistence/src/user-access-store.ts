import type { DataSource, EntityManager } from 'typeorm';
import type { UserRole } from './entities';

/** What a request's token is checked against: the user as they are now. */
export interface UserSession {
  id: string;
  email: string;
  role: UserRole;
  teamId: string | null;
  active: boolean;
  sessionVersion: number;
}

export interface UserAccessChange {
  active?: boolean;
  role?: UserRole;
  passwordHash?: string;
}

/** Users' access: the session state tokens are checked against, and the changes that revoke them (migration 014). */
export class UserAccessStore {
  constructor(private readonly db: DataSource) {}

  async session(userId: string): Promise<UserSession | null> {
    const [row] = await this.db.query(
      `SELECT id, email, role, team_id AS "teamId", active, session_version AS "sessionVersion" FROM users WHERE id = $1`,
      [userId],
    );
    return row ?? null;
  }

  /** Changes what is given; the trigger moves the session version on. Null when the user does not exist. */
  async change(userId: string, change: UserAccessChange, manager: EntityManager = this.db.manager): Promise<{ before: UserSession; after: UserSession } | null> {
    const [before] = await manager.query(
      `SELECT id, email, role, team_id AS "teamId", active, session_version AS "sessionVersion" FROM users WHERE id = $1 FOR UPDATE`,
      [userId],
    );
    if (!before) return null;
    const [after] = await manager.query(
      `UPDATE users SET active = coalesce($2, active), role = coalesce($3, role), password_hash = coalesce($4, password_hash)
        WHERE id = $1
        RETURNING id, email, role, team_id AS "teamId", active, session_version AS "sessionVersion"`,
      [userId, change.active ?? null, change.role ?? null, change.passwordHash ?? null],
    );
    return { before, after };
  }
}

/** Whether this address belongs to an active LeadOps user (who may receive a lead's scoring). */
export async function isActiveUserEmail(db: DataSource | EntityManager, email: string): Promise<boolean> {
  const [row] = await db.query('SELECT 1 FROM users WHERE email = lower($1) AND active', [email]);
  return row !== undefined;
}
