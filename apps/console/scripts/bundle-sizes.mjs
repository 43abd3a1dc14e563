// Prints the built console's files with raw and gzip sizes, largest first (run after `vite build`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(js|css|html)$/.test(name)) files.push(path);
  }
};
walk(dist);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
const rows = files
  .map((path) => { const body = readFileSync(path); return { path: relative(dist, path), raw: body.length, gzip: gzipSync(body).length }; })
  .sort((a, b) => b.raw - a.raw);
console.log('\nconsole bundle (raw / gzip):');
for (const r of rows) console.log(`${kb(r.raw)} ${kb(r.gzip)}  ${r.path}`);
const total = rows.reduce((s, r) => ({ raw: s.raw + r.raw, gzip: s.gzip + r.gzip }), { raw: 0, gzip: 0 });
console.log(`${kb(total.raw)} ${kb(total.gzip)}  total`);
