import pg from 'pg';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  applicationName?: string;
  /** Told when PostgreSQL drops a connection that was checked out of the pool; defaults to a warning on stderr. */
  onConnectionLost?: (error: Error) => void;
}

const warnConnectionLost = (error: Error) => console.warn(`[leadops] PostgreSQL dropped a pooled connection in use: ${error.message}`);

/**
 * pg's Pool listens for errors only on idle clients. A client checked out between two statements (the typed query
 * builder's, or a transaction awaiting its next statement) has no listener, so PostgreSQL's "terminating connection
 * due to administrator command" at a restart or failover was an unhandled 'error' event that killed the process. Every
 * client the pool creates gets a listener of its own; the pool still discards the dead client when it is released,
 * and the statement that needed it fails (and its activity retries) instead of the process.
 */
function poolThatSurvivesConnectionLoss(onConnectionLost: (error: Error) => void): typeof pg {
  class GuardedPool extends pg.Pool {
    constructor(config?: pg.PoolConfig) {
      super(config);
      this.on('connect', (client) => client.on('error', onConnectionLost));
    }
  }
  return Object.assign(Object.create(pg) as typeof pg, { Pool: GuardedPool });
}

/** The one TypeORM data source shape used by API, worker and tools; schema changes only through SQL migrations. */
export function createDataSource({ url, poolSize = 10, applicationName = 'leadops', onConnectionLost = warnConnectionLost }: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    driver: poolThatSurvivesConnectionLoss(onConnectionLost),
    url,
    entities: ENTITIES,
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: { max: poolSize, application_name: applicationName, connectionTimeoutMillis: 5000 },
  });
}
