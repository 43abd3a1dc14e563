import { Global, Module, type OnApplicationShutdown, Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadConfig, type LeadOpsConfig } from '@leadops/config';
import { createDataSource } from '@leadops/persistence';
import { startTracing, type Tracing } from '@leadops/tracing';

export const CONFIG = Symbol('LeadOpsConfig');
/** The process's OpenTelemetry export (null without OTEL_EXPORTER_OTLP_ENDPOINT); flushed at shutdown. */
export const TRACING = Symbol('Tracing');

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
    { provide: TRACING, inject: [CONFIG], useFactory: (config: LeadOpsConfig): Tracing | null => startTracing(config.tracing, 'leadops-api') },
  ],
  exports: [CONFIG, DataSource],
})
export class CoreModule implements OnApplicationShutdown {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(TRACING) private readonly tracing: Tracing | null,
  ) {}

  async onApplicationShutdown() {
    await this.db.destroy().catch(() => undefined);
    await this.tracing?.shutdown();
  }
}
