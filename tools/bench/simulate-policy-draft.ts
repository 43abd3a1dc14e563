// What-if simulation speed (a figure, not a test): `node tools/bench/simulate-policy-draft.js [--leads 10000] [--runs 3] [--shared DIR]`.
// 10,000 leads of the shared dev set, varied, over 30 days, eight reps with working hours, capacity and out-of-office
// dates, four routing rules. Target: 10,000 leads in <= 5 s. The machine is shared: medians of `runs` runs.
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import {
  applyPolicyOverride, classifyWithRules, DEFAULT_POLICY, simulatePolicyDraft,
  type CompanyProfile, type HistoricalLead, type LeadInput, type PolicyRevision, type RoutingRule, type SimulationRep,
} from '@leadops/domain';

// This file runs from tools/bench/out/simulate-policy-draft/.
const ROOT = resolve(__dirname, '../../../..');

// ../shared beside the repository (a git worktree may sit one level deeper), or --shared.
const sharedDir = (argv: string[]) => resolve(arg(argv, 'shared', [join(ROOT, '../shared'), join(ROOT, '../../shared')].find((d) => existsSync(d)) ?? join(ROOT, '../shared')));

const arg = (argv: string[], name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
};

const TITLES = ['CTO', 'Gerente de Sistemas', 'Director de TI', 'IT Manager', 'Analista de TI', 'Jefe de Compras', 'CEO', 'Head of Infrastructure', 'Diretor de TI', 'Dueño'];
const CITIES = ['Monterrey, México', 'CDMX', 'Guadalajara, Jalisco', 'Miami, USA', 'Bogotá, Colombia', 'Madrid, España', 'São Paulo, Brasil', 'Austin, TX'];
const EXTRA = ['', ' Somos 300 empleados.', ' Tenemos 12 sucursales.', ' Necesitamos una cotización esta semana.', ' No es urgente.', ' Estamos evaluando opciones para el próximo trimestre.', ' Please send a proposal.'];
const DAY = 24 * 3600_000;

function reps(): SimulationRep[] {
  const week = { '1': ['09:00', '18:00'], '2': ['09:00', '18:00'], '3': ['09:00', '18:00'], '4': ['09:00', '18:00'], '5': ['09:00', '18:00'] } as Record<string, [string, string]>;
  return Array.from({ length: 8 }, (_, i) => ({
    id: `00000000-0000-4000-8000-00000000000${i}`, displayName: `Rep ${i}`, active: i !== 7, teamId: i < 4 ? 'team-mx' : 'team-us',
    capacity: 150 + 50 * (i % 3), openLeads: 10 * i, weight: 1 + (i % 3), skills: i % 2 ? ['respaldo', 'almacenamiento'] : ['manufactura'],
    languages: i < 4 ? ['es'] : ['en', 'pt'], territories: i < 4 ? ['MX', 'CO'] : ['US', 'BR', 'ES'],
    timeZone: i < 4 ? 'America/Mexico_City' : i < 6 ? 'America/New_York' : 'America/Sao_Paulo',
    workingHours: i % 4 === 3 ? null : week, outOfOffice: i === 2 ? [{ from: '2026-03-09', to: '2026-03-13' }] : [],
  }));
}

const RULES: RoutingRule[] = [
  { id: 'r-sql-us', name: 'US SQLs', position: 1, enabled: true, conditions: { stages: ['SQL'], countries: ['USA'] }, strategy: 'WEIGHTED', repIds: [], teamId: 'team-us' },
  { id: 'r-sql', name: 'SQLs by territory', position: 2, enabled: true, conditions: { stages: ['SQL'] }, strategy: 'TERRITORY', repIds: [], teamId: null },
  { id: 'r-mql', name: 'MQLs by skills', position: 3, enabled: true, conditions: { stages: ['MQL'] }, strategy: 'SKILLS', repIds: [], teamId: null },
  { id: 'r-rest', name: 'The rest', position: 4, enabled: true, conditions: {}, strategy: 'LOAD_BALANCED', repIds: [], teamId: null },
];

function history(count: number, profiles: Record<string, CompanyProfile>, shared: string): HistoricalLead[] {
  const samples = readFileSync(join(shared, 'eval/dev-leads.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { profile: string; lead: LeadInput });
  const start = Date.parse('2026-03-01T00:00:00Z');
  return Array.from({ length: count }, (_, i) => {
    const base = samples[i % samples.length]!;
    const n = Math.floor(i / samples.length);
    const input: LeadInput = {
      ...base.lead, fullName: `${base.lead.fullName} ${n}`, email: base.lead.email.replace('@', `.${n % 97}@`),
      jobPosition: n % 3 === 0 ? TITLES[n % TITLES.length] : base.lead.jobPosition, location: n % 4 === 0 ? CITIES[n % CITIES.length] : base.lead.location,
      description: `${base.lead.description ?? ''}${EXTRA[n % EXTRA.length]}`,
    };
    const c = classifyWithRules(input, profiles[base.profile]!);
    const createdAt = new Date(start + Math.floor((i * 30 * DAY) / count));
    return {
      id: `lead-${i}`, createdAt, closedAt: i % 3 === 0 ? new Date(createdAt.getTime() + 2 * DAY) : null, profileId: base.profile, input,
      happened: { stage: c.stage, priority: c.priority, slaMinutes: c.slaMinutes, ownerId: null, classifier: i % 5 === 0 ? 'llm' : 'rules' },
    };
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function main(argv: string[]): Promise<number> {
  const count = Number(arg(argv, 'leads', '10000'));
  const runs = Number(arg(argv, 'runs', '3'));
  const shared = sharedDir(argv);
  const dir = join(shared, 'profiles');
  const profiles: Record<string, CompanyProfile> = {};
  for (const name of ['sas', 'nominapro']) profiles[name] = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
  const leads = history(count, profiles, shared);
  const published: PolicyRevision = { policy: DEFAULT_POLICY, routingRules: RULES };
  const drafts: Array<[string, PolicyRevision]> = [
    ['thresholds, SLA and a rule changed (two classification passes)', {
      policy: applyPolicyOverride({ urgency: { HIGH: 70 }, fit: { B: 60 }, slaMinutes: { P1: 10 } }, 'draft'),
      routingRules: RULES.map((r) => (r.id === 'r-mql' ? { ...r, strategy: 'ROUND_ROBIN' as const } : r)),
    }],
    ['routing rules only (one classification pass)', { policy: DEFAULT_POLICY, routingRules: [{ ...RULES[1]!, position: 0 }, ...RULES] }],
  ];
  console.log(`simulatePolicyDraft, ${count.toLocaleString('en')} leads over 30 days, ${reps().length} reps, ${RULES.length} rules; median of ${runs} runs (target <= 5 s):`);
  for (const [label, draft] of drafts) {
    const seconds: number[] = [];
    let changed = 0;
    for (let run = 0; run < runs; run++) {
      const started = process.hrtime.bigint();
      const result = simulatePolicyDraft({ leads, profiles, reps: reps(), published, draft });
      seconds.push(Number(process.hrtime.bigint() - started) / 1e9);
      changed = result.changed.any;
    }
    console.log(`  ${label}: median ${median(seconds).toFixed(2)} s (runs ${seconds.map((s) => s.toFixed(2)).join(', ')} s), ${changed.toLocaleString('en')} leads change`);
  }
  console.log(`  (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs)`);
  return 0;
}
