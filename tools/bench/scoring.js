// `node tools/bench/scoring.js [--runs 3] [--sizes 3000,100000]`: builds what is stale, then benchmarks.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', 'tools/bench/scoring.tsconfig.json'], { cwd: root, stdio: 'inherit' });
require('./out/scoring/scoring.js')
  .main(process.argv.slice(2))
  .then((code) => (process.exitCode = code), (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  });
