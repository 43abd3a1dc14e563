// An in-process SMTP server that keeps every message it receives, for tests and the local demo.
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

export interface ReceivedEmail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  messageId: string | null;
  /** The sender's idempotency key (X-LeadOps-Key). */
  key: string | null;
  /** Every header, lower-case names. */
  headers: Record<string, string>;
  receivedAt: Date;
}

export interface SmtpSink {
  port: number;
  messages: ReceivedEmail[];
  /** Resolves when `predicate` holds for the received messages, or rejects after `timeoutMs`. */
  waitFor(predicate: (messages: ReceivedEmail[]) => boolean, timeoutMs?: number): Promise<ReceivedEmail[]>;
  close(): Promise<void>;
}

/**
 * `tls`: offer STARTTLS with this certificate (PEM files), as a real relay does. `refuseRecipients`: answer RCPT TO for
 * matching addresses with 550 5.1.1, as a relay does for a mailbox that does not exist (a hard bounce).
 */
export async function startSmtpSink(
  port = 0, onMessage?: (m: ReceivedEmail) => void, options: { tls?: { cert: string; key: string }; refuseRecipients?: RegExp } = {},
): Promise<SmtpSink> {
  const messages: ReceivedEmail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    ...(options.tls ? { cert: readFileSync(options.tls.cert), key: readFileSync(options.tls.key) } : { disabledCommands: ['STARTTLS'] }),
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.refuseRecipients?.test(address.address)) {
        const refusal = Object.assign(new Error('5.1.1 No such user here'), { responseCode: 550 });
        callback(refusal);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const message: ReceivedEmail = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            messageId: parsed.messageId ?? null,
            key: (parsed.headers.get('x-leadops-key') as string | undefined) ?? null,
            headers: Object.fromEntries((parsed.headerLines ?? []).map((h) => [h.key, h.line.slice(h.line.indexOf(':') + 1).trim()])),
            receivedAt: new Date(),
          };
          messages.push(message);
          onMessage?.(message);
          callback();
        })
        .catch((error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  // A sender that dies mid-connection (the crash tests SIGKILL workers) resets its socket: not the sink's failure.
  server.on('error', () => undefined);
  const address = (server as unknown as { server: { address(): AddressInfo } }).server.address();
  return {
    port: address.port,
    messages,
    async waitFor(predicate, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(messages)) {
        if (Date.now() > deadline) throw new Error(`SMTP sink: condition not met after ${timeoutMs} ms (${messages.length} messages: ${messages.map((m) => m.subject).join(' | ')})`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
