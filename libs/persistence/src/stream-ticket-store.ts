import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { UserRole } from './entities';

/** Who a stream ticket was issued to: the claims of the bearer token that asked for it. */
export interface StreamTicketHolder {
  id: string;
  email: string;
  role: UserRole;
  teamId: string | null;
  /** The token's session version (users.session_version when it was issued): revoking the session ends the stream. */
  sessionVersion: number;
}

const hashOf = (ticket: string) => createHash('sha256').update(ticket, 'utf8').digest();

/**
 * Short-lived, one-use tickets that open the live stream in place of the bearer token (which must not travel in a
 * URL). A ticket is 32 random bytes; only its hash is stored.
 */
export class StreamTicketStore {
  constructor(private readonly db: DataSource) {}

  /** A new ticket for `holder`, valid `ttlSeconds`. Tickets that expired a while ago are swept on the way. */
  async issue(holder: StreamTicketHolder, ttlSeconds: number): Promise<{ ticket: string; expiresAt: Date }> {
    const ticket = randomBytes(32).toString('base64url');
    await this.db.query(`DELETE FROM stream_tickets WHERE expires_at < now() - interval '1 minute'`);
    const [row] = await this.db.query(
      `INSERT INTO stream_tickets (ticket_hash, user_id, role, team_id, email, session_version, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + ($7::int * interval '1 second')) RETURNING expires_at AS "expiresAt"`,
      [hashOf(ticket), holder.id, holder.role, holder.teamId, holder.email, holder.sessionVersion, ttlSeconds],
    );
    return { ticket, expiresAt: new Date(row.expiresAt) };
  }

  /** The holder of a valid ticket, which is used up by this call; null when unknown, already used or expired. */
  async redeem(ticket: string): Promise<StreamTicketHolder | null> {
    // TypeORM answers a DELETE ... RETURNING with [rows, count].
    const [[row]] = await this.db.query(
      `DELETE FROM stream_tickets WHERE ticket_hash = $1
       RETURNING user_id AS id, email, role, team_id AS "teamId", session_version AS "sessionVersion", expires_at > now() AS valid`,
      [hashOf(ticket)],
    );
    if (!row?.valid) return null;
    return { id: row.id, email: row.email, role: row.role, teamId: row.teamId, sessionVersion: row.sessionVersion };
  }
}
