import { createScoringActivities } from '@leadops/activities';
import { decidePromotion } from '@leadops/domain';
import { ScoringModelStore } from '@leadops/persistence';
import type { DataSource } from 'typeorm';

/**
 * One training right after the demo history is seeded, so the score shows on the first start without waiting for the
 * nightly Schedule; the same activities and promotion rule as the Temporal workflow, run in-process.
 */
export async function trainOnce(db: DataSource, minClosedLeads: number): Promise<string> {
  const activities = createScoringActivities({ scoring: new ScoringModelStore(db), minClosedLeads });
  const trained = await activities.trainAndStoreScoringModel({ profileId: 'default' });
  if (trained.version === null || trained.auc === null) return trained.refusal ?? 'not trained';
  const decision = decidePromotion({ closedLeads: trained.closedLeads, candidateAuc: trained.auc, promotedAuc: trained.promotedAuc, minClosedLeads });
  if (!decision.promote) {
    await activities.recordScoringRefusal({ version: trained.version, refusal: decision.message });
    return `model v${trained.version} not promoted: ${decision.message}`;
  }
  await activities.promoteScoringModel({ version: trained.version, promotedBy: null });
  let rescored = 0;
  for (let afterId: string | null = null; ;) {
    const batch = await activities.rescoreOpenLeads({ profileId: 'default', version: trained.version, afterId });
    rescored += batch.scored;
    if ((afterId = batch.nextAfterId) === null) break;
  }
  return `model v${trained.version} promoted (held-out AUC ${trained.auc.toFixed(3)}, ${trained.closedLeads} closed leads), ${rescored} open leads scored`;
}

