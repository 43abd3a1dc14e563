import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LeadService } from '../leads/lead.service';

/** Turns a verified webhook into a lead, once per (source, idempotency key). */
@Injectable()
export class IncomingWebhooksService {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    private readonly leads: LeadService,
  ) {}

  async receive(source: string, body: Record<string, unknown>, idempotencyKey: string | null): Promise<{ id: string; duplicate: boolean }> {
    if (idempotencyKey) {
      const [seen] = await this.db.query('SELECT lead_id FROM webhook_receipts WHERE source = $1 AND idempotency_key = $2', [source, idempotencyKey]);
      if (seen) return { id: seen.lead_id, duplicate: true };
    }
    // The lead's own idempotency key (namespaced by source) is what makes a replay atomic: lead, outbox row and
    // key commit together. The receipt below is the readable log; a crash before it heals on the next replay.
    const { lead, created } = await this.leads.create(body, {
      actor: null, source: 'webhook', idempotencyKey: idempotencyKey ? `webhook:${source}:${idempotencyKey}` : null,
    });
    if (idempotencyKey) {
      await this.db.query('INSERT INTO webhook_receipts (source, idempotency_key, lead_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
        source, idempotencyKey, lead.id,
      ]);
    }
    return { id: lead.id, duplicate: !created };
  }
}
