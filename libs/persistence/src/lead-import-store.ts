import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { deriveContactKeys, type LeadInput } from '@leadops/domain';
import { workflowIdForLead } from './lead-store';

export interface ImportedLead {
  lead: LeadInput;
  /** Required: a re-imported row finds its lead by this key and creates nothing. */
  idempotencyKey: string;
}

// Columns of one lead row, in the order of the VALUES tuples below.
const COLUMNS = [
  'id', 'source', 'idempotency_key', 'full_name', 'email', 'email_normalized', 'phone', 'job_position', 'company_name', 'industry',
  'location', 'age', 'gender', 'notify_email', 'description', 'company_size', 'profile_id', 'workflow_id', 'phone_e164', 'company_domain',
] as const;

/**
 * Bulk intake for CSV imports: many leads per transaction, each with its outbox row and CREATED event,
 * exactly as LeadStore.createLead stores one; rows whose key exists already are skipped.
 */
export class LeadImportStore {
  constructor(private readonly db: DataSource) {}

  async insertBatch(rows: ImportedLead[], profileId: string, actorId: string | null): Promise<{ createdKeys: Set<string>; createdIds: string[] }> {
    if (rows.length === 0) return { createdKeys: new Set(), createdIds: [] };
    return this.db.transaction(async (tx) => {
      const params: unknown[] = [];
      const tuples = rows.map(({ lead: l, idempotencyKey }) => {
        const id = randomUUID();
        const keys = deriveContactKeys(l);
        const values = [
          id, l.source ?? 'import', idempotencyKey, l.fullName, l.email, l.email.trim().toLowerCase(), l.phone ?? null, l.jobPosition ?? null,
          l.companyName ?? null, l.industry ?? null, l.location ?? null, l.age ?? null, l.gender ?? null, l.notifyEmail ?? null,
          l.description ?? null, l.companySize ?? null, profileId, workflowIdForLead(id), keys.phoneE164, keys.companyDomain,
        ];
        const start = params.length;
        params.push(...values);
        return `(${values.map((_, i) => `$${start + i + 1}`).join(',')})`;
      });
      const inserted: Array<{ id: string; idempotency_key: string; source: string }> = await tx.query(
        `INSERT INTO leads (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING id, idempotency_key, source`,
        params,
      );
      if (inserted.length) {
        const ids = inserted.map((r) => r.id);
        await tx.query(`INSERT INTO outbox (lead_id, kind) SELECT unnest($1::uuid[]), 'START_LEAD_WORKFLOW'`, [ids]);
        await tx.query(
          `INSERT INTO lead_events (lead_id, type, message, data, actor_id)
           SELECT id, 'CREATED', 'Lead received from ' || src, jsonb_build_object('source', src, 'code', 'EVENT_CREATED', 'params', jsonb_build_object('source', src)), $3
             FROM unnest($1::uuid[], $2::text[]) AS t(id, src)`,
          [ids, inserted.map((r) => r.source), actorId],
        );
      }
      return { createdKeys: new Set(inserted.map((r) => r.idempotency_key)), createdIds: inserted.map((r) => r.id) };
    });
  }
}
