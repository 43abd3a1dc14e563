import { Module } from '@nestjs/common';
import { LeadModule } from '../leads/lead.module';
import { IncomingWebhooksController } from './incoming-webhooks.controller';
import { IncomingWebhooksService } from './incoming-webhooks.service';
import { WebhookSubscriptionsResolver } from './webhook-subscriptions.resolver';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';

/** Signed webhooks in (leads) and subscriptions out (lead events). */
@Module({
  imports: [LeadModule],
  controllers: [IncomingWebhooksController],
  providers: [IncomingWebhooksService, WebhookSubscriptionsService, WebhookSubscriptionsResolver],
})
export class WebhooksModule {}
