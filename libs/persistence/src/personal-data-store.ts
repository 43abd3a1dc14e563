import type { DataSource } from 'typeorm';

/** Everything LeadOps holds about one person, found by their e-mail address (the access right of ARCO / GDPR). */
export interface PersonalDataExport {
  email: string;
  leads: Array<Record<string, unknown>>;
  events: Array<Record<string, unknown>>;
  classifications: Array<Record<string, unknown>>;
  notifications: Array<Record<string, unknown>>;
  webhookReceipts: Array<Record<string, unknown>>;
}

export interface ErasureCounts {
  leads: number;
  events: number;
  classifications: number;
  notifications: number;
  webhookReceipts: number;
  outbox: number;
}

/** A person's leads: those with their e-mail, and the duplicates merged into them. */
const PERSON_LEADS = `WITH RECURSIVE person(id) AS (
    SELECT id FROM leads WHERE email_normalized = lower($1)
    UNION SELECT l.id FROM leads l JOIN person p ON l.merged_into = p.id
  ) SELECT id FROM person`;

export class PersonalDataStore {
  constructor(private readonly db: DataSource) {}

  async leadIds(email: string): Promise<string[]> {
    return (await this.db.query(PERSON_LEADS, [email.trim()])).map((r: { id: string }) => r.id);
  }

  async export(email: string): Promise<PersonalDataExport> {
    const ids = await this.leadIds(email);
    const q = (sql: string, params: unknown[]) => this.db.query(sql, params) as Promise<Array<Record<string, unknown>>>;
    return {
      email: email.trim().toLowerCase(),
      leads: await q('SELECT * FROM leads WHERE id = ANY($1::uuid[]) ORDER BY created_at', [ids]),
      events: await q('SELECT lead_id, at, type, message, data FROM lead_events WHERE lead_id = ANY($1::uuid[]) ORDER BY at, id', [ids]),
      classifications: await q('SELECT lead_id, created_at, classifier, result FROM classifications WHERE lead_id = ANY($1::uuid[]) ORDER BY created_at', [ids]),
      notifications: await q('SELECT lead_id, recipient, subject, status, sent_at FROM notifications WHERE lead_id = ANY($1::uuid[]) OR recipient = lower($2) ORDER BY key', [ids, email.trim()]),
      webhookReceipts: await q('SELECT source, lead_id, created_at FROM webhook_receipts WHERE lead_id = ANY($1::uuid[])', [ids]),
    };
  }

  /** Deletes the person's rows in one transaction; the audit row says that, by whom and when, without who. */
  async erase(email: string, actorId: string, ids: string[]): Promise<ErasureCounts> {
    return this.db.transaction(async (tx) => {
      const count = async (sql: string, params: unknown[]) => ((await tx.query(sql, params)) as [unknown[], number])[1];
      // The leads first, locked: a workflow still writing an event or a classification for one of them waits for this
      // transaction instead of slipping a row in between the child deletes and the leads' (a foreign-key failure).
      await tx.query('SELECT id FROM leads WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [ids]);
      const counts: ErasureCounts = {
        events: await count('DELETE FROM lead_events WHERE lead_id = ANY($1::uuid[])', [ids]),
        classifications: await count('DELETE FROM classifications WHERE lead_id = ANY($1::uuid[])', [ids]),
        notifications: await count('DELETE FROM notifications WHERE lead_id = ANY($1::uuid[]) OR recipient = lower($2)', [ids, email.trim()]),
        webhookReceipts: await count('DELETE FROM webhook_receipts WHERE lead_id = ANY($1::uuid[])', [ids]),
        outbox: await count('DELETE FROM outbox WHERE lead_id = ANY($1::uuid[])', [ids]),
        leads: 0,
      };
      await tx.query('UPDATE leads SET merged_into = NULL WHERE merged_into = ANY($1::uuid[])', [ids]);
      counts.leads = await count('DELETE FROM leads WHERE id = ANY($1::uuid[])', [ids]);
      await tx.query(
        `INSERT INTO audit_log (actor_id, entity, entity_id, action, before, after) VALUES ($1, 'personal_data', gen_random_uuid()::text, 'ERASE', NULL, $2)`,
        [actorId, JSON.stringify({ ...counts, leadIds: ids })],
      );
      return counts;
    });
  }

  /**
   * Retention: anonymises up to `limit` leads that closed before `closedBefore` and are not anonymised yet, in one
   * transaction, and answers how many. What names or reaches the person goes (name, e-mail, phone, title, age, gender,
   * notify address, description, notes, the e-mails sent, the model's free-text summary); what the sales team measures
   * stays (stage, priority, owner, team, source, company and industry, times, SLA, outcome). Leads locked by someone
   * else are skipped (SKIP LOCKED) and taken by the next batch.
   */
  async anonymiseClosedLeads(closedBefore: Date, limit: number): Promise<number> {
    return this.db.transaction(async (tx) => {
      const due: Array<{ id: string }> = await tx.query(
        `SELECT id FROM leads WHERE status = 'CLOSED' AND anonymised_at IS NULL AND closed_at < $1
         ORDER BY closed_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [closedBefore, limit],
      );
      const ids = due.map((r) => r.id);
      if (ids.length === 0) return 0;
      await tx.query(
        `UPDATE lead_events e
            SET message = CASE WHEN e.type = 'NOTE' THEN '(note removed at retention)'
                               ELSE replace(replace(e.message, l.full_name, '(anonymised)'), l.email, '(anonymised)') END,
                data = e.data - 'detail' - 'description'
           FROM leads l
          WHERE l.id = e.lead_id AND e.lead_id = ANY($1::uuid[])`,
        [ids],
      );
      await tx.query(
        // The intent's evidence quotes the lead's message: it goes with the rest of their words.
        `UPDATE classifications
            SET result = CASE WHEN jsonb_typeof(result->'intent') = 'object' THEN jsonb_set(result, '{intent,evidence}', '[]'::jsonb) ELSE result END
                         || '{"summary": "(anonymised)", "explanation": [], "nextSteps": []}'::jsonb
          WHERE lead_id = ANY($1::uuid[])`,
        [ids],
      );
      await tx.query('DELETE FROM notifications WHERE lead_id = ANY($1::uuid[])', [ids]);
      await tx.query(
        `UPDATE leads SET full_name = '(anonymised)', email = 'anonymised-' || id || '@invalid', email_normalized = 'anonymised-' || id || '@invalid',
                phone = NULL, phone_e164 = NULL, job_position = NULL, age = NULL, gender = NULL, notify_email = NULL, description = NULL,
                anonymised_at = now(), updated_at = now()
          WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      await tx.query(
        `INSERT INTO audit_log (actor_id, entity, entity_id, action, before, after) VALUES (NULL, 'retention', gen_random_uuid()::text, 'ANONYMISE', NULL, $1)`,
        [JSON.stringify({ leads: ids.length, closedBefore: closedBefore.toISOString(), leadIds: ids })],
      );
      return ids.length;
    });
  }
}
