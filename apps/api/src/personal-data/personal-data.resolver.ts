import { Args, Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { isSingleMailbox } from '@leadops/domain';
import { PersonalDataStore, WebhookDeliveryStore } from '@leadops/persistence';
import { JSONScalar } from '../audit/json.scalar';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { LeadOpsError } from '../core/errors';
import { LeadWorkflowClient } from '../temporal/lead-workflow-client';

@ObjectType('PersonalDataErasure')
export class ErasureModel {
  @Field(() => Int) leads!: number;
  @Field(() => Int) events!: number;
  @Field(() => Int) classifications!: number;
  @Field(() => Int) notifications!: number;
  @Field(() => Int) workflows!: number;
  @Field(() => Int, { description: 'Webhook subscribers told with lead.erased (the lead id alone)' }) subscribersTold!: number;
}

/**
 * The data rights of the people in the leads (LFPDPPP ARCO, GDPR): sales ops answer a person's request to see what is
 * held about them, or to erase it, by e-mail address. Erasure removes the rows, the Temporal histories and the
 * notifications; the audit log keeps that it happened, who did it and when, not whom it was about.
 */
@Resolver()
export class PersonalDataResolver {
  constructor(
    private readonly store: PersonalDataStore,
    private readonly deliveries: WebhookDeliveryStore,
    private readonly workflows: LeadWorkflowClient,
  ) {}

  @Roles('SALES_OPS')
  @Query(() => JSONScalar, { description: 'Everything held about the person with this e-mail: leads, timeline, classifications, e-mails, receipts.' })
  personalData(@Args('email') email: string) {
    return this.store.export(checkedEmail(email));
  }

  @Roles('SALES_OPS')
  @Mutation(() => ErasureModel, { description: 'Erases the person with this e-mail: their leads, timeline, classifications, e-mails and workflow histories.' })
  async erasePersonalData(@CurrentUser() actor: AuthUser, @Args('email') email: string): Promise<ErasureModel> {
    const address = checkedEmail(email);
    const ids = await this.store.leadIds(address);
    // Histories first: if Temporal is down the rows stay and the request can be repeated; never rows gone, histories kept.
    const workflows = ids.length ? await this.workflows.deleteLeadWorkflows(ids) : 0;
    const counts = await this.store.erase(address, actor.id, ids);
    const subscribers = ids.length ? ((await this.deliveries.subscribersOf(['lead.erased']))['lead.erased'] ?? []) : [];
    const occurredAt = new Date().toISOString();
    for (const leadId of ids) {
      for (const subscriptionId of subscribers) {
        await this.workflows.startWebhookDelivery({ subscriptionId, event: 'lead.erased', leadId, occurredAt, deliveryKey: `lead.erased:${leadId}:${subscriptionId}` });
      }
    }
    return { ...counts, workflows, subscribersTold: subscribers.length };
  }
}

function checkedEmail(email: string): string {
  const address = (email ?? '').trim().toLowerCase();
  if (!isSingleMailbox(address)) throw LeadOpsError.badInput([{ field: 'email', message: 'must be one e-mail address' }]);
  return address;
}
