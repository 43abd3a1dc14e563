// Temporal's own server on a PostgreSQL of the test's choosing, through the project's script
// (tools/stack/temporal-cluster.sh): the four services as separate processes that a fault test can kill one by one.
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
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
  tls?: TemporalClusterTls;
}

/** TLS on the frontend (PEM file paths). */
export interface TemporalClusterTls {
  serverCert: string;
  serverKey: string;
  /** Require client certificates signed by this CA (mTLS). */
  clientCa?: string;
  /** What the cluster's own clients (its system worker, the script's checks) use, as TEMPORAL_TLS_* do for ours. */
  client: { ca?: string; cert?: string; key?: string; serverName?: string };
}

export interface TemporalCluster {
  address: string;
  /** TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE and the TEMPORAL_TLS_* client settings, for processes that connect to it. */
  clientEnv: Record<string, string>;
  /** SIGKILL one service, as a crash would. */
  killService(service: TemporalService): Promise<void>;
  /** Start one service again (after killService). */
  startService(service: TemporalService): Promise<void>;
  /** The log of one service, for a failing test's message. */
  logPath(service: TemporalService): string;
  stop(): Promise<void>;
}

/** A free port on 127.0.0.1 with the `following` ports after it free too, between 20000 and `below`. */
export async function freePorts(following = 0, below = 40_000): Promise<number> {
  const isFree = (port: number) => new Promise<boolean>((resolve) => {
    const server = createServer().once('error', () => resolve(false)).listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * (below - following - 20_000));
    if ((await Promise.all(Array.from({ length: following + 1 }, (_, i) => isFree(port + i)))).every(Boolean)) return port;
  }
}

/**
 * A frontend port with the 12 after it free. Below 32768 for the last one: Temporal keeps membership ports in a
 * PostgreSQL SMALLINT, so a cluster on a higher port dies at start.
 */
export const freeClusterPort = () => freePorts(12, 32_768);

const SECURITY_VARIABLES = ['TEMPORAL_TLS_SERVER_CERT', 'TEMPORAL_TLS_SERVER_KEY', 'TEMPORAL_TLS_CLIENT_CA', 'TEMPORAL_TLS_CA', 'TEMPORAL_TLS_CERT', 'TEMPORAL_TLS_KEY', 'TEMPORAL_TLS_SERVER_NAME', 'TEMPORAL_API_KEY'];

export async function startTemporalCluster(opts: TemporalClusterOptions): Promise<TemporalCluster> {
  const inherited = { ...process.env };
  for (const name of SECURITY_VARIABLES) delete inherited[name]; // TLS only when this test asks for it
  const clientTls: Record<string, string> = {};
  if (opts.tls) {
    const { ca, cert, key, serverName } = opts.tls.client;
    Object.assign(clientTls, ca && { TEMPORAL_TLS_CA: ca }, cert && { TEMPORAL_TLS_CERT: cert }, key && { TEMPORAL_TLS_KEY: key }, serverName && { TEMPORAL_TLS_SERVER_NAME: serverName });
  }
  const env: NodeJS.ProcessEnv = {
    ...inherited,
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
    ...(opts.tls && {
      TEMPORAL_TLS_SERVER_CERT: opts.tls.serverCert,
      TEMPORAL_TLS_SERVER_KEY: opts.tls.serverKey,
      ...(opts.tls.clientCa && { TEMPORAL_TLS_CLIENT_CA: opts.tls.clientCa }),
      ...clientTls,
    }),
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
    clientEnv: { TEMPORAL_ADDRESS: env['TEMPORAL_ADDRESS']!, TEMPORAL_NAMESPACE: env['TEMPORAL_NAMESPACE']!, ...clientTls },
    killService: (service) => script('kill', service),
    startService: (service) => script('start-service', service),
    logPath: (service) => join(opts.dataDir, 'temporal-cluster', `${service}.log`),
    stop: () => script('stop'),
  };
}
