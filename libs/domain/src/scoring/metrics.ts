// How good a model is on leads it never saw: ranking (AUC), probability error (Brier) and calibration (ECE + bins).

export interface CalibrationBin {
  /** Lower and upper bound of the predicted probability in this bin. */
  from: number;
  to: number;
  count: number;
  meanPredicted: number;
  observedRate: number;
}

export interface ModelMetrics {
  auc: number;
  brier: number;
  ece: number;
  bins: CalibrationBin[];
}

/** Area under the ROC curve by ranks (Mann-Whitney U), ties counted half. 0.5 when one class is missing. */
export function areaUnderCurve(predicted: readonly number[], actual: readonly (0 | 1)[]): number {
  const order = predicted.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(predicted.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]![1]] = rank;
    i = j + 1;
  }
  let positives = 0;
  let rankSum = 0;
  actual.forEach((y, i) => {
    if (y === 1) {
      positives++;
      rankSum += ranks[i]!;
    }
  });
  const negatives = actual.length - positives;
  if (positives === 0 || negatives === 0) return 0.5;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export function brierScore(predicted: readonly number[], actual: readonly (0 | 1)[]): number {
  if (predicted.length === 0) return 0;
  return predicted.reduce((s, p, i) => s + (p - actual[i]!) ** 2, 0) / predicted.length;
}

/** Equal-width bins; ECE is the count-weighted mean gap between predicted and observed rate. */
export function calibration(predicted: readonly number[], actual: readonly (0 | 1)[], binCount = 10): { ece: number; bins: CalibrationBin[] } {
  const bins = Array.from({ length: binCount }, (_, b) => ({ from: b / binCount, to: (b + 1) / binCount, count: 0, sumP: 0, sumY: 0 }));
  predicted.forEach((p, i) => {
    const bin = bins[Math.min(binCount - 1, Math.max(0, Math.floor(p * binCount)))]!;
    bin.count++;
    bin.sumP += p;
    bin.sumY += actual[i]!;
  });
  const n = predicted.length || 1;
  let ece = 0;
  const out = bins.map(({ from, to, count, sumP, sumY }) => {
    const meanPredicted = count ? sumP / count : 0;
    const observedRate = count ? sumY / count : 0;
    ece += (count / n) * Math.abs(meanPredicted - observedRate);
    return { from, to, count, meanPredicted, observedRate };
  });
  return { ece, bins: out };
}

export function modelMetrics(predicted: readonly number[], actual: readonly (0 | 1)[]): ModelMetrics {
  return { auc: areaUnderCurve(predicted, actual), brier: brierScore(predicted, actual), ...calibration(predicted, actual) };
}
