import { Global, Module, type OnApplicationShutdown, Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadConfig, type LeadOpsConfig } from '@leadops/config';
import { createDataSource } from '@leadops/persistence';

export const CONFIG = Symbol('LeadOpsConfig');

/** Config and the PostgreSQL data source, shared by every feature module. */
@Global()
@Module({
  providers: [
    { provide: CONFIG, useFactory: (): LeadOpsConfig => loadConfig() },
    {
      provide: DataSource,
      inject: [CONFIG],
      useFactory: async (config: LeadOpsConfig) => createDataSource({ url: config.databaseUrl, poolSize: 20, applicationName: 'leadops-api' }).initialize(),
    },
  ],
  exports: [CONFIG, DataSource],
})
export class CoreModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  async onApplicationShutdown() {
    await this.db.destroy().catch(() => undefined);
  }
}
