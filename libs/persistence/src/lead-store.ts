import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  deriveContactKeys, STATUSES_THAT_START_NURTURE, type ClassificationResult, type CompanyProfile, type ExplainedParam, type ExplanationCode, type LeadInput, type Stage, type UserLanguage,
} from '@leadops/domain';
import { LeadEntity } from './entities';
import { settingsWithDefaults, type LeadOpsSettings, type SettingKey } from './settings';

/**
 * A classification as stored (classifications.result): the classifier's result and, when the model decided, the stage
 * the rules gave the same lead, so the console and the dashboard can show where model and rules disagree (issue 14).
 */
export type StoredClassification = ClassificationResult & { rulesStage?: Stage };

export interface NewLead {
  lead: LeadInput;
  /** Derived at intake (enrichment), stored for dedupe look-ups; derived from the lead when not given. */
  phoneE164?: string | null;
  companyDomain?: string | null;
  profileId: string;
  idempotencyKey?: string | null;
  actorId?: string | null;
  /** The request's trace context (W3C `traceparent`), kept with the outbox row so a relayed start joins the lead's trace. */
  traceContext?: Record<string, string>;
}

export interface TimelineEvent {
  type: string;
  /** The English text (what the API's `message` has always been). */
  message: string;
  /** The same entry as a code with parameters, for the reader's language (stored in data.code / data.params). */
  code?: ExplanationCode;
  params?: Record<string, ExplainedParam>;
  data?: Record<string, unknown>;
  actorId?: string | null;
  /** Makes the event idempotent: a retried activity records it once. */
  key?: string | null;
}

/** A "start this lead's workflow" row written with the lead, waiting for its start. */
export interface OutboxRow {
  id: string;
  leadId: string;
  kind: string;
  attempts: number;
  /** The trace context the lead arrived in, if it was traced. */
  traceContext: Record<string, string> | null;
}

/** What the timeline stores in data: the event's own data, plus its code and parameters when it has them. */
function withCode(event: TimelineEvent): Record<string, unknown> {
  return event.code ? { ...(event.data ?? {}), code: event.code, params: event.params ?? {} } : (event.data ?? {});
}

/** Two classifications a rep would read as the same: same decision, same scores, same classifier and versions. */
function sameDecision(a: ClassificationResult, b: ClassificationResult): boolean {
  return a.stage === b.stage && a.priority === b.priority && a.classifier === b.classifier && a.fit?.score === b.fit.score
    && a.urgency?.score === b.urgency.score && a.policyVersion === b.policyVersion && a.profileVersion === b.profileVersion
    && (a.fallbackReason ?? null) === (b.fallbackReason ?? null);
}

export const workflowIdForLead = (leadId: string) => `lead-${leadId}`;

export type DuplicateMatch = 'email' | 'phone' | 'company+name';

/** What an activity may need besides the lead, read with it in one statement. */
export interface LeadContextRequest {
  /** The classification stored under this attempt key (an activity retried after storing it). */
  storedClassificationKey?: string;
  latestClassification?: boolean;
  /** The current version of the lead's company profile. */
  profile?: boolean;
  settings?: readonly SettingKey[];
  /** An older open lead of the same person, by the dedupe keys stored on the lead. */
  openDuplicate?: boolean;
  /** E-mail and name of this user. */
  userId?: string;
  /** E-mail and name of the lead's owner. */
  owner?: boolean;
  /** Status of the e-mail recorded under this key (null: never tried). */
  notificationKey?: string;
  /** The active managers of the lead's team, each with the status of the e-mail keyed `<prefix><manager id>`. */
  managersNotificationPrefix?: string;
  /** The version of the conversion model promoted for the lead's profile (triage scores with it, no extra statement). */
  promotedScoringVersion?: boolean;
}

export interface Recipient {
  email: string;
  displayName: string;
  /** What they read e-mails in. */
  language: UserLanguage;
}

export interface LeadContext {
  lead: LeadEntity;
  storedClassification: ClassificationResult | null;
  latestClassification: ClassificationResult | null;
  profile: CompanyProfile | null;
  settings: Partial<LeadOpsSettings>;
  duplicate: { id: string; matchedOn: DuplicateMatch } | null;
  user: Recipient | null;
  owner: Recipient | null;
  notificationStatus: NotificationStatus | null;
  managers: Array<Recipient & { id: string; notificationStatus: NotificationStatus | null }>;
  /** When asked: the promoted conversion model's version, null when none. */
  promotedScoringVersion?: number | null;
}

export type NotificationStatus = 'PENDING' | 'SENT' | 'FAILED';

