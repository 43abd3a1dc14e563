// One table from several runs of the pipeline bench (dev server and cluster), with each column's ratio to the first:
// `node tools/bench/pipeline/dist/compare.js .data/bench-results/dev.json .data/bench-results/cluster.json`.
import { readFileSync } from 'node:fs';
import type { BenchResults, RatePhase, SustainedRun } from './pipeline-latency';

const LABELS: Record<string, string> = { dev: 'dev server', cluster: 'cluster' };

function cell(values: Array<number | undefined>, digits = 0): string {
  return values.some((v) => v === undefined || Number.isNaN(v)) ? '–' : values.map((v) => v!.toFixed(digits)).join(' / ');
}

function ratio(values: Array<number | undefined>, base: Array<number | undefined>): string {
  if ([...values, ...base].some((v) => v === undefined || Number.isNaN(v) || v === 0)) return '–';
  return values.map((v, i) => (v! / base[i]!).toFixed(2)).join(' / ');
}

function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) throw new Error('usage: compare.js results.json [results.json ...] (the first is the baseline of the ratios)');
  const runs: BenchResults[] = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
  const rows: Array<{ what: string; values: Array<Array<number | undefined>>; digits?: number }> = [];
  const variants = [...new Set(runs.flatMap((r) => Object.keys(r.variants)))];
  for (const variant of variants) {
    const rates = [...new Set(runs.flatMap((r) => Object.keys(r.variants[variant] ?? {})))].sort((a, b) => Number(a) - Number(b));
    for (const rate of rates) {
      const phase = (r: BenchResults): RatePhase | undefined => r.variants[variant]?.[rate];
      rows.push({ what: `${variant} ${rate}/s: time to priority p50 / p95 / p99 ms`, values: runs.map((r) => [phase(r)?.priority.p50, phase(r)?.priority.p95, phase(r)?.priority.p99]) });
    }
  }
  const workerCounts = [...new Set(runs.flatMap((r) => Object.keys(r.sustained)))].sort((a, b) => Number(a) - Number(b));
  for (const workers of workerCounts) {
    rows.push({ what: `sustained, ${workers} worker process${workers === '1' ? '' : 'es'}: leads/s end to end`, values: runs.map((r) => [r.sustained[workers]?.endToEndPerSec]) });
  }
  const firstRules = (r: BenchResults): RatePhase | undefined => Object.values(r.variants['rules-only'] ?? {})[0];
  const firstRate = Object.keys(runs[0]!.variants['rules-only'] ?? {})[0];
  if (firstRate) {
    rows.push({ what: `PostgreSQL tx per lead, app database (rules ${firstRate}/s)`, values: runs.map((r) => [firstRules(r)?.appTxPerLead]), digits: 1 });
    rows.push({
      what: `PostgreSQL tx per lead, Temporal's databases (rules ${firstRate}/s; net of idle)`,
      values: runs.map((r) => (r.mode === 'cluster' ? [firstRules(r)?.temporalTxPerLead, firstRules(r)?.temporalTxPerLeadNet] : [undefined])), digits: 1,
    });
  }
  const firstSustained = (r: BenchResults): SustainedRun | undefined => r.sustained[workerCounts[0] ?? ''];
  if (workerCounts.length) {
    const label = `sustained, ${workerCounts[0]} worker${workerCounts[0] === '1' ? '' : 's'}`;
    rows.push({ what: `PostgreSQL tx per lead, app database (${label})`, values: runs.map((r) => [firstSustained(r)?.appTxPerLead]), digits: 1 });
    rows.push({
      what: `CPU ms per lead (${label}): API / workers / Temporal / PostgreSQL`,
      values: runs.map((r) => {
        const c = firstSustained(r)?.cpuPerLead;
        return [c?.api, c?.workers, c?.temporal, c && c.postgresApp + c.postgresTemporal + c.postgresOther];
      }),
      digits: 1,
    });
    rows.push({ what: `CPU ms per lead (${label}): all but the load generator`, values: runs.map((r) => [firstSustained(r)?.cpuPerLead.total]), digits: 1 });
  }
  if (runs.some((r) => r.soak)) {
    rows.push({ what: 'soak: worst minute p95 ms', values: runs.map((r) => [r.soak ? Math.max(...r.soak.perMinute.map((m) => m.p95)) : undefined]) });
    rows.push({ what: 'soak: leads lost', values: runs.map((r) => [r.soak?.lost]) });
  }

  const headers = ['', ...runs.map((r) => LABELS[r.mode] ?? r.mode), ...runs.slice(1).map((r) => `${LABELS[r.mode] ?? r.mode} / ${LABELS[runs[0]!.mode] ?? runs[0]!.mode}`)];
  const table = rows.map((row) => [row.what, ...row.values.map((v) => cell(v, row.digits)), ...row.values.slice(1).map((v) => ratio(v, row.values[0]!))]);
  const widths = headers.map((h, i) => Math.max(h.length, ...table.map((t) => t[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${runs.map((r) => `${LABELS[r.mode] ?? r.mode}: ${r.cores} cores, ${r.secondsPerRate} s per rate, ${r.repeat > 1 ? `medians of ${r.repeat}` : 'one run'}`).join('; ')}`);
  console.log(line(headers));
  for (const t of table) console.log(line(t));
}

main();
