import { isIP } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { WEBHOOK_EVENTS, WebhookDeliveryStore, WebhookSubscriptionStore, type WebhookSubscription } from '@leadops/persistence';
import { refusedAddressReason, sealSecret, type LeadOpsConfig } from '@leadops/config';
import { AuditService } from '../audit/audit.service';
import { CONFIG } from '../core/core.module';
import type { AuthUser } from '../auth/auth.types';
import { LeadOpsError } from '../core/errors';
import { FieldErrors, isUuid } from '../input-checks/field-errors';

const MAX_SUBSCRIPTIONS = 50;

/** Where lead events go out; sales ops manage the list, the worker delivers (see WebhookDeliveryStore). */
@Injectable()
export class WebhookSubscriptionsService {
  constructor(
    private readonly subscriptions: WebhookSubscriptionStore,
    readonly deliveries: WebhookDeliveryStore,
    private readonly audit: AuditService,
    @Inject(CONFIG) private readonly config: LeadOpsConfig,
  ) {}

  list(): Promise<WebhookSubscription[]> {
    return this.subscriptions.list();
  }

  async create(user: AuthUser, url: string, events: string[], secret: string): Promise<WebhookSubscription> {
    const errors = new FieldErrors();
    const target = errors.text('url', url, { required: true, max: 2000, singleLine: true });
    if (target !== null) {
      let parsed: URL | null = null;
      try {
        parsed = new URL(target);
      } catch {
        errors.add('url', 'is not a URL');
      }
      const httpsOnly = this.config.webhooks.httpsOnly;
      if (parsed && !['http:', 'https:'].includes(parsed.protocol)) errors.add('url', httpsOnly ? 'must start with https://' : 'must start with https:// (or http://)');
      else if (parsed && httpsOnly && parsed.protocol !== 'https:') errors.add('url', 'must start with https:// in production');
      else if (parsed && (parsed.username || parsed.password)) errors.add('url', 'must not carry a user or password; the signature authenticates');
      else if (parsed) {
        // Early word for an obvious inside address; every delivery checks again what the name resolves to then.
        const host = parsed.hostname.replace(/^\[|\]$/g, '');
        const inside = /^(localhost|.*\.localhost)$/i.test(host) ? `${host} is this machine` : isIP(host) ? refusedAddressReason(host, this.config.webhooks.allowedPrivateNetworks) : null;
        if (inside) errors.add('url', `must be a public address: ${inside}`);
      }
    }
    const wanted = errors.list('events', events, { min: 1, max: WEBHOOK_EVENTS.length, itemMax: 64 });
    wanted.forEach((e, i) => {
      if (!(WEBHOOK_EVENTS as readonly string[]).includes(e)) errors.add(`events[${i}]`, `one of ${WEBHOOK_EVENTS.join(', ')}`);
    });
    if (typeof secret !== 'string' || secret.length < 16) errors.add('secret', 'at least 16 characters');
    else if (secret.length > 200) errors.add('secret', 'at most 200 characters');
    errors.throwIfAny();
    return this.subscriptions.lockedTransaction(async (tx) => {
      if ((await this.subscriptions.countLive(tx)) >= MAX_SUBSCRIPTIONS) throw new LeadOpsError('CONFLICT', `At most ${MAX_SUBSCRIPTIONS} webhook subscriptions: delete one first`);
      // Sealed at rest: a database copy must not let anyone sign webhooks as LeadOps.
      const created = await this.subscriptions.create({ url: target!, events: wanted, secret: sealSecret(secret, this.config.temporal.payloadEncryption), createdBy: user.id }, tx);
      await this.audit.record({ actorId: user.id, entity: 'webhook_subscription', entityId: created.id, action: 'CREATE', after: created }, tx);
      return created;
    });
  }

  async delete(user: AuthUser, id: string): Promise<boolean> {
    return this.subscriptions.transaction(async (tx) => {
      const before = isUuid(id) ? await this.subscriptions.find(id, tx) : null;
      if (!before) throw new LeadOpsError('NOT_FOUND', `id: no webhook subscription with id ${String(id).slice(0, 64)}`, 'id');
      await this.subscriptions.delete(before.id, tx);
      await this.audit.record({ actorId: user.id, entity: 'webhook_subscription', entityId: before.id, action: 'DELETE', before }, tx);
      return true;
    });
  }
}