const RECIPIENT = `json_build_object('email', u.email, 'displayName', u.display_name, 'language', u.language)`;
// The duplicate look-up of findOpenDuplicate, for the lead `l` of the outer query.
const OPEN_DUPLICATE_OF_L = `(SELECT json_build_object('id', o.id, 'matchedOn', CASE WHEN o.email_normalized = l.email_normalized THEN 'email'
                                   WHEN o.phone_e164 = l.phone_e164 THEN 'phone' ELSE 'company+name' END)
     FROM leads o
    WHERE o.id <> l.id AND o.status <> 'CLOSED' AND o.merged_into IS NULL
      AND (o.created_at, o.id) < (l.created_at, l.id)
      AND (o.email_normalized = l.email_normalized
           OR (l.phone_e164 IS NOT NULL AND o.phone_e164 = l.phone_e164)
           OR (l.company_domain IS NOT NULL AND o.company_domain = l.company_domain AND lower(o.full_name) = lower(l.full_name)))
    ORDER BY o.created_at, o.id LIMIT 1)`;

export class LeadStore {
  constructor(readonly db: DataSource) {}

  /** One transaction for several writes of an activity (each commit is what PostgreSQL spends its time on). */
  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /**
   * The first contact: stops a running SLA clock (MET), moves an open lead to CONTACTED; a second contact keeps the
   * first's time. Answers the SLA state the lead ended in and its arrival and first-contact times.
   */
  async recordFirstContact(leadId: string, at: string, manager: EntityManager = this.db.manager): Promise<{ slaState: string; firstContactedAt: Date; createdAt: Date }> {
    const updated = await manager.query(
      `UPDATE leads SET first_contacted_at = coalesce(first_contacted_at, $2::timestamptz),
              sla_state = CASE WHEN sla_state = 'RUNNING' THEN 'MET' ELSE sla_state END,
              status = CASE WHEN status = 'CLOSED' THEN status ELSE 'CONTACTED' END, updated_at = now()
        WHERE id = $1 RETURNING sla_state, first_contacted_at, created_at`,
      [leadId, at],
    );
    const row = updated[0][0]; // TypeORM answers an UPDATE ... RETURNING with [rows, count]
    return { slaState: row.sla_state, firstContactedAt: new Date(row.first_contacted_at), createdAt: new Date(row.created_at) };
  }

  /** A running SLA clock ran out (a met or stopped one stays as it is). */
  async markSlaBreached(leadId: string, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(`UPDATE leads SET sla_state = 'BREACHED', updated_at = now() WHERE id = $1 AND sla_state = 'RUNNING'`, [leadId]);
  }

  /** The escalation chain reached `level` (never goes back down). */
  async raiseEscalationLevel(leadId: string, level: number, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query('UPDATE leads SET escalation_level = greatest(escalation_level, $2) WHERE id = $1', [leadId, level]);
  }

  /** A lead that never went to a rep enters the nurture sequence (the domain's rule); any later status stays. */
  async startNurturing(leadId: string): Promise<void> {
    await this.db.query(`UPDATE leads SET status = 'NURTURING', updated_at = now() WHERE id = $1 AND status = ANY($2::text[])`, [leadId, STATUSES_THAT_START_NURTURE]);
  }

  /** Closes the lead with its outcome; a running SLA clock stops (NONE), a met or breached one is kept for the record. */
  async close(leadId: string, outcome: string, reason: string | null, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(
      `UPDATE leads SET status = 'CLOSED', outcome = $2, outcome_reason = $3, closed_at = coalesce(closed_at, now()),
              sla_state = CASE WHEN sla_state = 'RUNNING' THEN 'NONE' ELSE sla_state END, updated_at = now() WHERE id = $1`,
      [leadId, outcome, reason],
    );
  }

