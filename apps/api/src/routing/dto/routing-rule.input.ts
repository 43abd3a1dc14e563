import { Field, ID, InputType } from '@nestjs/graphql';
import { LevelEnum, PriorityEnum, StageEnum } from '../../leads/lead.model';
import { RoutingStrategyEnum } from '../routing.model';

@InputType()
export class RoutingConditionsInput {
  @Field(() => [StageEnum], { nullable: true }) stages?: string[] | null;
  @Field(() => [PriorityEnum], { nullable: true }) priorities?: string[] | null;
  @Field(() => [String], { nullable: true }) industries?: string[] | null;
  @Field(() => [String], { nullable: true }) countries?: string[] | null;
  @Field(() => [String], { nullable: true }) languages?: string[] | null;
  @Field(() => [String], { nullable: true }) sources?: string[] | null;
  @Field(() => [LevelEnum], { nullable: true }) dealSizes?: string[] | null;
}

@InputType()
export class RoutingRuleInput {
  @Field() name!: string;
  @Field(() => RoutingStrategyEnum) strategy!: string;
  @Field({ nullable: true, defaultValue: true }) enabled?: boolean;
  @Field(() => ID, { nullable: true, description: 'Route within this team (when repIds is empty)' }) teamId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Route to these reps only' }) repIds?: string[] | null;
  @Field(() => RoutingConditionsInput, { nullable: true }) conditions?: RoutingConditionsInput | null;
}
