// `node tools/bench/simulate-policy-draft.js [--leads 10000] [--runs 3]`: builds what is stale, then benchmarks.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', 'tools/bench/simulate-policy-draft.tsconfig.json'], { cwd: root, stdio: 'inherit' });
require('./out/simulate-policy-draft/simulate-policy-draft.js')
  .main(process.argv.slice(2))
  .then((code) => (process.exitCode = code), (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  });
