import { Injectable } from '@nestjs/common';
import { WebhookReceiptStore } from '@leadops/persistence';
import { LeadService } from '../leads/lead.service';

/** Turns a verified webhook into a lead, once per (source, idempotency key). */
@Injectable()
export class IncomingWebhooksService {
  constructor(
    private readonly receipts: WebhookReceiptStore,
    private readonly leads: LeadService,
  ) {}

  async receive(source: string, body: Record<string, unknown>, idempotencyKey: string | null): Promise<{ id: string; duplicate: boolean }> {
    if (idempotencyKey) {
      const seen = await this.receipts.leadOf(source, idempotencyKey);
      if (seen) return { id: seen, duplicate: true };
    }
    // The lead's own idempotency key (namespaced by source) is what makes a replay atomic: lead, outbox row and
    // key commit together. The receipt below is the readable log; a crash before it heals on the next replay.
    const { lead, created } = await this.leads.create(body, {
      actor: null, source: 'webhook', idempotencyKey: idempotencyKey ? `webhook:${source}:${idempotencyKey}` : null,
    });
    if (idempotencyKey) {
      await this.receipts.record(source, idempotencyKey, lead.id);
    }
    return { id: lead.id, duplicate: !created };
  }
}
