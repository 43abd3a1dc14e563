import type { DataSource } from 'typeorm';
import type { NotificationStatus } from './lead-store';

/** What was sent to whom, once per key: the log the mailer keeps so a retried activity never sends twice. */
export interface NotificationRecord {
  key: string;
  leadId: string | null;
  recipient: string;
  subject: string;
}

export class NotificationStore {
  constructor(private readonly db: DataSource) {}

  /** The key's status, or null when it was never tried. */
  async status(key: string): Promise<NotificationStatus | null> {
    const [row] = await this.db.query('SELECT status FROM notifications WHERE key = $1', [key]);
    return row?.status ?? null;
  }

  /** attempts counts the tries before the latest; a failed try (PENDING) keeps the status the key had; SENT is final. */
  async record(message: NotificationRecord, status: NotificationStatus, error: string | null): Promise<void> {
    await this.db.query(
      `INSERT INTO notifications (key, lead_id, channel, recipient, subject, status, last_error, sent_at)
       VALUES ($1, $2, 'email', $3, $4, $5, $6, CASE WHEN $5 = 'SENT' THEN now() END)
       ON CONFLICT (key) DO UPDATE SET attempts = notifications.attempts + 1,
              status = CASE WHEN EXCLUDED.status = 'PENDING' THEN notifications.status ELSE EXCLUDED.status END,
              last_error = coalesce(EXCLUDED.last_error, notifications.last_error), sent_at = EXCLUDED.sent_at
        WHERE notifications.status <> 'SENT'`,
      [message.key, message.leadId, message.recipient, message.subject, status, error],
    );
  }
}
