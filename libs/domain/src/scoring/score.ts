// Scoring one lead with a trained model: a probability and the features that pushed it most, as codes the console
// translates ("seniority:C_LEVEL" -> "C-level contact").
import { featureNames, featureVector, type FeatureSpec, type ScoringFacts } from './features';

/** A trained logistic model as stored: weights in featureNames(spec) order, the intercept, and the training means. */
export interface ScoringModelParams {
  version: number;
  spec: FeatureSpec;
  intercept: number;
  coefficients: number[];
  /** Mean of each feature over the training leads: a factor is how far this lead moves the score from the average lead. */
  means: number[];
}

export interface ScoreFactor {
  feature: string;
  /** Contribution to the log-odds against the average lead; positive raises the probability. */
  weight: number;
}

export interface ConversionScore {
  probability: number;
  modelVersion: number;
  factors: ScoreFactor[];
}

export const TOP_FACTORS = 5;

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** A model prepared once (names resolved) and then applied to many leads. */
export function compileScoringModel(model: ScoringModelParams) {
  const names = featureNames(model.spec);
  if (names.length !== model.coefficients.length || names.length !== model.means.length) {
    throw new Error(`scoring model v${model.version}: ${model.coefficients.length} coefficients for ${names.length} features`);
  }
  return (facts: ScoringFacts, topFactors = TOP_FACTORS): ConversionScore => {
    const x = featureVector(model.spec, facts, names);
    let z = model.intercept;
    const contributions: ScoreFactor[] = [];
    for (let i = 0; i < x.length; i++) {
      const w = model.coefficients[i]!;
      z += w * x[i]!;
      const weight = w * (x[i]! - model.means[i]!);
      if (weight !== 0) contributions.push({ feature: names[i]!, weight });
    }
    contributions.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.feature.localeCompare(b.feature));
    return {
      probability: sigmoid(z),
      modelVersion: model.version,
      factors: contributions.slice(0, topFactors).map((f) => ({ feature: f.feature, weight: Math.round(f.weight * 1000) / 1000 })),
    };
  };
}

export function scoreLead(model: ScoringModelParams, facts: ScoringFacts): ConversionScore {
  return compileScoringModel(model)(facts);
}

/** Score bands for the dashboard's conversion rate by band. */
export const SCORE_BANDS = [
  { code: '0-20', from: 0, to: 0.2 },
  { code: '20-40', from: 0.2, to: 0.4 },
  { code: '40-60', from: 0.4, to: 0.6 },
  { code: '60-80', from: 0.6, to: 0.8 },
  { code: '80-100', from: 0.8, to: 1.0001 },
] as const;

/** The held-out calibration bins (tenths) folded into the score bands (fifths): how often each band converted on leads the model never saw. */
export function bandsFromCalibration(bins: ReadonlyArray<{ from: number; count: number; observedRate: number }>): Array<{ band: string; leads: number; converted: number }> {
  return SCORE_BANDS.map((band) => {
    const inside = bins.filter((b) => b.from >= band.from - 1e-9 && b.from < band.to - 1e-9);
    const leads = inside.reduce((n, b) => n + b.count, 0);
    const converted = Math.round(inside.reduce((n, b) => n + b.count * b.observedRate, 0));
    return { band: band.code, leads, converted };
  });
}
