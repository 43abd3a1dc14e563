import type { DataSource, EntityManager } from 'typeorm';
import type { CalibrationBin, FeatureSpec, ScoreFactor, ScoringModelParams, StoredLeadForScoring } from '@leadops/domain';

export interface ScoringModelRow {
  version: number;
  profileId: string;
  closedLeads: number;
  trainLeads: number;
  heldOutLeads: number;
  auc: number;
  brier: number;
  ece: number;
  calibration: CalibrationBin[];
  trainingMs: number;
  trainedAt: Date;
  promoted: boolean;
  promotedAt: Date | null;
  refusal: string | null;
}

/** What training hands over to be stored: the figures of a row, with its parameters; version and dates come from the insert. */
export interface NewScoringModel extends Pick<ScoringModelRow, 'closedLeads' | 'trainLeads' | 'heldOutLeads' | 'auc' | 'brier' | 'ece' | 'calibration' | 'trainingMs'> {
  profileId?: string;
  model: Omit<ScoringModelParams, 'version'>;
  refusal?: string | null;
}

export interface LeadScoreWrite {
  leadId: string;
  probability: number;
  modelVersion: number;
  factors: ScoreFactor[];
}

export interface ScoreBandRow {
  band: string;
  leads: number;
  converted: number;
}

const MODEL_COLUMNS = `version, profile_id AS "profileId", closed_leads AS "closedLeads", train_leads AS "trainLeads", held_out_leads AS "heldOutLeads",
  auc, brier, ece, calibration, training_ms AS "trainingMs", trained_at AS "trainedAt", promoted, promoted_at AS "promotedAt", refusal`;

// A stored lead with its latest classification and how often it engaged with nurture e-mails.
const LEAD_FOR_SCORING = `SELECT l.id, l.source, l.email, l.phone, l.location, l.industry, l.company_size AS "companySize", l.created_at AS "createdAt",
       l.first_contacted_at AS "firstContactedAt", l.escalation_level AS "escalationLevel", l.outcome,
       (SELECT count(*)::int FROM lead_events e WHERE e.lead_id = l.id AND e.type = 'ENGAGEMENT') AS "nurtureEngagements",
       (SELECT c.result FROM classifications c WHERE c.lead_id = l.id ORDER BY c.created_at DESC LIMIT 1) AS classification
  FROM leads l`;

/** TypeORM answers an UPDATE ... RETURNING with [rows, affected count]: the rows. */
function returnedRows<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}

/** The conversion models (every version kept for rollback) and the scores they gave leads. All the scoring SQL. */
export class ScoringModelStore {
  constructor(private readonly db: DataSource) {}

  async countClosedLeads(profileId = 'default'): Promise<number> {
    const [row] = await this.db.query(`SELECT count(*)::int AS n FROM leads WHERE outcome IS NOT NULL AND profile_id = $1`, [profileId]);
    return row.n;
  }

  /** Closed leads with their outcome, for training. */
  async closedLeads(profileId = 'default'): Promise<Array<StoredLeadForScoring & { converted: boolean }>> {
    const rows = await this.db.query(`${LEAD_FOR_SCORING} WHERE l.outcome IS NOT NULL AND l.profile_id = $1 ORDER BY l.id`, [profileId]);
    return rows.map((r: StoredLeadForScoring & { outcome: string }) => ({ ...r, converted: r.outcome === 'CONVERTED' }));
  }

  /** One lead as the score reads it (null when absent). */
  async leadForScoring(leadId: string): Promise<StoredLeadForScoring | null> {
    const [row] = await this.db.query(`${LEAD_FOR_SCORING} WHERE l.id = $1`, [leadId]);
    return row ?? null;
  }

  /** Open leads of a profile in id order after `afterId`: a re-score walks them in batches. */
  async openLeadsBatch(profileId: string, afterId: string | null, limit: number): Promise<StoredLeadForScoring[]> {
    return this.db.query(
      `${LEAD_FOR_SCORING} WHERE l.outcome IS NULL AND l.closed_at IS NULL AND l.profile_id = $1 AND ($2::uuid IS NULL OR l.id > $2::uuid) ORDER BY l.id LIMIT $3`,
      [profileId, afterId, limit],
    );
  }

  async insertModel(m: NewScoringModel): Promise<number> {
    const [row] = await this.db.query(
      `INSERT INTO scoring_models (profile_id, coefficients, feature_spec, closed_leads, train_leads, held_out_leads, auc, brier, ece, calibration, training_ms, refusal)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING version`,
      [
        m.profileId ?? 'default',
        JSON.stringify({ intercept: m.model.intercept, coefficients: m.model.coefficients, means: m.model.means }),
        JSON.stringify(m.model.spec),
        m.closedLeads, m.trainLeads, m.heldOutLeads, m.auc, m.brier, m.ece, JSON.stringify(m.calibration), Math.round(m.trainingMs), m.refusal ?? null,
      ],
    );
    return row.version;
  }

