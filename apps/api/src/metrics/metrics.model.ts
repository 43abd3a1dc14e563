import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../auth/users.service';
import { LeadModel, StageEnum } from '../leads/lead.model';

@ObjectType('StageFunnel', { description: 'Leads of one stage and how far they got' })
export class StageFunnelModel {
  @Field(() => StageEnum, { nullable: true, description: 'Null: not classified yet' }) stage!: string | null;
  @Field(() => Int) leads!: number;
  @Field(() => Int) contacted!: number;
  @Field(() => Int) converted!: number;
}

@ObjectType('SourceCount')
export class SourceCountModel {
  @Field() source!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('OwnerCount')
export class OwnerCountModel {
  @Field(() => ID, { nullable: true, description: 'Null: the unassigned fallback queue' }) ownerId!: string | null;
  @Field() displayName!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('DayCount')
export class DayCountModel {
  @Field({ description: 'Local date YYYY-MM-DD in the requested time zone' }) day!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('Metrics', { description: 'Leads created in [from, to) that the caller may see (a manager: their team).' })
export class MetricsModel {
  @Field() from!: Date;
  @Field() to!: Date;
  @Field() timeZone!: string;
  @Field(() => Int) leadsCreated!: number;
  @Field(() => Int, { description: 'Leads whose first response came within the SLA' }) slaMet!: number;
  @Field(() => Int, { description: 'Leads whose SLA was breached at least once' }) slaBreached!: number;
  @Field(() => Float, { nullable: true, description: 'slaMet / (slaMet + slaBreached); null when neither' }) slaCompliance!: number | null;
  @Field(() => Int, { description: 'Open leads in breach right now (whenever created)' }) breachesOpen!: number;
  @Field(() => Int, { description: 'SLA breaches that happened in the range' }) breachesInRange!: number;
  @Field(() => Float, { nullable: true }) firstResponseP50Minutes!: number | null;
  @Field(() => Float, { nullable: true }) firstResponseP90Minutes!: number | null;
  @Field(() => [StageFunnelModel]) funnel!: StageFunnelModel[];
  @Field(() => [SourceCountModel]) leadsBySource!: SourceCountModel[];
  @Field(() => [OwnerCountModel]) leadsByOwner!: OwnerCountModel[];
  @Field(() => [DayCountModel]) leadsByDay!: DayCountModel[];
  @Field(() => [DayCountModel]) breachesByDay!: DayCountModel[];
  @Field(() => [DayCountModel], {
    description: 'Model classifications in the range whose stage the rules would have set otherwise, by the day they were made (a re-classification counts again)',
  }) stageDisagreementsByDay!: DayCountModel[];
}

@ObjectType('RepSlaBoard', { description: "One rep's SLA situation now" })
export class RepSlaBoardModel {
  @Field(() => UserModel) rep!: UserModel;
  @Field(() => Int) openLeads!: number;
  @Field(() => [LeadModel], { description: 'Open leads whose first-response SLA is breached' }) breached!: LeadModel[];
  @Field(() => [LeadModel], { description: 'Open leads due within 15 minutes (or overdue, not yet marked)' }) atRisk!: LeadModel[];
}
