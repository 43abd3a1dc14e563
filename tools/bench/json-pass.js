// The yardstick for the classify CLI: the same file read line by line, each line parsed and stringified
// again, and written out in the same ~64 KB batches, with no classification.
// `node tools/bench/json-pass.js IN.jsonl OUT.jsonl`; prints "CPU <seconds> s" on stderr.
const { createReadStream, createWriteStream } = require('node:fs');
const { once } = require('node:events');
const { createInterface } = require('node:readline');

async function main(input, output) {
  const out = createWriteStream(output, { highWaterMark: 1 << 18 });
  let batch = '';
  for await (const line of createInterface({ input: createReadStream(input, { highWaterMark: 1 << 18 }), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    batch += `${JSON.stringify(JSON.parse(line))}\n`;
    if (batch.length >= 64 * 1024) {
      const text = batch;
      batch = '';
      if (!out.write(text)) await once(out, 'drain');
    }
  }
  out.end(batch);
  await once(out, 'finish');
  const usage = process.resourceUsage();
  process.stderr.write(`json-pass: CPU ${((usage.userCPUTime + usage.systemCPUTime) / 1e6).toFixed(2)} s\n`);
}

main(process.argv[2], process.argv[3]).catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
});
