import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { JSONScalar } from '../../audit/json.scalar';
import { RoutingRuleInput } from '../../routing/dto/routing-rule.input';

@InputType()
export class FitThresholdsInput {
  @Field(() => Int) A!: number;
  @Field(() => Int) B!: number;
  @Field(() => Int) C!: number;
}

@InputType()
export class UrgencyThresholdsInput {
  @Field(() => Int) CRITICAL!: number;
  @Field(() => Int) HIGH!: number;
  @Field(() => Int) MEDIUM!: number;
}

@InputType()
export class DataQualityThresholdsInput {
  @Field(() => Int) GOOD!: number;
  @Field(() => Int) REVIEW!: number;
}

@InputType()
export class PolicySlaMinutesInput {
  @Field(() => Int) P1!: number;
  @Field(() => Int) P2!: number;
  @Field(() => Int) P3!: number;
}

@InputType()
export class PolicySettingsInput {
  @Field(() => FitThresholdsInput) fit!: FitThresholdsInput;
  @Field(() => UrgencyThresholdsInput) urgency!: UrgencyThresholdsInput;
  @Field(() => DataQualityThresholdsInput) dataQuality!: DataQualityThresholdsInput;
  @Field(() => PolicySlaMinutesInput) slaMinutes!: PolicySlaMinutesInput;
  @Field(() => JSONScalar, { nullable: true, description: 'The word lists, shaped as the policy\'s keywords; null keeps the default lists.' })
  keywords?: unknown;
}

@InputType()
export class DraftRoutingRuleInput extends RoutingRuleInput {
  @Field(() => ID, { nullable: true, description: 'The rule this edits; none for a new rule.' }) id?: string | null;
}

@InputType({ description: 'The whole draft: the policy numbers and word lists, and the routing rules in the order they are tried.' })
export class PolicyDraftInput {
  @Field(() => PolicySettingsInput) policy!: PolicySettingsInput;
  @Field(() => [DraftRoutingRuleInput]) routingRules!: DraftRoutingRuleInput[];
}
