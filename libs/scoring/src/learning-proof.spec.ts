// The proof that the score learns and cannot fake it: on histories with a known conversion function the model ranks
// and is calibrated on leads it never saw; with the outcomes shuffled it ranks no better than chance and is refused.
import { decidePromotion } from '@leadops/domain';
import { syntheticClosedLeads, trainConversionModel } from './index';

describe('conversion model learning proof', () => {
  it('reaches held-out AUC >= 0.80 and ECE <= 0.05 on a history with a known ground truth, and is promoted', async () => {
    const result = await trainConversionModel(syntheticClosedLeads(6000, 11));
    if (!result.trained) throw new Error(result.refusal.message);
    console.log(`learned: AUC ${result.metrics.auc.toFixed(3)} ECE ${result.metrics.ece.toFixed(3)} Brier ${result.metrics.brier.toFixed(3)} held-out ${result.heldOutLeads}`);
    expect(result.heldOutLeads).toBeGreaterThan(1000);
    expect(result.metrics.auc).toBeGreaterThanOrEqual(0.8);
    expect(result.metrics.ece).toBeLessThanOrEqual(0.05);
    expect(decidePromotion({ closedLeads: result.closedLeads, candidateAuc: result.metrics.auc })).toEqual({ promote: true });
  });

  it('stays at AUC 0.5 +- 0.05 with shuffled outcomes, and promotion refuses it', async () => {
    const result = await trainConversionModel(syntheticClosedLeads(6000, 11, true));
    if (!result.trained) throw new Error(result.refusal.message);
    console.log(`shuffled: AUC ${result.metrics.auc.toFixed(3)}`);
    expect(Math.abs(result.metrics.auc - 0.5)).toBeLessThanOrEqual(0.05);
    expect(decidePromotion({ closedLeads: result.closedLeads, candidateAuc: result.metrics.auc })).toMatchObject({ promote: false, code: 'AUC_TOO_LOW' });
  });

  it('refuses to train below the minimum of closed leads, saying how many there are', async () => {
    const result = await trainConversionModel(syntheticClosedLeads(150, 3));
    expect(result).toEqual({
      trained: false,
      closedLeads: 150,
      refusal: { promote: false, code: 'NOT_ENOUGH_OUTCOMES', message: 'not enough outcomes yet (150 of 200)' },
    });
  });

  it('gives the same model for the same leads', async () => {
    const leads = syntheticClosedLeads(800, 5);
    const [a, b] = [await trainConversionModel(leads), await trainConversionModel(leads)];
    if (!a.trained || !b.trained) throw new Error('not trained');
    expect(a.model.coefficients).toEqual(b.model.coefficients);
  });
});
