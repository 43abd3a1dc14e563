import { createHash } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';

export interface SmtpSettings {
  host: string | null;
  port: number;
  secure: boolean;
  user: string | null;
  password: string | null;
  from: string;
}

export interface OutgoingEmail {
  /** Idempotency key: the same key is never sent twice, whatever the retries. */
  key: string;
  leadId: string | null;
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail over SMTP once per key, recording each message in the notifications table. */
export class Mailer {
  private readonly transport: Transporter | null;

  constructor(
    private readonly db: DataSource,
    private readonly smtp: SmtpSettings,
  ) {
    this.transport = smtp.host
      ? nodemailer.createTransport({
          host: smtp.host, port: smtp.port, secure: smtp.secure, pool: true, maxConnections: 4,
          auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
          tls: { rejectUnauthorized: false },
        })
      : null;
  }

  /** Returns false when the message had already been sent under this key. */
  async send(email: OutgoingEmail): Promise<boolean> {
    const claimed = await this.db.query(
      `INSERT INTO notifications (key, lead_id, channel, recipient, subject) VALUES ($1, $2, 'email', $3, $4)
       ON CONFLICT (key) DO UPDATE SET attempts = notifications.attempts + 1 WHERE notifications.status <> 'SENT'
       RETURNING key`,
      [email.key, email.leadId, email.to, email.subject],
    );
    if (claimed.length === 0) return false;
    if (!this.transport) {
      // No SMTP configured: the message stays in the notifications table for the console to show.
      await this.db.query(`UPDATE notifications SET status = 'FAILED', last_error = 'SMTP_HOST not configured' WHERE key = $1`, [email.key]);
      return false;
    }
    try {
      await this.transport.sendMail({
        from: this.smtp.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        // A Message-ID derived from the key lets receivers drop a duplicate if a crash hits between send and record.
        messageId: `<${createHash('sha256').update(email.key).digest('hex').slice(0, 32)}@leadops>`,
        headers: { 'X-LeadOps-Key': email.key },
      });
    } catch (error) {
      await this.db.query('UPDATE notifications SET last_error = $2 WHERE key = $1', [email.key, String((error as Error).message).slice(0, 500)]);
      throw error;
    }
    await this.db.query(`UPDATE notifications SET status = 'SENT', sent_at = now() WHERE key = $1`, [email.key]);
    return true;
  }

  close(): void {
    this.transport?.close();
  }
}
