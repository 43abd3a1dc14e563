import { createHash } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { NotificationStore } from '@leadops/persistence';

export interface SmtpSettings {
  host: string | null;
  port: number;
  secure: boolean;
  user: string | null;
  password: string | null;
  from: string;
  /** Trusted for the relay's certificate besides the system's CAs. */
  tlsCa?: Buffer | null;
  /** Accept any certificate (a self-signed relay on a private network, chosen explicitly). */
  tlsInsecure?: boolean;
  /** Refuse to send over a connection without TLS (production). */
  requireTls?: boolean;
}

export interface OutgoingEmail {
  /** Idempotency key: the same key is never sent twice, whatever the retries. */
  key: string;
  leadId: string | null;
  to: string;
  subject: string;
  text: string;
  /** Extra headers (List-Unsubscribe on nurture e-mails). */
  headers?: Record<string, string>;
}

/**
 * The mail server refused the recipient for good (a 5xx answer to RCPT TO: no such mailbox, domain does not exist):
 * retrying cannot help, so the message is recorded FAILED and the caller decides (nurture suppresses the address).
 */
export class EmailRejectedError extends Error {
  constructor(
    readonly to: string,
    readonly responseCode: number,
    reason: string,
  ) {
    super(`the mail server refused ${to} (${responseCode}): ${reason}`);
    this.name = 'EmailRejectedError';
  }
}

/** A permanent refusal of the recipient, as nodemailer reports it (envelope error with a 5xx code). */
function permanentRecipientRefusal(error: unknown): { code: number; reason: string } | null {
  const e = error as { code?: string; responseCode?: number; response?: string; message?: string };
  if (e?.code !== 'EENVELOPE' || !e.responseCode || e.responseCode < 500 || e.responseCode > 599) return null;
  return { code: e.responseCode, reason: String(e.response ?? e.message ?? '').slice(0, 300) };
}

/** Sends e-mail over SMTP once per key, recording each message in the notifications table. */
export class Mailer {
  private readonly transport: Transporter | null;

  constructor(
    private readonly notifications: NotificationStore,
    private readonly smtp: SmtpSettings,
  ) {
    this.transport = smtp.host
      ? nodemailer.createTransport({
          host: smtp.host, port: smtp.port, secure: smtp.secure, pool: true, maxConnections: 4,
          auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
          requireTLS: smtp.requireTls ?? false,
          tls: { rejectUnauthorized: !smtp.tlsInsecure, ...(smtp.tlsCa ? { ca: smtp.tlsCa } : {}) },
        })
      : null;
  }

  /**
   * Returns false when the message had already been sent under this key. `known` is the key's status as the caller read
   * it together with what the message says (null: never tried), which saves a round trip; without it the mailer reads it.
   * The message is recorded once the server answered, in one statement: SENT, or the error for the retry to see.
   */
  async send(email: OutgoingEmail, known?: { status: 'PENDING' | 'SENT' | 'FAILED' | null }): Promise<boolean> {
    const status = known ? known.status : await this.notifications.status(email.key);
    if (status === 'SENT') return false;
    if (!this.transport) {
      // No SMTP configured: the message stays in the notifications table for the console to show.
      await this.record(email, 'FAILED', 'SMTP_HOST not configured');
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
        headers: { ...email.headers, 'X-LeadOps-Key': email.key },
      });
    } catch (error) {
      const refused = permanentRecipientRefusal(error);
      if (refused) {
        await this.record(email, 'FAILED', `${refused.code} ${refused.reason}`.slice(0, 500));
        throw new EmailRejectedError(email.to, refused.code, refused.reason);
      }
      await this.record(email, 'PENDING', String((error as Error).message).slice(0, 500));
      throw error;
    }
    await this.record(email, 'SENT', null);
    return true;
  }

  private async record(email: OutgoingEmail, status: 'PENDING' | 'SENT' | 'FAILED', error: string | null): Promise<void> {
    await this.notifications.record({ key: email.key, leadId: email.leadId, recipient: email.to, subject: email.subject }, status, error);
  }

  close(): void {
    this.transport?.close();
  }
}
