// `node tools/bench/classify-rules.js [--leads 100000] [--iterations 100000] [--repeat 5]`: builds what is stale, then benchmarks.
// `tsc -b` rebuilds the CLI (run by the second benchmark) and this benchmark only when their sources changed.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', 'tools/cli', 'tools/bench/classify-rules.tsconfig.json'], { cwd: root, stdio: 'inherit' });
require('./out/classify-rules/classify-rules.js')
  .main(process.argv.slice(2))
  .then((code) => (process.exitCode = code), (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  });
