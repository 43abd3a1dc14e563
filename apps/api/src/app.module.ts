import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AuthModule } from './auth/auth.module';
import type { LeadOpsConfig } from '@leadops/config';
import { CONFIG, CoreModule } from './core/core.module';
import { RepositoriesModule } from './core/repositories.module';
import { formatGraphQLError } from './core/errors';
import { costLimitPlugin, DEFAULT_COST_BUDGET } from './core/graphql-cost';
import { queryLimits } from './core/graphql-limits';
import { HttpErrorFilter } from './core/http-exception.filter';
import { HealthModule } from './health/health.module';
import { LeadModule } from './leads/lead.module';
import { LiveModule } from './live/live.module';
import { TemporalModule } from './temporal/temporal.module';
import { AuditModule } from './audit/audit.module';
import { CompanyProfileModule } from './company-profile/company-profile.module';
import { ImportsModule } from './imports/imports.module';
import { InputChecksModule } from './input-checks/input-checks.module';
import { MetricsModule } from './metrics/metrics.module';
import { NurtureModule } from './nurture/nurture.module';
import { PersonalDataModule } from './personal-data/personal-data.module';
import { PolicyVersionsModule } from './policy-versions/policy-versions.module';
import { ScoringModule } from './scoring/scoring.module';
import { UnsubscribeModule } from './unsubscribe/unsubscribe.controller';
import { RoutingModule } from './routing/routing.module';
import { SlaModule } from './sla/sla.module';
import { WebhooksModule } from './webhooks/webhooks.module';

@Module({
  imports: [
    CoreModule,
    RepositoriesModule,
    TemporalModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [CONFIG],
      useFactory: (config: LeadOpsConfig) => ({
        autoSchemaFile: true,
        sortSchema: true,
        playground: false,
        // A map of every operation and field for whoever asks: developers need it, the internet does not.
        introspection: !config.production,
        includeStacktraceInErrorResponses: false,
        formatError: formatGraphQLError,
        validationRules: [queryLimits(8, 400)],
        plugins: [costLimitPlugin(DEFAULT_COST_BUDGET)],
        context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
      }),
    }),
    AuthModule,
    LeadModule,
    HealthModule,
    AuditModule,
    CompanyProfileModule,
    RoutingModule,
    PolicyVersionsModule,
    ScoringModule,
    SlaModule,
    NurtureModule,
    PersonalDataModule,
    UnsubscribeModule,
    MetricsModule,
    WebhooksModule,
    ImportsModule,
    InputChecksModule,
    LiveModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: HttpErrorFilter }],
})
export class AppModule {}
