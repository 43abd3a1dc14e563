import { Controller, Headers, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { LeadOpsConfig } from '@leadops/config';
import { isSingleMailbox } from '@leadops/domain';
import { RateLimitStore, SIGNATURE_HEADER, SuppressionStore, TIMESTAMP_HEADER, verifySignature } from '@leadops/persistence';
import { Public } from '../auth/auth.decorators';
import { RateLimiter } from '../auth/rate-limiter';
import { CONFIG } from '../core/core.module';
import { LeadOpsError } from '../core/errors';
import { findUnsafeText } from '../input-checks/unsafe-text';
import { IncomingWebhooksService } from './incoming-webhooks.service';

// Printable ASCII without spaces: what a sender's request id or UUID looks like.
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

const EMAIL_EVENT_TYPES = ['hard_bounce', 'soft_bounce', 'complaint'] as const;
type EmailEventType = (typeof EMAIL_EVENT_TYPES)[number];
/** What one relay callback batches at most. */
const MAX_EMAIL_EVENTS = 1000;

/**
 * Leads pushed by forms and partner systems. Not behind the JWT guard: each source signs its requests
 * with its shared secret (x-leadops-signature over "<timestamp>.<raw body>").
 */
@Public()
@Controller('webhooks')
export class IncomingWebhooksController {
  // Per caller and source: a flood or a signature-guessing run is cut off before any HMAC or SQL work.
  private readonly limiter: RateLimiter;

  constructor(
    @Inject(CONFIG) private readonly config: LeadOpsConfig,
    windows: RateLimitStore,
    private readonly webhooks: IncomingWebhooksService,
    private readonly suppressions: SuppressionStore,
  ) {
    this.limiter = new RateLimiter(windows, 'webhook', 300, 60);
  }

  @Post('leads/:source')
  @HttpCode(202)
  async receiveLead(
    @Param('source') source: string,
    @Req() req: Request & { rawBody?: Buffer },
    @Headers(TIMESTAMP_HEADER) timestamp: string | undefined,
    @Headers(SIGNATURE_HEADER) signature: string | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
  ): Promise<{ id: string; duplicate: boolean }> {
    const raw = await this.signedBody(source, req, timestamp, signature);
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new LeadOpsError('BAD_USER_INPUT', 'idempotency-key: 1 to 200 printable characters, no spaces', 'idempotency-key');
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new LeadOpsError('BAD_USER_INPUT', 'body: not valid JSON', 'body');
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw new LeadOpsError('BAD_USER_INPUT', 'body: send one lead as a JSON object', 'body');
    }
    const unsafe = findUnsafeText(body, '');
    if (unsafe) throw new LeadOpsError('BAD_USER_INPUT', `${unsafe.field || 'body'}: ${unsafe.message}`, unsafe.field || 'body');
    return this.webhooks.receive(source, body as Record<string, unknown>, idempotencyKey ?? null);
  }

  /**
   * Bounces and complaints from the mail relay (its webhook, or a small forwarder from its bounce mailbox), signed like
   * the lead webhooks: `{ "events": [{ "type": "hard_bounce" | "soft_bounce" | "complaint", "email": "…" }] }`. A hard
   * bounce puts the address on the suppression list as BOUNCED and a spam complaint as UNSUBSCRIBED (both: nothing more
   * is written to it); a soft bounce is a passing failure and only counted.
   */
  @Post('email-events/:source')
  @HttpCode(200)
  async receiveEmailEvents(
    @Param('source') source: string,
    @Req() req: Request & { rawBody?: Buffer },
    @Headers(TIMESTAMP_HEADER) timestamp: string | undefined,
    @Headers(SIGNATURE_HEADER) signature: string | undefined,
  ): Promise<{ suppressed: number; ignored: number }> {
    // Only the mail relay's own source: a lead-form partner holding its secret must not silence anyone's address.
    if (source !== this.config.webhooks.emailEventsSource) throw new LeadOpsError('FORBIDDEN', 'This source may send leads, not e-mail events');
    const raw = await this.signedBody(source, req, timestamp, signature);
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new LeadOpsError('BAD_USER_INPUT', 'body: not valid JSON', 'body');
    }
    const events = (body as { events?: unknown } | null)?.events;
    if (!Array.isArray(events) || events.length === 0 || events.length > MAX_EMAIL_EVENTS) {
      throw new LeadOpsError('BAD_USER_INPUT', `events: a list of 1 to ${MAX_EMAIL_EVENTS} {type, email}`, 'events');
    }
    const checked = events.map((event: { type?: unknown; email?: unknown }, i) => {
      if (typeof event?.type !== 'string' || !EMAIL_EVENT_TYPES.includes(event.type as EmailEventType)) {
        throw new LeadOpsError('BAD_USER_INPUT', `events[${i}].type: one of ${EMAIL_EVENT_TYPES.join(', ')}`, `events[${i}].type`);
      }
      const email = typeof event.email === 'string' ? event.email.trim().toLowerCase() : '';
      if (!isSingleMailbox(email)) throw new LeadOpsError('BAD_USER_INPUT', `events[${i}].email: one e-mail address`, `events[${i}].email`);
      return { type: event.type as EmailEventType, email };
    });
    let suppressed = 0;
    for (const { type, email } of checked) {
      if (type === 'soft_bounce') continue;
      await this.suppressions.suppress(email, type === 'hard_bounce' ? 'BOUNCED' : 'UNSUBSCRIBED');
      suppressed++;
    }
    return { suppressed, ignored: checked.length - suppressed };
  }

  /** The raw body of a request signed by a known source, within the time tolerance and the per-caller limit. */
  private async signedBody(source: string, req: Request & { rawBody?: Buffer }, timestamp: string | undefined, signature: string | undefined): Promise<Buffer> {
    if (!(await this.limiter.take(`${req.ip ?? 'unknown'}|${source.slice(0, 64)}`))) {
      throw new LeadOpsError('TOO_MANY_REQUESTS', 'Too many webhook calls: slow down and retry in a minute');
    }
    const secret = Object.prototype.hasOwnProperty.call(this.config.webhooks.secrets, source) ? this.config.webhooks.secrets[source] : undefined;
    if (!secret) throw new LeadOpsError('UNAUTHENTICATED', 'Unknown webhook source');
    if (typeof timestamp !== 'string' || !/^\d{1,12}$/.test(timestamp.trim())) {
      throw new LeadOpsError('UNAUTHENTICATED', `${TIMESTAMP_HEADER}: send the Unix time in seconds`, TIMESTAMP_HEADER);
    }
    if (Math.abs(Date.now() / 1000 - Number(timestamp)) > this.config.webhooks.toleranceSeconds) {
      throw new LeadOpsError('UNAUTHENTICATED', `${TIMESTAMP_HEADER}: more than ${this.config.webhooks.toleranceSeconds} seconds off; check the sender's clock`, TIMESTAMP_HEADER);
    }
    const raw = req.rawBody ?? Buffer.alloc(0);
    if (!verifySignature(secret, timestamp.trim(), raw, signature)) {
      throw new LeadOpsError('UNAUTHENTICATED', `${SIGNATURE_HEADER}: signature does not match`, SIGNATURE_HEADER);
    }
    return raw;
  }
}
