import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('WebhookDelivery')
export class WebhookDeliveryModel {
  @Field(() => ID) id!: string;
  @Field() at!: Date;
  @Field() event!: string;
  @Field(() => ID, { nullable: true }) leadId!: string | null;
  @Field(() => Int) attempt!: number;
  @Field(() => Int, { nullable: true }) statusCode!: number | null;
  @Field() ok!: boolean;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => Int, { nullable: true }) durationMs!: number | null;
}

@ObjectType('WebhookSubscription', { description: 'Lead events pushed to a URL, signed like incoming webhooks (the secret is never shown again).' })
export class WebhookSubscriptionModel {
  @Field(() => ID) id!: string;
  @Field() url!: string;
  @Field(() => [String]) events!: string[];
  @Field() active!: boolean;
  @Field(() => ID, { nullable: true }) createdBy!: string | null;
  @Field() createdAt!: Date;
  @Field(() => [WebhookDeliveryModel], { description: 'The latest delivery attempts' }) recentDeliveries?: WebhookDeliveryModel[];
}
