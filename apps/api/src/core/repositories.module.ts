import { Global, Module, type Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AuditStore, LeadImportStore, LeadListRepository, LeadStore, MetricsStore, ModelServiceStatusStore, PersonalDataStore, PolicyVersionStore, ProfileStore, RateLimitStore, RoutingRuleStore, RoutingStore, ScoringModelStore, SettingsStore, StreamTicketStore, SuppressionStore,
  UserAccessStore, UserStore,
  WebhookDeliveryStore, WebhookReceiptStore, WebhookSubscriptionStore,
} from '@leadops/persistence';

/** Every repository of libs/persistence, one instance each over the API's DataSource: services get them injected. */
const REPOSITORIES = [
  AuditStore, LeadImportStore, LeadListRepository, LeadStore, MetricsStore, ModelServiceStatusStore, PersonalDataStore, PolicyVersionStore, ProfileStore, RateLimitStore, RoutingRuleStore, RoutingStore, ScoringModelStore, SettingsStore, StreamTicketStore, SuppressionStore,
  UserAccessStore, UserStore,
  WebhookDeliveryStore, WebhookReceiptStore, WebhookSubscriptionStore,
] as const;

const providers: Provider[] = REPOSITORIES.map((repository) => ({
  provide: repository,
  inject: [DataSource],
  useFactory: (db: DataSource) => new repository(db),
}));

/** SQL lives in libs/persistence; the API reaches the database only through these repositories. */
@Global()
@Module({ providers, exports: [...REPOSITORIES] })
export class RepositoriesModule {}
