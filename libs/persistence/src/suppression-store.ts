import type { DataSource } from 'typeorm';

export type SuppressionReason = 'UNSUBSCRIBED' | 'BOUNCED';

/** Addresses nurture no longer writes to (migration 016). */
export class SuppressionStore {
  constructor(private readonly db: DataSource) {}

  async suppress(email: string, reason: SuppressionReason): Promise<void> {
    await this.db.query(`INSERT INTO email_suppressions (email, reason) VALUES (lower($1), $2) ON CONFLICT (email) DO NOTHING`, [email, reason]);
  }

  async isSuppressed(email: string): Promise<SuppressionReason | null> {
    const [row] = await this.db.query('SELECT reason FROM email_suppressions WHERE email = lower($1)', [email]);
    return row?.reason ?? null;
  }
}
