import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  applicationName?: string;
}

/** The one TypeORM data source shape used by API, worker and tools; schema changes only through SQL migrations. */
export function createDataSource({ url, poolSize = 10, applicationName = 'leadops' }: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: { max: poolSize, application_name: applicationName, connectionTimeoutMillis: 5000 },
  });
}
