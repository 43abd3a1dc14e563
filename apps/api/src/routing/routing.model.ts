import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROUTING_STRATEGIES } from '@leadops/domain';
import { LevelEnum, PriorityEnum, StageEnum } from '../leads/lead.model';
import { OpeningHoursModel } from '../sla/opening-hours';

// The GraphQL enum is the domain's list, never a copy.
export const RoutingStrategyEnum = Object.fromEntries(ROUTING_STRATEGIES.map((s) => [s, s])) as { [K in (typeof ROUTING_STRATEGIES)[number]]: K };
registerEnumType(RoutingStrategyEnum, { name: 'RoutingStrategy' });

@ObjectType('RoutingConditions', { description: 'Every list that is set must contain the lead\'s value; empty lists match anything.' })
export class RoutingConditionsModel {
  @Field(() => [StageEnum]) stages!: string[];
  @Field(() => [PriorityEnum]) priorities!: string[];
  @Field(() => [String]) industries!: string[];
  @Field(() => [String]) countries!: string[];
  @Field(() => [String]) languages!: string[];
  @Field(() => [String]) sources!: string[];
  @Field(() => [LevelEnum]) dealSizes!: string[];
}

@ObjectType('RoutingRule', { description: 'Rules are tried by position; the first enabled rule that matches picks the owner.' })
export class RoutingRuleModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int) position!: number;
  @Field() enabled!: boolean;
  @Field(() => RoutingStrategyEnum) strategy!: string;
  @Field(() => ID, { nullable: true }) teamId!: string | null;
  @Field(() => [ID]) repIds!: string[];
  @Field(() => RoutingConditionsModel) conditions!: RoutingConditionsModel;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType('Team')
export class TeamModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() timeZone!: string;
  @Field() createdAt!: Date;
}

@ObjectType('DateRange')
export class DateRangeModel {
  @Field() from!: string;
  @Field() to!: string;
}

@ObjectType('Rep', { description: 'A sales rep as routing sees them: availability, capacity and what they are good at.' })
export class RepModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => ID, { nullable: true }) teamId!: string | null;
  @Field() active!: boolean;
  @Field(() => Int) capacity!: number;
  @Field(() => Int) routingWeight!: number;
  @Field(() => [String]) skills!: string[];
  @Field(() => [String]) languages!: string[];
  @Field(() => [String]) territories!: string[];
  @Field() timeZone!: string;
  @Field({ description: 'What they read LeadOps and their e-mails in: en, es or pt-BR' }) language!: string;
  @Field(() => [OpeningHoursModel], { nullable: true, description: 'Null means always available' }) workingHours!: OpeningHoursModel[] | null;
  @Field(() => [DateRangeModel]) outOfOffice!: DateRangeModel[];
  @Field(() => Int) openLeads!: number;
}
