// Training the conversion model: an L2-regularised logistic regression fitted with TensorFlow.js (pure-JS CPU
// backend, no native addon) by Adam on shuffled mini-batches, judged on the held-out split the domain defines.
// The umbrella package: its CommonJS build registers the gradients the optimiser needs (tfjs-core alone does not).
// Loaded on first training only: the API and the setup CLI import the activities but most never train.
import type * as TensorFlow from '@tensorflow/tfjs';
import {
  buildFeatureSpec, compileScoringModel, enoughOutcomes, featureNames, featureVector, modelMetrics, seededRandom, splitTrainHeldOut,
  type ModelMetrics, type PromotionDecision, type ScoringFacts, type ScoringModelParams,
} from '@leadops/domain';

/** One closed lead: its facts and whether it converted (LOST and DISQUALIFIED are 0). */
export interface TrainingLead {
  id: string;
  facts: ScoringFacts;
  converted: boolean;
}

export interface TrainingOptions {
  minClosedLeads?: number;
  /** L2 penalty on the weights (not the intercept), per lead. */
  l2?: number;
  /** Adam steps; each looks at one mini-batch. */
  steps?: number;
  batchSize?: number;
  learningRate?: number;
  seed?: number;
}

export type TrainingResult =
  | {
      trained: true;
      /** The model without a version: PostgreSQL gives it one when it is stored. */
      model: Omit<ScoringModelParams, 'version'>;
      closedLeads: number;
      trainLeads: number;
      heldOutLeads: number;
      /** On the held-out split. */
      metrics: ModelMetrics;
      durationMs: number;
    }
  | { trained: false; closedLeads: number; refusal: Extract<PromotionDecision, { promote: false }> };

let backendReady: Promise<typeof TensorFlow> | null = null;
/** TensorFlow.js on the CPU backend, once per process; tfjs would otherwise warn and pick whatever registered first. */
function tensorFlowOnCpu(): Promise<typeof TensorFlow> {
  backendReady ??= (async () => {
    const tf = await import('@tensorflow/tfjs');
    // PROD: no debug checks, and no advice to install tfjs-node (a native addon we keep out of the image on purpose).
    tf.env().set('PROD', true);
    await tf.setBackend('cpu');
    await tf.ready();
    return tf;
  })();
  return backendReady;
}

export async function trainConversionModel(leads: readonly TrainingLead[], options: TrainingOptions = {}): Promise<TrainingResult> {
  const enough = enoughOutcomes(leads.length, options.minClosedLeads);
  if (!enough.promote) return { trained: false, closedLeads: leads.length, refusal: enough };
  const started = performance.now();
  const tf = await tensorFlowOnCpu();

  const { train, heldOut } = splitTrainHeldOut(leads);
  const spec = buildFeatureSpec(train.map((l) => l.facts));
  const names = featureNames(spec);
  const d = names.length;
  const n = train.length;
  const xs = new Float32Array(n * d);
  const ys = new Float32Array(n);
  const means = new Array<number>(d).fill(0);
  train.forEach((lead, i) => {
    const x = featureVector(spec, lead.facts, names);
    for (let j = 0; j < d; j++) {
      xs[i * d + j] = x[j]!;
      means[j]! += x[j]! / n;
    }
    ys[i] = lead.converted ? 1 : 0;
  });

  const l2 = options.l2 ?? 1e-3;
  const steps = options.steps ?? 600;
  const batchSize = Math.min(n, options.batchSize ?? 1024);
  // Seeded, so a retrain on the same leads gives the same model (the mini-batch order is the same).
  const rand = seededRandom(options.seed ?? 7);
  const baseRate = Math.min(0.999, Math.max(0.001, ys.reduce((s, y) => s + y, 0) / n));

  const weights = tf.variable(tf.zeros([d, 1]), true, 'weights');
  const intercept = tf.variable(tf.scalar(Math.log(baseRate / (1 - baseRate))), true, 'intercept');
  const optimizer = tf.train.adam(options.learningRate ?? 0.05);
  const order = Array.from({ length: n }, (_, i) => i);
  let cursor = n;
  const batchX = new Float32Array(batchSize * d);
  const batchY = new Float32Array(batchSize);
  try {
    for (let step = 0; step < steps; step++) {
      for (let b = 0; b < batchSize; b++) {
        if (cursor >= n) {
          for (let i = n - 1; i > 0; i--) {
            const k = Math.floor(rand() * (i + 1));
            [order[i], order[k]] = [order[k]!, order[i]!];
          }
          cursor = 0;
        }
        const row = order[cursor++]!;
        batchX.set(xs.subarray(row * d, row * d + d), b * d);
        batchY[b] = ys[row]!;
      }
      tf.tidy(() => {
        const x = tf.tensor2d(batchX, [batchSize, d]);
        const y = tf.tensor2d(batchY, [batchSize, 1]);
        optimizer.minimize(() => {
          const logits = tf.add(tf.matMul(x, weights), intercept);
          const logLoss = tf.losses.sigmoidCrossEntropy(y, logits);
          return tf.add(logLoss, tf.mul(l2 / 2, tf.sum(tf.square(weights)))) as TensorFlow.Scalar;
        });
      });
    }
    const coefficients = Array.from(await weights.data());
    const model = { spec, intercept: (await intercept.data())[0]!, coefficients, means };
    const score = compileScoringModel({ ...model, version: 0 });
    const predicted = heldOut.map((l) => score(l.facts, 0).probability);
    const actual = heldOut.map((l) => (l.converted ? 1 : 0) as 0 | 1);
    return {
      trained: true,
      model,
      closedLeads: leads.length,
      trainLeads: n,
      heldOutLeads: heldOut.length,
      metrics: modelMetrics(predicted, actual),
      durationMs: performance.now() - started,
    };
  } finally {
    weights.dispose();
    intercept.dispose();
    optimizer.dispose();
  }
}
