// Temporal's own server on a PostgreSQL of the test's choosing, through the project's script
// (tools/stack/temporal-cluster.sh): the four services as separate processes that a fault test can kill one by one.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CLUSTER_SH = join(__dirname, '..', '..', '..', 'tools', 'stack', 'temporal-cluster.sh');

export type TemporalService = 'frontend' | 'history' | 'matching' | 'worker';

export interface TemporalClusterOptions {
  /** Where configs, pid files and logs go (temporal-cluster/ inside it). */
  dataDir: string;
  /** The PostgreSQL that holds the `temporal` and `temporal_visibility` databases. */
  pgPort: number;
  pgHost?: string;
  pgUser?: string;
  pgPassword?: string;
  /** Frontend gRPC port; the other services use the next 12 ports. */
  frontendPort: number;
  namespace?: string;
  /** Database names, when several clusters share one PostgreSQL. */
  databases?: { persistence: string; visibility: string };
}

export interface TemporalCluster {
  address: string;
  /** SIGKILL one service, as a crash would. */
  killService(service: TemporalService): Promise<void>;
  /** Start one service again (after killService). */
  startService(service: TemporalService): Promise<void>;
  /** The log of one service, for a failing test's message. */
  logPath(service: TemporalService): string;
  stop(): Promise<void>;
}

export async function startTemporalCluster(opts: TemporalClusterOptions): Promise<TemporalCluster> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LEADOPS_DATA_DIR: opts.dataDir,
    PGHOST: opts.pgHost ?? '127.0.0.1',
    PGPORT: String(opts.pgPort),
    PGUSER: opts.pgUser ?? 'leadops',
    PGPASSWORD: opts.pgPassword ?? 'leadops',
    TEMPORAL_PORT: String(opts.frontendPort),
    TEMPORAL_ADDRESS: `127.0.0.1:${opts.frontendPort}`,
    TEMPORAL_NAMESPACE: opts.namespace ?? 'default',
    TEMPORAL_HEADLESS: '1',
    ...(opts.databases ? { TEMPORAL_DB: opts.databases.persistence, TEMPORAL_VISIBILITY_DB: opts.databases.visibility } : {}),
  };
  const script = async (...args: string[]) => {
    try {
      await run('bash', [CLUSTER_SH, ...args], { env, maxBuffer: 16 * 1024 * 1024 });
    } catch (error) {
      const { stderr } = error as { stderr?: string };
      throw new Error(`temporal-cluster.sh ${args.join(' ')} failed: ${stderr || (error as Error).message}`);
    }
  };
  await script('start');
  return {
    address: env['TEMPORAL_ADDRESS']!,
    killService: (service) => script('kill', service),
    startService: (service) => script('start-service', service),
    logPath: (service) => join(opts.dataDir, 'temporal-cluster', `${service}.log`),
    stop: () => script('stop'),
  };
}
