import { Inject, Injectable } from '@nestjs/common';
import type { LeadOpsConfig } from '@leadops/config';
import { bandsFromCalibration, notEnoughOutcomesMessage, SCORE_BANDS } from '@leadops/domain';
import { ScoringModelStore, SettingsStore, type LeadEntity, type ScoringModelRow } from '@leadops/persistence';
import { RESCORE_OPEN_LEADS_WORKFLOW_TYPE, TRAIN_SCORING_MODEL_WORKFLOW_TYPE, type TrainScoringInput } from '@leadops/workflows';
import type { AuthUser } from '../auth/auth.types';
import { CONFIG } from '../core/core.module';
import { LeadOpsError } from '../core/errors';
import { LeadWorkflowClient } from '../temporal/lead-workflow-client';
import { ConversionScoreState, type ConversionScoreModel, type ScoreBandModel, type ScoringModelModel, type ScoringStatusModel, type ScoringTrainingRunModel } from './scoring.model';

const PROFILE = 'default';
/** The company setting (settings table) that orders a rep's queue by score within a priority. */
export const ORDER_QUEUE_BY_SCORE_SETTING = 'orderQueueByScore' as const;

const withRate = <T extends { leads: number; converted: number }>(r: T) => ({ ...r, conversionRate: r.leads ? r.converted / r.leads : null });

function modelOf(row: ScoringModelRow): ScoringModelModel {
  const calibration = row.calibration ?? [];
  return { ...row, calibration, heldOutScoreBands: bandsFromCalibration(calibration).map(withRate) };
}

/** The conversion score as the API shows it: per lead, the models, their figures, training and rollback. */
@Injectable()
export class ScoringService {
  private readonly models = new Map<number, Promise<ScoringModelRow | null>>();

  constructor(
    private readonly store: ScoringModelStore,
    private readonly settings: SettingsStore,
    private readonly temporal: LeadWorkflowClient,
    @Inject(CONFIG) private readonly config: LeadOpsConfig,
  ) {}

  private model(version: number): Promise<ScoringModelRow | null> {
    // Models never change once stored but for promotion, which a lead's score does not show: cached per request-less process.
    let read = this.models.get(version);
    if (!read) this.models.set(version, (read = this.store.model(version)));
    return read;
  }

  async leadScore(lead: LeadEntity): Promise<ConversionScoreModel> {
    const minClosedLeads = this.config.scoring.minClosedLeads;
    if (lead.conversionProbability !== null && lead.conversionModelVersion !== null) {
      const model = await this.model(lead.conversionModelVersion);
      return {
        state: ConversionScoreState.SCORED, probability: lead.conversionProbability, modelVersion: lead.conversionModelVersion,
        factors: lead.conversionFactors ?? [], closedLeads: model?.closedLeads ?? 0, minClosedLeads, message: null,
        trainedAt: model?.trainedAt ?? null, scoredAt: lead.conversionScoredAt,
      };
    }
    const promoted = await this.store.promotedVersion(PROFILE);
    if (promoted) {
      return { state: ConversionScoreState.NOT_SCORED, probability: null, modelVersion: null, factors: [], closedLeads: promoted.closedLeads, minClosedLeads, message: null, trainedAt: null, scoredAt: null };
    }
    const closedLeads = await this.store.countClosedLeads(PROFILE);
    return {
      state: closedLeads < minClosedLeads ? ConversionScoreState.NOT_ENOUGH_OUTCOMES : ConversionScoreState.NOT_SCORED,
      probability: null, modelVersion: null, factors: [], closedLeads, minClosedLeads,
      message: closedLeads < minClosedLeads ? notEnoughOutcomesMessage(closedLeads, minClosedLeads) : null, trainedAt: null, scoredAt: null,
    };
  }

  async scoringModels(first: number): Promise<ScoringModelModel[]> {
    if (!Number.isInteger(first) || first < 1 || first > 200) throw LeadOpsError.badInput([{ field: 'first', message: 'must be a whole number from 1 to 200' }]);
    return (await this.store.models(PROFILE, first)).map(modelOf);
  }

  async status(): Promise<ScoringStatusModel> {
    const minClosedLeads = this.config.scoring.minClosedLeads;
    const closedLeads = await this.store.countClosedLeads(PROFILE);
    const promoted = (await this.store.models(PROFILE, 200)).find((m) => m.promoted) ?? null;
    return {
      closedLeads, minClosedLeads, message: closedLeads < minClosedLeads ? notEnoughOutcomesMessage(closedLeads, minClosedLeads) : null,
      promoted: promoted ? modelOf(promoted) : null, orderQueueByScore: await this.orderQueueByScore(),
    };
  }

  async conversionByBand(): Promise<ScoreBandModel[]> {
    const rows = await this.store.conversionByBand(SCORE_BANDS.map((b) => ({ code: b.code, from: b.from, to: b.to })), PROFILE);
    return rows.map(withRate);
  }

  async train(user: AuthUser): Promise<ScoringTrainingRunModel> {
    const input: TrainScoringInput = { profileId: PROFILE, requestedBy: user.id };
    const workflowId = await this.temporal.startScoringWorkflow(TRAIN_SCORING_MODEL_WORKFLOW_TYPE, `scoring-train-${this.config.temporal.taskQueue}-${PROFILE}`, input);
    return { workflowId };
  }

  /** Promotes an earlier version again (by default the one promoted before the current one) and re-scores open leads. */
  async rollback(user: AuthUser, version: number | null): Promise<ScoringModelModel> {
    if (version !== null && (!Number.isInteger(version) || version < 1)) throw LeadOpsError.badInput([{ field: 'version', message: 'must be a positive whole number' }]);
    const target = version ?? (await this.store.previousPromoted(PROFILE));
    if (target === null) throw new LeadOpsError('NOT_FOUND', 'No earlier model to roll back to', 'version');
    const existing = await this.store.model(target);
    if (!existing || existing.profileId !== PROFILE) throw new LeadOpsError('NOT_FOUND', `No scoring model version ${target}`, 'version');
    const promoted = await this.store.promote(target, user.id);
    await this.temporal.startScoringWorkflow(RESCORE_OPEN_LEADS_WORKFLOW_TYPE, `scoring-rescore-${this.config.temporal.taskQueue}-${PROFILE}-v${target}`, { profileId: PROFILE, version: target });
    return modelOf(promoted!);
  }

  async orderQueueByScore(): Promise<boolean> {
    return (await this.settings.get(ORDER_QUEUE_BY_SCORE_SETTING)) === true;
  }

  async setOrderQueueByScore(user: AuthUser, value: unknown): Promise<boolean> {
    if (typeof value !== 'boolean') throw LeadOpsError.badInput([{ field: 'orderQueueByScore', message: 'must be true or false' }]);
    await this.settings.set(ORDER_QUEUE_BY_SCORE_SETTING, value, user.id);
    return value;
  }
}
