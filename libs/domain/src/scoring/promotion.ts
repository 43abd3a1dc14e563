// When a freshly trained model may replace the promoted one. A model that cannot rank leads, or one trained on too few
// outcomes, never reaches a rep's screen.

export const DEFAULT_MIN_CLOSED_LEADS = 200;
export const MIN_PROMOTION_AUC = 0.6;
/** How much worse than the promoted model (held-out AUC) a candidate may be and still replace it. */
export const DEFAULT_PROMOTION_MARGIN = 0.02;

export type PromotionRefusalCode = 'NOT_ENOUGH_OUTCOMES' | 'AUC_TOO_LOW' | 'WORSE_THAN_PROMOTED';

export type PromotionDecision = { promote: true } | { promote: false; code: PromotionRefusalCode; message: string };

export function notEnoughOutcomesMessage(closedLeads: number, minClosedLeads = DEFAULT_MIN_CLOSED_LEADS): string {
  return `not enough outcomes yet (${closedLeads} of ${minClosedLeads})`;
}

/** Before training: enough closed leads? */
export function enoughOutcomes(closedLeads: number, minClosedLeads = DEFAULT_MIN_CLOSED_LEADS): PromotionDecision {
  return closedLeads >= minClosedLeads
    ? { promote: true }
    : { promote: false, code: 'NOT_ENOUGH_OUTCOMES', message: notEnoughOutcomesMessage(closedLeads, minClosedLeads) };
}

export function decidePromotion(input: {
  closedLeads: number;
  candidateAuc: number;
  promotedAuc?: number | null;
  minClosedLeads?: number;
  margin?: number;
}): PromotionDecision {
  const enough = enoughOutcomes(input.closedLeads, input.minClosedLeads);
  if (!enough.promote) return enough;
  if (!(input.candidateAuc >= MIN_PROMOTION_AUC)) {
    return { promote: false, code: 'AUC_TOO_LOW', message: `held-out AUC ${input.candidateAuc.toFixed(3)} is below ${MIN_PROMOTION_AUC}` };
  }
  const margin = input.margin ?? DEFAULT_PROMOTION_MARGIN;
  if (input.promotedAuc != null && input.candidateAuc < input.promotedAuc - margin) {
    return {
      promote: false,
      code: 'WORSE_THAN_PROMOTED',
      message: `held-out AUC ${input.candidateAuc.toFixed(3)} is worse than the promoted model's ${input.promotedAuc.toFixed(3)} by more than ${margin}`,
    };
  }
  return { promote: true };
}
