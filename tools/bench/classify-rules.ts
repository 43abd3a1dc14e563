// Rules classifier benchmarks (figures, not tests): `node tools/bench/classify-rules.js [--leads 100000]`.
// 1. classifyWithRules leads/s on one core.  2. The classify CLI end to end on a generated JSONL file,
// with its peak RSS (constant memory means the same peak for 20k and 100k lines).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { classifyWithRules, type CompanyProfile, type LeadInput } from '@leadops/domain';

// This file runs from tools/bench/out/classify-rules/.
const ROOT = resolve(__dirname, '../../../..');

interface Args {
  leads: number;
  iterations: number;
  profiles: string;
  dev: string;
}

function parse(argv: string[]): Args {
  const get = (name: string, fallback: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
  };
  return {
    leads: Number(get('leads', '100000')),
    iterations: Number(get('iterations', '200000')),
    profiles: resolve(get('profiles', join(ROOT, '../shared/profiles'))),
    dev: resolve(get('dev', join(ROOT, '../shared/eval/dev-leads.jsonl'))),
  };
}

interface Sample {
  profile: string;
  lead: LeadInput;
}

// Variation so that caches (job titles, locations) see realistic, not identical, traffic.
const TITLES = ['CTO', 'Gerente de Sistemas', 'Director de TI', 'IT Manager', 'Analista de TI', 'Jefe de Compras', 'CEO', 'Ingeniero de Soporte', 'Head of Infrastructure', 'Coordinadora de RH', 'Diretor de TI', 'Dueño', 'Gerente de Sitemas', 'Direcor Comercial'];
const CITIES = ['Monterrey, México', 'CDMX', 'Guadalajara, Jalisco', 'Miami, USA', 'Bogotá, Colombia', 'Madrid, España', 'São Paulo, Brasil', 'Austin, TX', 'Puebla, Mexico', 'Querétaro, Qro.'];
const EXTRA = ['', ' Somos 300 empleados.', ' Tenemos 12 sucursales.', ' Necesitamos una cotización esta semana.', ' No es urgente.', ' Estamos evaluando opciones para el próximo trimestre.', ' Please send a proposal.', ' info'];

function loadSamples(file: string): Sample[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Sample);
}

function varied(samples: Sample[], i: number): Sample {
  const base = samples[i % samples.length];
  const n = Math.floor(i / samples.length);
  const lead: LeadInput = {
    ...base.lead,
    fullName: `${base.lead.fullName} ${n}`,
    email: base.lead.email.replace('@', `.${n % 97}@`),
    jobPosition: n % 3 === 0 ? TITLES[n % TITLES.length] : base.lead.jobPosition,
    location: n % 4 === 0 ? CITIES[n % CITIES.length] : base.lead.location,
    description: `${base.lead.description ?? ''}${EXTRA[n % EXTRA.length]}`,
    companySize: base.lead.companySize == null ? null : base.lead.companySize + (n % 50),
  };
  return { profile: base.profile, lead };
}

function benchFunction(samples: Sample[], profiles: Record<string, CompanyProfile>, iterations: number): void {
  const leads = Array.from({ length: 5000 }, (_, i) => varied(samples, i));
  for (let i = 0; i < 20000; i++) classifyWithRules(leads[i % leads.length].lead, profiles[leads[i % leads.length].profile]);
  for (const [label, pool] of [['dev set, 100 leads cycled', samples], ['5,000 varied leads', leads]] as const) {
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    for (let i = 0; i < iterations; i++) {
      const s = pool[i % pool.length];
      classifyWithRules(s.lead, profiles[s.profile]);
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const cpu = process.cpuUsage(cpuStart);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const rate = (s: number) => Math.round(iterations / s).toLocaleString('en');
    console.log(`classifyWithRules (${label}): ${rate(cpuSeconds)} leads per CPU second, ${rate(seconds)} leads/s wall (${iterations.toLocaleString('en')} in ${seconds.toFixed(2)} s; target >= 20,000 on one core)`);
  }
}

async function writeLeads(file: string, samples: Sample[], count: number): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    const s = varied(samples, i);
    if (!out.write(`${JSON.stringify({ id: `b${i}`, profile: s.profile, lead: s.lead })}\n`)) await once(out, 'drain');
  }
  await new Promise<void>((r, j) => out.end((e?: Error | null) => (e ? j(e) : r())));
}

function runCli(input: string, output: string, profiles: string): Promise<{ seconds: number; stderr: string; code: number | null }> {
  return new Promise((done) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [join(ROOT, 'tools/cli/dist/classify.js'), '--profiles', profiles, '--in', input, '--out', output, '--progress-every', '20000'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ seconds: Number(process.hrtime.bigint() - start) / 1e9, stderr, code }));
  });
}

async function benchCli(samples: Sample[], args: Args): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'leadops-bench-'));
  try {
    for (const count of [Math.round(args.leads / 5), args.leads]) {
      const input = join(dir, `leads-${count}.jsonl`);
      await writeLeads(input, samples, count);
      const run = await runCli(input, join(dir, `out-${count}.jsonl`), args.profiles);
      const peak = /peak RSS (\d+) MB/.exec(run.stderr)?.[1] ?? '?';
      const cpu = /CPU ([\d.]+) s/.exec(run.stderr)?.[1] ?? '?';
      const rss = [...run.stderr.matchAll(/lines\/s, RSS (\d+) MB$/gm)].map((m) => m[1]);
      const sizeMb = (statSync(input).size / 1024 / 1024).toFixed(0);
      console.log(`classify CLI, ${count.toLocaleString('en')} leads (${sizeMb} MB): ${run.seconds.toFixed(2)} s end to end (CLI CPU ${cpu} s, exit ${run.code}), ${Math.round(count / run.seconds).toLocaleString('en')} leads/s, peak RSS ${peak} MB${rss.length ? `, RSS at progress points ${rss.join(' / ')} MB` : ''}`);
      if (run.code !== 0) console.log(run.stderr);
    }
    console.log(`(targets: 100,000 leads < 15 s; flat memory: the same peak RSS for both sizes. Load average now: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function main(argv: string[]): Promise<number> {
  const args = parse(argv);
  const samples = loadSamples(args.dev);
  const profiles: Record<string, CompanyProfile> = {};
  for (const name of new Set(samples.map((s) => s.profile))) profiles[name] = JSON.parse(readFileSync(join(args.profiles, `${name}.json`), 'utf8'));
  benchFunction(samples, profiles, args.iterations);
  await benchCli(samples, args);
  return 0;
}
