import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { WebhookSubscription } from '@leadops/persistence';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { WebhookDeliveryModel, WebhookSubscriptionModel } from './webhook-subscription.model';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';

@Resolver(() => WebhookSubscriptionModel)
export class WebhookSubscriptionsResolver {
  constructor(private readonly subscriptions: WebhookSubscriptionsService) {}

  @Roles('SALES_OPS')
  @Query(() => [WebhookSubscriptionModel])
  webhookSubscriptions(): Promise<WebhookSubscription[]> {
    return this.subscriptions.list();
  }

  @Roles('SALES_OPS')
  @Mutation(() => WebhookSubscriptionModel, { description: 'Events: lead.created, lead.classified, lead.assigned, lead.sla_breached, lead.contacted, lead.closed, lead.erased (the id alone, after a person asked to be erased).' })
  createWebhookSubscription(
    @CurrentUser() user: AuthUser,
    @Args('url') url: string,
    @Args('events', { type: () => [String] }) events: string[],
    @Args('secret', { description: 'Shared secret (16+ characters) the receiver checks signatures with' }) secret: string,
  ): Promise<WebhookSubscription> {
    return this.subscriptions.create(user, url, events, secret);
  }

  @Roles('SALES_OPS')
  @Mutation(() => Boolean)
  deleteWebhookSubscription(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.subscriptions.delete(user, id);
  }

  @ResolveField(() => [WebhookDeliveryModel])
  recentDeliveries(@Parent() subscription: WebhookSubscription) {
    return this.subscriptions.deliveries.recent(subscription.id, 20);
  }
}
