// `node tools/bench/classify-rules.js [--leads 100000] [--iterations 200000]`: builds on demand, then benchmarks.
const path = require('node:path');
const { ensureBuilt, run } = require('../cli/launcher');

// The CLI (run by the second benchmark) and this benchmark, each built only when stale.
ensureBuilt();
run(path.join(__dirname, 'out/classify-rules/classify-rules.js'), {
  project: 'tools/bench/classify-rules.tsconfig.json',
  marker: path.join(__dirname, 'out/classify-rules/.tsbuildinfo'),
  sources: ['libs/domain/src'],
  configs: ['tools/bench/classify-rules.ts', 'tools/bench/classify-rules.tsconfig.json', 'libs/domain/tsconfig.json', 'tsconfig.base.json'],
});
