import type { DataSource } from 'typeorm';
import type { ClassificationResult } from '@leadops/domain';

/** The idempotency-key prefix of generated history: how a second run knows the history is there. */
export const DEMO_HISTORY_KEY_PREFIX = 'demo-history:';

/** One closed lead of the demo's past, as the pipeline would have left it. */
export interface HistoricLead {
  id: string;
  key: string;
  createdAt: Date;
  source: string;
  fullName: string;
  email: string;
  phone: string | null;
  jobPosition: string;
  companyName: string;
  companyDomain: string | null;
  industry: string;
  location: string;
  description: string;
  companySize: number | null;
  stage: string;
  priority: string;
  ownerId: string | null;
  teamId: string | null;
  assignedAt: Date | null;
  slaDueAt: Date | null;
  slaState: 'NONE' | 'MET' | 'BREACHED';
  escalationLevel: number;
  firstContactedAt: Date | null;
  outcome: 'CONVERTED' | 'LOST' | 'DISQUALIFIED';
  outcomeReason: string | null;
  closedAt: Date;
  classification: ClassificationResult;
  events: Array<{ at: Date; type: string; message: string; actorId: string | null; data: Record<string, unknown> }>;
}

/** Writes the demo's generated past: leads, their classifications and timelines, in one transaction. */
export class DemoHistoryStore {
  constructor(private readonly db: DataSource) {}

  async hasHistory(): Promise<boolean> {
    const rows = await this.db.query('SELECT 1 FROM leads WHERE idempotency_key LIKE $1 LIMIT 1', [`${DEMO_HISTORY_KEY_PREFIX}%`]);
    return rows.length > 0;
  }

  /**
   * One statement per table over a JSON array (thousands of rows in a few round trips). The lead's idempotency key
   * makes a second insert of the same history a no-op, and its rows are only written for leads inserted now.
   */
  async insert(leads: HistoricLead[]): Promise<number> {
    if (leads.length === 0) return 0;
    return this.db.transaction(async (tx) => {
      const inserted: Array<{ id: string }> = await tx.query(
        `INSERT INTO leads (id, created_at, updated_at, source, idempotency_key, full_name, email, email_normalized, phone, job_position, company_name,
                            company_domain, industry, location, description, company_size, profile_id, workflow_id, status, stage, priority, owner_id,
                            team_id, assigned_at, sla_due_at, sla_state, escalation_level, first_contacted_at, outcome, outcome_reason, closed_at)
         SELECT id, "createdAt", "closedAt", source, key, "fullName", email, lower(email), phone, "jobPosition", "companyName", "companyDomain", industry,
                location, description, "companySize", 'default', 'lead-' || id, 'CLOSED', stage, priority, "ownerId", "teamId", "assignedAt", "slaDueAt",
                "slaState", "escalationLevel", "firstContactedAt", outcome, "outcomeReason", "closedAt"
           FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "createdAt" timestamptz, "closedAt" timestamptz, source text, key text, "fullName" text,
                email text, phone text, "jobPosition" text, "companyName" text, "companyDomain" text, industry text, location text, description text,
                "companySize" int, stage text, priority text, "ownerId" uuid, "teamId" uuid, "assignedAt" timestamptz, "slaDueAt" timestamptz,
                "slaState" text, "escalationLevel" int, "firstContactedAt" timestamptz, outcome text, "outcomeReason" text)
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
        [JSON.stringify(leads.map(({ classification: _c, events: _e, ...lead }) => lead))],
      );
      const fresh = new Set(inserted.map((r) => r.id));
      const written = leads.filter((l) => fresh.has(l.id));
      if (written.length === 0) return 0;
      await tx.query(
        `INSERT INTO classifications (lead_id, result, classifier, policy_version, profile_id, latency_ms, attempt_key, created_at)
         SELECT "leadId", result, result->>'classifier', result->>'policyVersion', 'default', 0, 'demo-history:' || "leadId", at
           FROM jsonb_to_recordset($1::jsonb) AS r("leadId" uuid, result jsonb, at timestamptz)`,
        [JSON.stringify(written.map((l) => ({ leadId: l.id, result: l.classification, at: l.createdAt })))],
      );
      await tx.query(
        `INSERT INTO lead_events (lead_id, at, type, actor_id, message, data)
         SELECT "leadId", at, type, "actorId", message, data
           FROM jsonb_to_recordset($1::jsonb) AS r("leadId" uuid, at timestamptz, type text, "actorId" uuid, message text, data jsonb)`,
        [JSON.stringify(written.flatMap((l) => l.events.map((e) => ({ leadId: l.id, ...e }))))],
      );
      return written.length;
    });
  }
}
