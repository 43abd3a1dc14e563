// Training the conversion score, run by a Temporal Schedule (apps/worker/src/scoring-schedule.ts) or by sales ops:
// train and store a model, promote it when the domain's rule allows, then re-score the open leads batch by batch.
import { proxyActivities } from '@temporalio/workflow';
import { decidePromotion } from '@leadops/domain/promotion';
import type { ScoringActivities, TrainScoringInput, TrainScoringOutcome } from './activity-types';

export const TRAIN_SCORING_MODEL_WORKFLOW_TYPE = 'trainScoringModelWorkflow';
export const RESCORE_BATCH_SIZE = 500;

const { trainAndStoreScoringModel } = proxyActivities<ScoringActivities>({
  // 100,000 closed leads train in seconds (README, tools/bench/scoring); the timeout leaves room for a loaded machine.
  startToCloseTimeout: '15 minutes',
  retry: { initialInterval: '30 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes', maximumAttempts: 3 },
});

const { promoteScoringModel, recordScoringRefusal, rescoreOpenLeads } = proxyActivities<ScoringActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

export async function trainScoringModelWorkflow(input: TrainScoringInput = {}): Promise<TrainScoringOutcome> {
  const profileId = input.profileId ?? 'default';
  const trained = await trainAndStoreScoringModel({ profileId });
  if (trained.version === null || trained.auc === null) {
    return { closedLeads: trained.closedLeads, version: null, auc: null, promoted: false, refusal: trained.refusal, rescoredLeads: 0 };
  }
  const decision = decidePromotion({
    closedLeads: trained.closedLeads, candidateAuc: trained.auc, promotedAuc: trained.promotedAuc, minClosedLeads: trained.minClosedLeads,
  });
  if (!decision.promote) {
    await recordScoringRefusal({ version: trained.version, refusal: decision.message });
    return { closedLeads: trained.closedLeads, version: trained.version, auc: trained.auc, promoted: false, refusal: decision.message, rescoredLeads: 0 };
  }
  await promoteScoringModel({ version: trained.version, promotedBy: input.requestedBy ?? null });
  const rescoredLeads = await rescoreOpenLeadsWorkflow({ profileId, version: trained.version });
  return { closedLeads: trained.closedLeads, version: trained.version, auc: trained.auc, promoted: true, refusal: null, rescoredLeads };
}

export const RESCORE_OPEN_LEADS_WORKFLOW_TYPE = 'rescoreOpenLeadsWorkflow';

/** After a rollback: the open leads get the score of the model promoted again. */
export async function rescoreOpenLeadsWorkflow(input: { profileId: string; version: number }): Promise<number> {
  let rescored = 0;
  let afterId: string | null = null;
  do {
    const batch: { scored: number; nextAfterId: string | null } = await rescoreOpenLeads({ ...input, afterId, batchSize: RESCORE_BATCH_SIZE });
    rescored += batch.scored;
    afterId = batch.nextAfterId;
  } while (afterId !== null);
  return rescored;
}