  /** Stores the lead, its "start workflow" outbox row and its first timeline event in one transaction. */
  async createLead(input: NewLead): Promise<{ lead: LeadEntity; created: boolean }> {
    return this.db.transaction(async (tx) => {
      if (input.idempotencyKey) {
        const existing = await tx.findOne(LeadEntity, { where: { idempotencyKey: input.idempotencyKey } });
        if (existing) return { lead: existing, created: false };
      }
      const id = randomUUID();
      const l = input.lead;
      const keys = input.phoneE164 !== undefined || input.companyDomain !== undefined
        ? { phoneE164: input.phoneE164 ?? null, companyDomain: input.companyDomain ?? null }
        : deriveContactKeys(l);
      const inserted = await tx.query(
        `INSERT INTO leads (id, source, idempotency_key, full_name, email, email_normalized, phone, phone_e164, job_position,
           company_name, company_domain, industry, location, age, gender, notify_email, description, company_size, profile_id, workflow_id)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20)
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
        [
          id, l.source ?? 'api', input.idempotencyKey ?? null, l.fullName, l.email, l.email.trim().toLowerCase(), l.phone ?? null,
          keys.phoneE164, l.jobPosition ?? null, l.companyName ?? null, keys.companyDomain, l.industry ?? null,
          l.location ?? null, l.age ?? null, l.gender ?? null, l.notifyEmail ?? null, l.description ?? null, l.companySize ?? null,
          input.profileId, workflowIdForLead(id),
        ],
      );
      if (inserted.length === 0) {
        // A concurrent request with the same key won the race: answer with its lead.
        const existing = await tx.findOneOrFail(LeadEntity, { where: { idempotencyKey: input.idempotencyKey! } });
        return { lead: existing, created: false };
      }
      await tx.query(`INSERT INTO outbox (lead_id, kind, payload) VALUES ($1, 'START_LEAD_WORKFLOW', $2::jsonb)`, [id, JSON.stringify(input.traceContext?.['traceparent'] ? { trace: input.traceContext } : {})]);
      await this.addEvent(id, { type: 'CREATED', message: `Lead received from ${l.source ?? 'api'}`, code: 'EVENT_CREATED', params: { source: l.source ?? 'api' }, actorId: input.actorId ?? null, data: { source: l.source ?? 'api' } }, tx);
      return { lead: await tx.findOneOrFail(LeadEntity, { where: { id } }), created: true };
    });
  }

  findLead(id: string, manager: EntityManager = this.db.manager): Promise<LeadEntity | null> {
    return manager.findOne(LeadEntity, { where: { id } });
  }

  /** The lead with whatever else the activity asked for, in one statement (one round trip, one transaction); null when the lead does not exist. */
  async leadContext(id: string, want: LeadContextRequest): Promise<LeadContext | null> {
    const qb = this.db.manager.createQueryBuilder(LeadEntity, 'l').where('l.id = :id', { id });
    if (want.storedClassificationKey) {
      qb.addSelect('(SELECT c.result FROM classifications c WHERE c.attempt_key = :storedKey)', 'stored_classification').setParameter('storedKey', want.storedClassificationKey);
    }
    if (want.latestClassification) {
      qb.addSelect('(SELECT c.result FROM classifications c WHERE c.lead_id = l.id ORDER BY c.created_at DESC, c.id DESC LIMIT 1)', 'latest_classification');
    }
    if (want.profile) {
      qb.addSelect(
        `(SELECT json_build_object('version', p.version, 'profile', p.profile) FROM company_profiles p WHERE p.id = l.profile_id ORDER BY p.version DESC LIMIT 1)`,
        'profile',
      );
    }
    if (want.settings?.length) {
      qb.addSelect('(SELECT jsonb_object_agg(s.key, s.value) FROM settings s WHERE s.key = ANY(:settingKeys))', 'settings').setParameter('settingKeys', want.settings);
    }
    if (want.openDuplicate) qb.addSelect(OPEN_DUPLICATE_OF_L, 'duplicate');
    if (want.userId) qb.addSelect(`(SELECT ${RECIPIENT} FROM users u WHERE u.id = :userId)`, 'user').setParameter('userId', want.userId);
    if (want.owner) qb.addSelect(`(SELECT ${RECIPIENT} FROM users u WHERE u.id = l.owner_id)`, 'owner');
    if (want.notificationKey) {
      qb.addSelect('(SELECT n.status FROM notifications n WHERE n.key = :notificationKey)', 'notification_status').setParameter('notificationKey', want.notificationKey);
    }
    if (want.managersNotificationPrefix !== undefined) {
      qb.addSelect(
        `(SELECT coalesce(json_agg(json_build_object('id', u.id, 'email', u.email, 'displayName', u.display_name, 'language', u.language,
                   'notificationStatus', (SELECT n.status FROM notifications n WHERE n.key = :managerKeyPrefix || u.id::text))), '[]'::json)
            FROM users u WHERE u.role = 'MANAGER' AND u.active AND (u.team_id = l.team_id OR l.team_id IS NULL))`,
        'managers',
      ).setParameter('managerKeyPrefix', want.managersNotificationPrefix);
    }
    if (want.promotedScoringVersion) {
      qb.addSelect('(SELECT m.version FROM scoring_models m WHERE m.profile_id = l.profile_id AND m.promoted)', 'promoted_scoring_version');
    }
    const { entities, raw } = await qb.getRawAndEntities();
    if (entities.length === 0) return null;
    const row = raw[0];
    const profile = row.profile ? ({ ...row.profile.profile, id: entities[0]!.profileId, version: row.profile.version } as CompanyProfile) : null;
    return {
      lead: entities[0]!,
      storedClassification: row.stored_classification ?? null,
      latestClassification: row.latest_classification ?? null,
      profile,
      settings: want.settings ? settingsWithDefaults(want.settings, row.settings ?? null) : {},
      duplicate: row.duplicate ?? null,
      user: row.user ?? null,
      owner: row.owner ?? null,
      notificationStatus: row.notification_status ?? null,
      managers: row.managers ?? [],
      promotedScoringVersion: row.promoted_scoring_version ?? null,
    };
  }

  async addEvent(leadId: string, event: TimelineEvent, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(
      `INSERT INTO lead_events (lead_id, type, message, data, actor_id, event_key) VALUES ($1,$2,$3,$4,$5,$6)
       ON CONFLICT (event_key) DO NOTHING`,
      [leadId, event.type, event.message, JSON.stringify(withCode(event)), event.actorId ?? null, event.key ?? null],
    );
  }

  async timeline(leadId: string) {
    return this.db.query(
      'SELECT id, at, type, message, data, actor_id AS "actorId" FROM lead_events WHERE lead_id = $1 ORDER BY at, id',
      [leadId],
    );
  }

  async latestClassification(leadId: string): Promise<(StoredClassification & { createdAt: Date; latencyMs: number }) | null> {
    const rows = await this.db.query(
      'SELECT result, created_at, latency_ms FROM classifications WHERE lead_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1',
      [leadId],
    );
    return rows.length ? { ...rows[0].result, createdAt: rows[0].created_at, latencyMs: rows[0].latency_ms } : null;
  }

  /**
   * Stores a classification and the lead's stage/priority. Keyed by attemptKey so an activity retry
   * after a crash stores nothing twice.
   */
  async storeClassification(
    leadId: string, result: StoredClassification, latencyMs: number, attemptKey: string, profileId: string, manager?: EntityManager,
  ): Promise<void> {
    const inTransaction = (work: (tx: EntityManager) => Promise<void>) => (manager ? work(manager) : this.db.transaction(work));
    await inTransaction(async (tx) => {
      // The lead's classification before this one comes back with the insert (the CTE reads the snapshot before it).
      const inserted: Array<{ id: string; previous: ClassificationResult | null }> = await tx.query(
        `WITH previous AS (SELECT result FROM classifications WHERE lead_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1)
         INSERT INTO classifications (lead_id, result, classifier, policy_version, profile_id, profile_version, latency_ms, attempt_key)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT (attempt_key) DO NOTHING RETURNING id, (SELECT result FROM previous) AS previous`,
        [leadId, JSON.stringify(result), result.classifier, result.policyVersion, profileId, result.profileVersion, latencyMs, attemptKey],
      );
      if (inserted.length === 0) return;
      // The same classification again (a resubmission of the same words): stored, but the timeline says it once.
      const previous = inserted[0]!.previous;
      if (previous && sameDecision(previous, result)) return;
      await tx.query(
        `UPDATE leads SET stage = $2, priority = $3, updated_at = now(),
           status = CASE WHEN status = 'NEW' THEN 'CLASSIFIED' ELSE status END WHERE id = $1`,
        [leadId, result.stage, result.priority],
      );
      await this.addEvent(
        leadId,
        {
          type: 'CLASSIFIED',
          message: `Classified ${result.stage} / ${result.priority} by ${result.classifier}` + (result.fallbackReason ? ` (LLM fallback: ${result.fallbackReason})` : ''),
          code: result.fallbackReason ? 'EVENT_CLASSIFIED_FALLBACK' : 'EVENT_CLASSIFIED',
          params: { stage: result.stage, priority: result.priority, classifier: result.classifier, ...(result.fallbackReason ? { reason: result.fallbackReason } : {}) },
          data: { stage: result.stage, priority: result.priority, classifier: result.classifier, policyVersion: result.policyVersion, profileVersion: result.profileVersion, latencyMs },
          key: `classified:${attemptKey}`,
        },
        tx,
      );
    });
  }

  // ---- dedupe -------------------------------------------------------------

  /** Stores what enrichment derived for dedupe look-ups (normalised phone, company domain). */
  async saveEnrichment(leadId: string, phoneE164: string | null, companyDomain: string | null): Promise<void> {
    await this.db.query('UPDATE leads SET phone_e164 = $2, company_domain = $3 WHERE id = $1', [leadId, phoneE164, companyDomain]);
  }

  /**
   * An older open lead of the same person: same e-mail, or same phone, or same company domain and name.
   * Only older leads count, so of two simultaneous submissions the later merges into the earlier.
   */
  async findOpenDuplicate(leadId: string): Promise<{ id: string; matchedOn: DuplicateMatch } | null> {
    const rows = await this.db.query(
      `SELECT o.id, CASE WHEN o.email_normalized = n.email_normalized THEN 'email'
                         WHEN o.phone_e164 = n.phone_e164 THEN 'phone' ELSE 'company+name' END AS matched_on
         FROM leads n JOIN leads o ON o.id <> n.id
        WHERE n.id = $1 AND o.status <> 'CLOSED' AND o.merged_into IS NULL
          AND (o.created_at, o.id) < (n.created_at, n.id)
          AND (o.email_normalized = n.email_normalized
               OR (n.phone_e164 IS NOT NULL AND o.phone_e164 = n.phone_e164)
               OR (n.company_domain IS NOT NULL AND o.company_domain = n.company_domain AND lower(o.full_name) = lower(n.full_name)))
        ORDER BY o.created_at, o.id LIMIT 1`,
      [leadId],
    );
    return rows.length ? { id: rows[0].id, matchedOn: rows[0].matched_on } : null;
  }

  /** The new submission becomes an activity on the existing lead; its own record is closed as merged. */
  async mergeInto(leadId: string, existingId: string, matchedOn: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      // TypeORM answers an UPDATE ... RETURNING with [rows, count].
      const [[merged]] = await tx.query(`UPDATE leads SET merged_into = $2, status = 'CLOSED', closed_at = now(), updated_at = now() WHERE id = $1 RETURNING source, description`, [leadId, existingId]);
      await this.addEvent(leadId, { type: 'MERGED', message: `Duplicate of lead ${existingId} (same ${matchedOn}): merged into it`, code: 'EVENT_MERGED', params: { into: existingId, matchedOn }, data: { into: existingId, matchedOn }, key: `merged:${leadId}` }, tx);
      await this.addEvent(existingId, {
        type: 'RESUBMITTED',
        message: `Submitted again via ${merged.source} (same ${matchedOn})`,
        code: 'EVENT_RESUBMITTED',
        params: { source: merged.source, matchedOn },
        data: { leadId, matchedOn, description: merged.description },
        key: `resubmitted:${leadId}`,
      }, tx);
    });
  }

  // ---- outbox ------------------------------------------------------------

  /**
   * Hands up to `limit` waiting outbox rows to `dispatch`, all at once, inside one short transaction that holds them
   * (FOR UPDATE SKIP LOCKED): another replica's relay passes them by instead of starting them too, and if this process
   * dies its locks go with its connection, so no row is left behind. Failures are recorded on their rows.
   */
  async dispatchOutbox(limit: number, olderThanMs: number, dispatch: (row: OutboxRow) => Promise<void>): Promise<{ dispatched: number; failed: number }> {
    return this.db.transaction(async (tx) => {
      const rows: OutboxRow[] = await tx.query(
        `SELECT id, lead_id AS "leadId", kind, attempts, payload->'trace' AS "traceContext" FROM outbox
          WHERE dispatched_at IS NULL AND created_at < now() - ($2::int * interval '1 millisecond')
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit, olderThanMs],
      );
      // Side by side: a backlog left by an outage drains at the server's pace, not one round trip at a time.
      const outcomes = await Promise.allSettled(rows.map((row) => dispatch(row)));
      const done = rows.filter((_, i) => outcomes[i]!.status === 'fulfilled').map((r) => r.id);
      const failed = rows.flatMap((r, i) => {
        const outcome = outcomes[i]!;
        return outcome.status === 'rejected' ? [{ id: r.id, error: String((outcome.reason as Error)?.message ?? outcome.reason).slice(0, 1000) }] : [];
      });
      if (done.length) await tx.query('UPDATE outbox SET dispatched_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])', [done]);
      if (failed.length) {
        await tx.query(
          `UPDATE outbox o SET attempts = o.attempts + 1, last_error = f.error FROM unnest($1::bigint[], $2::text[]) AS f(id, error) WHERE o.id = f.id`,
          [failed.map((f) => f.id), failed.map((f) => f.error)],
        );
      }
      return { dispatched: done.length, failed: failed.length };
    });
  }

  /** The fast path's marks for leads whose workflow it started, many leads in one statement. */
  async markStartedLeadsDispatched(leadIds: string[]): Promise<void> {
    await this.db.query('UPDATE outbox SET dispatched_at = now(), attempts = attempts + 1 WHERE lead_id = ANY($1::uuid[]) AND dispatched_at IS NULL', [leadIds]);
  }
}
