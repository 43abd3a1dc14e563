// The conversion score's I/O: training on the closed leads (libs/scoring, TensorFlow.js on the CPU), storing and
// promoting models, and scoring leads with the promoted model, which each worker keeps compiled per version in memory.
import { compileScoringModel, scoringFactsOf, type ConversionScore, type StoredLeadForScoring } from '@leadops/domain';
import type { ScoringModelStore } from '@leadops/persistence';
import type { EntityManager } from 'typeorm';
import { trainConversionModel } from '@leadops/scoring';
import type { ScoringActivities } from '@leadops/workflows';

export interface ScoringDeps {
  scoring: ScoringModelStore;
  /** SCORING_MIN_CLOSED_LEADS */
  minClosedLeads: number;
}

/**
 * The promoted model compiled once per version: scoring a lead costs one small query (which version is promoted)
 * and a few microseconds of arithmetic; the coefficients are read again only when a new version is promoted.
 */
export class PromotedModelCache {
  private cached: { version: number; score: ReturnType<typeof compileScoringModel> } | null = null;

  constructor(private readonly store: ScoringModelStore) {}

  /** The scorer of `version` (read from PostgreSQL once per version); null when that version is no longer promoted. */
  async scorerOf(version: number, profileId = 'default'): Promise<ReturnType<typeof compileScoringModel> | null> {
    if (this.cached?.version !== version) {
      const model = await this.store.promotedModel(profileId);
      if (!model || model.version !== version) return null;
      this.cached = { version: model.version, score: compileScoringModel(model) };
    }
    return this.cached.score;
  }

  /** One lead's score by the promoted `version` (triage reads it with the lead, in the same statement). */
  async score(version: number, lead: StoredLeadForScoring, profileId = 'default'): Promise<ConversionScore | null> {
    const score = await this.scorerOf(version, profileId);
    return score ? score(scoringFactsOf(lead)) : null;
  }

  save(leadId: string, score: ConversionScore, manager?: EntityManager): Promise<number> {
    return this.store.saveScores([{ leadId, probability: score.probability, modelVersion: score.modelVersion, factors: score.factors }], manager);
  }
}

export function createScoringActivities(deps: ScoringDeps): ScoringActivities {
  const cache = new PromotedModelCache(deps.scoring);
  return {
    async trainAndStoreScoringModel({ profileId }) {
      const closed = await deps.scoring.closedLeads(profileId);
      const promoted = await deps.scoring.promotedVersion(profileId);
      const result = await trainConversionModel(
        closed.map((lead) => ({ id: lead.id, facts: scoringFactsOf(lead), converted: lead.converted })),
        { minClosedLeads: deps.minClosedLeads },
      );
      const base = { closedLeads: closed.length, minClosedLeads: deps.minClosedLeads, promotedAuc: promoted?.auc ?? null };
      if (!result.trained) return { ...base, version: null, auc: null, refusal: result.refusal.message };
      const version = await deps.scoring.insertModel({
        profileId, model: result.model, closedLeads: result.closedLeads, trainLeads: result.trainLeads, heldOutLeads: result.heldOutLeads,
        auc: result.metrics.auc, brier: result.metrics.brier, ece: result.metrics.ece, calibration: result.metrics.bins, trainingMs: result.durationMs,
      });
      return { ...base, version, auc: result.metrics.auc, refusal: null };
    },

    async promoteScoringModel({ version, promotedBy }) {
      await deps.scoring.promote(version, promotedBy);
    },

    async recordScoringRefusal({ version, refusal }) {
      await deps.scoring.recordRefusal(version, refusal);
    },

    async rescoreOpenLeads({ profileId, version, afterId, batchSize }) {
      const limit = batchSize ?? 500;
      // A newer promotion (or a rollback) re-scores on its own: this run stops rather than overwrite it.
      if ((await deps.scoring.promotedVersion(profileId))?.version !== version) return { scored: 0, nextAfterId: null };
      const score = await cache.scorerOf(version, profileId);
      if (!score) return { scored: 0, nextAfterId: null };
      const leads = await deps.scoring.openLeadsBatch(profileId, afterId ?? null, limit);
      const scores = leads.map((lead) => ({ leadId: lead.id, ...score(scoringFactsOf(lead)) }));
      const scored = await deps.scoring.saveScores(scores);
      return { scored, nextAfterId: leads.length < limit ? null : leads[leads.length - 1]!.id };
    },
  };
}