  /** Makes `version` the promoted model of its profile (the one before stays, unpromoted, for rollback). */
  async promote(version: number, promotedBy: string | null = null): Promise<ScoringModelRow | null> {
    return this.db.transaction(async (tx) => {
      const [model] = await tx.query('SELECT profile_id FROM scoring_models WHERE version = $1 FOR UPDATE', [version]);
      if (!model) return null;
      await tx.query('UPDATE scoring_models SET promoted = false WHERE profile_id = $1 AND promoted AND version <> $2', [model.profile_id, version]);
      const [row] = returnedRows<ScoringModelRow>(await tx.query(
        `UPDATE scoring_models SET promoted = true, promoted_at = now(), promoted_by = $2, refusal = NULL WHERE version = $1 RETURNING ${MODEL_COLUMNS}`,
        [version, promotedBy],
      ));
      return row ?? null;
    });
  }

  async recordRefusal(version: number, refusal: string): Promise<void> {
    await this.db.query('UPDATE scoring_models SET refusal = $2 WHERE version = $1', [version, refusal]);
  }

  /** The version promoted before the current one (the rollback target), or null. */
  async previousPromoted(profileId = 'default'): Promise<number | null> {
    const [row] = await this.db.query(
      `SELECT version FROM scoring_models WHERE profile_id = $1 AND NOT promoted AND promoted_at IS NOT NULL ORDER BY promoted_at DESC LIMIT 1`,
      [profileId],
    );
    return row?.version ?? null;
  }

  async promotedModel(profileId = 'default'): Promise<ScoringModelParams | null> {
    const [row] = await this.db.query(
      'SELECT version, coefficients, feature_spec AS spec FROM scoring_models WHERE profile_id = $1 AND promoted',
      [profileId],
    );
    if (!row) return null;
    const c = row.coefficients as { intercept: number; coefficients: number[]; means: number[] };
    return { version: row.version, spec: row.spec as FeatureSpec, intercept: c.intercept, coefficients: c.coefficients, means: c.means };
  }

  async promotedVersion(profileId = 'default'): Promise<{ version: number; auc: number; closedLeads: number } | null> {
    const [row] = await this.db.query(
      'SELECT version, auc, closed_leads AS "closedLeads" FROM scoring_models WHERE profile_id = $1 AND promoted',
      [profileId],
    );
    return row ?? null;
  }

  async models(profileId = 'default', limit = 50): Promise<ScoringModelRow[]> {
    return this.db.query(`SELECT ${MODEL_COLUMNS} FROM scoring_models WHERE profile_id = $1 ORDER BY version DESC LIMIT $2`, [profileId, limit]);
  }

  async model(version: number): Promise<ScoringModelRow | null> {
    const [row] = await this.db.query(`SELECT ${MODEL_COLUMNS} FROM scoring_models WHERE version = $1`, [version]);
    return row ?? null;
  }

  /** Many scores in one statement. */
  async saveScores(scores: LeadScoreWrite[], manager: EntityManager = this.db.manager): Promise<number> {
    if (scores.length === 0) return 0;
    const rows = returnedRows<{ id: string }>(await manager.query(
      `UPDATE leads l SET conversion_probability = s.probability, conversion_model_version = s."modelVersion", conversion_factors = s.factors,
              conversion_scored_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS s("leadId" uuid, probability double precision, "modelVersion" int, factors jsonb)
        WHERE l.id = s."leadId" RETURNING l.id`,
      [JSON.stringify(scores)],
    ));
    return rows.length;
  }

  /** Closed leads that were scored, by band of their score: how often each band converted. */
  async conversionByBand(bands: ReadonlyArray<{ code: string; from: number; to: number }>, profileId = 'default'): Promise<ScoreBandRow[]> {
    const rows: Array<{ band: string; leads: number; converted: number }> = await this.db.query(
      `SELECT b.code AS band, count(l.id)::int AS leads, count(l.id) FILTER (WHERE l.outcome = 'CONVERTED')::int AS converted
         FROM jsonb_to_recordset($1::jsonb) AS b(code text, "from" double precision, "to" double precision, ord int)
         LEFT JOIN leads l ON l.profile_id = $2 AND l.outcome IS NOT NULL AND l.conversion_probability >= b."from" AND l.conversion_probability < b."to"
        GROUP BY b.code, b.ord ORDER BY b.ord`,
      [JSON.stringify(bands.map((b, ord) => ({ ...b, ord }))), profileId],
    );
    return rows;
  }
}
