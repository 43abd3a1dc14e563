// Where the CPU goes: cumulative CPU time and resident memory of the stack's processes, read from /proc (Linux).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Linux reports CPU time in USER_HZ ticks, 100 a second on every architecture Node runs on. */
const TICK_MS = 10;
const PAGE_BYTES = 4096;

interface ProcStat {
  pid: number;
  ppid: number;
  cpuMs: number;
  /** CPU of children that exited and were waited for (PostgreSQL backends that closed). */
  exitedChildrenCpuMs: number;
  rssBytes: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name sits in parentheses and may hold spaces: fields start after the last ')'.
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return {
      pid, ppid: Number(f[1]), cpuMs: (Number(f[11]) + Number(f[12])) * TICK_MS,
      exitedChildrenCpuMs: (Number(f[13]) + Number(f[14])) * TICK_MS, rssBytes: Number(f[21]) * PAGE_BYTES,
    };
  } catch {
    return null; // the process is gone
  }
}

function readPid(file: string): number | null {
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

export const TEMPORAL_CLUSTER_SERVICES = ['frontend', 'history', 'matching', 'worker'] as const;

/** The Temporal processes of the stack in $LEADOPS_DATA_DIR: the dev server, or the cluster's four services. */
export function temporalPids(dataDir: string, mode: string): Record<string, number> {
  const pids: Record<string, number> = {};
  if (mode === 'cluster') {
    for (const service of TEMPORAL_CLUSTER_SERVICES) {
      const pid = readPid(join(dataDir, 'temporal-cluster', `${service}.pid`));
      if (pid) pids[service] = pid;
    }
  } else {
    const pid = readPid(join(dataDir, 'temporal.pid'));
    if (pid) pids['dev server'] = pid;
  }
  return pids;
}

/** CPU milliseconds so far, by what the process does. */
export interface CpuSample {
  api: number;
  workers: number;
  /** By Temporal process (dev server, or frontend/history/matching/worker). */
  temporal: Record<string, number>;
  /** PostgreSQL backends serving the app database, those serving Temporal's databases, and the rest (postmaster,
   * WAL writer, checkpointer, autovacuum, backends that have exited). */
  postgresApp: number;
  postgresTemporal: number;
  postgresOther: number;
  bench: number;
  at: number;
}

export interface StackProcesses {
  api: number[];
  workers: number[];
  temporal: Record<string, number>;
  postmaster: number | null;
  appDatabase: string;
  temporalDatabases: string[];
}

export function postmasterPid(dataDir: string): number | null {
  return readPid(join(dataDir, 'pg', 'postmaster.pid'));
}

/** The database a PostgreSQL backend serves, from its process title ("postgres: user db host(port) state"). */
function backendDatabase(pid: number): string | null {
  try {
    const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    const match = /^postgres: (\S+) (\S+) \S+\(\d+\)/.exec(title);
    return match ? match[2]! : null;
  } catch {
    return null;
  }
}

function childrenOf(ppid: number): ProcStat[] {
  const children: ProcStat[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat && stat.ppid === ppid) children.push(stat);
  }
  return children;
}

const cpuOf = (pids: number[]) => pids.reduce((sum, pid) => sum + (readStat(pid)?.cpuMs ?? 0), 0);

export function sampleCpu(p: StackProcesses): CpuSample {
  const own = process.cpuUsage();
  const sample: CpuSample = {
    api: cpuOf(p.api), workers: cpuOf(p.workers),
    temporal: Object.fromEntries(Object.entries(p.temporal).map(([name, pid]) => [name, readStat(pid)?.cpuMs ?? 0])),
    postgresApp: 0, postgresTemporal: 0, postgresOther: 0, bench: (own.user + own.system) / 1000, at: Date.now(),
  };
  const postmaster = p.postmaster ? readStat(p.postmaster) : null;
  if (postmaster) {
    sample.postgresOther = postmaster.cpuMs + postmaster.exitedChildrenCpuMs;
    for (const child of childrenOf(postmaster.pid)) {
      const db = backendDatabase(child.pid);
      if (db === p.appDatabase) sample.postgresApp += child.cpuMs;
      else if (db && p.temporalDatabases.includes(db)) sample.postgresTemporal += child.cpuMs;
      else sample.postgresOther += child.cpuMs;
    }
  }
  return sample;
}

/** CPU milliseconds per lead between two samples, by process group. */
export interface CpuPerLead {
  api: number;
  workers: number;
  temporal: number;
  temporalByService: Record<string, number>;
  postgresApp: number;
  postgresTemporal: number;
  postgresOther: number;
  /** The load generator, SMTP sink and LLM test server: the outside world, not part of a deployment. */
  bench: number;
  /** Everything but the bench. */
  total: number;
  /** How busy the machine was: CPU seconds used per wall-clock second by the stack (2.0 = both cores of a 2-core host). */
  coresBusy: number;
}

export function cpuPerLead(before: CpuSample, after: CpuSample, leads: number): CpuPerLead {
  const per = (a: number, b: number) => (b - a) / leads;
  const temporalByService = Object.fromEntries(Object.keys(after.temporal).map((k) => [k, per(before.temporal[k] ?? 0, after.temporal[k]!)]));
  const temporal = Object.values(temporalByService).reduce((s, v) => s + v, 0);
  const result = {
    api: per(before.api, after.api), workers: per(before.workers, after.workers), temporal, temporalByService,
    postgresApp: per(before.postgresApp, after.postgresApp), postgresTemporal: per(before.postgresTemporal, after.postgresTemporal),
    postgresOther: per(before.postgresOther, after.postgresOther), bench: per(before.bench, after.bench),
  };
  const total = result.api + result.workers + result.temporal + result.postgresApp + result.postgresTemporal + result.postgresOther;
  return { ...result, total, coresBusy: (total * leads) / Math.max(1, after.at - before.at) };
}

export function rssBytes(pid: number): number {
  return readStat(pid)?.rssBytes ?? 0;
}
