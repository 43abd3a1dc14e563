// Conversion-score speed (a figure, not a test): `node tools/bench/scoring.js [--runs 3] [--sizes 3000,100000]`.
// Training time on synthetic closed-lead histories (libs/scoring: TensorFlow.js, pure-JS CPU backend), medians of
// `runs` runs, and the cost of scoring one lead with a compiled model (what triage adds). The machine is shared.
import { cpus, loadavg } from 'node:os';
import { compileScoringModel } from '@leadops/domain';
import { syntheticClosedLeads, trainConversionModel } from '@leadops/scoring';

const arg = (argv: string[], name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function main(argv: string[]): Promise<number> {
  const runs = Number(arg(argv, 'runs', '3'));
  const sizes = arg(argv, 'sizes', '3000,100000').split(',').map(Number);
  console.log(`[scoring bench] ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}; medians of ${runs}`);
  let lastModel = null as Awaited<ReturnType<typeof trainConversionModel>> | null;
  for (const size of sizes) {
    const leads = syntheticClosedLeads(size, 42);
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const started = performance.now();
      const result = await trainConversionModel(leads);
      times.push(performance.now() - started);
      if (!result.trained) throw new Error(result.refusal.message);
      lastModel = result;
      if (r === runs - 1) {
        console.log(`[scoring bench] train ${size} closed leads: median ${(median(times) / 1000).toFixed(2)} s (runs ${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s); held-out AUC ${result.metrics.auc.toFixed(3)}, ECE ${result.metrics.ece.toFixed(3)}, Brier ${result.metrics.brier.toFixed(3)}`);
      }
    }
  }
  if (!lastModel?.trained) return 1;
  const score = compileScoringModel({ ...lastModel.model, version: 1 });
  const facts = syntheticClosedLeads(20_000, 7).map((l) => l.facts);
  const perLead: number[] = [];
  let sink = 0;
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    for (const f of facts) sink += score(f).probability;
    perLead.push(((performance.now() - started) * 1000) / facts.length);
  }
  console.log(`[scoring bench] score one lead (features, probability, top factors): median ${median(perLead).toFixed(1)} µs (${facts.length} leads per run; checksum ${sink.toFixed(1)})`);
  return 0;
}
