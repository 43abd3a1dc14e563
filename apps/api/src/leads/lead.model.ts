import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  DATA_QUALITY_LABELS, EMAIL_TYPES, FIT_GRADES, LEAD_INTENTS, LEAD_OUTCOMES, LEAD_STATUSES, LEVELS, OWNER_ROLES, PRIORITIES, ROLE_TYPES, SENIORITY_LEVELS,
  SLA_STATES, STAGES, URGENCY_LEVELS,
} from '@leadops/domain';
import { JSONScalar } from '../audit/json.scalar';
import { UserModel } from '../auth/users.service';

// GraphQL enums map the domain's lists; they are never redefined by hand.
const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const StageEnum = asEnum(STAGES);
export const PriorityEnum = asEnum(PRIORITIES);
export const SeniorityEnum = asEnum(SENIORITY_LEVELS);
export const RoleTypeEnum = asEnum(ROLE_TYPES);
export const LevelEnum = asEnum(LEVELS);
export const EmailTypeEnum = asEnum(EMAIL_TYPES);
export const FitGradeEnum = asEnum(FIT_GRADES);
export const UrgencyEnum = asEnum(URGENCY_LEVELS);
export const DataQualityEnum = asEnum(DATA_QUALITY_LABELS);
export const OwnerRoleEnum = asEnum(OWNER_ROLES);
export const LeadStatusEnum = asEnum(LEAD_STATUSES);
export const SlaStateEnum = asEnum(SLA_STATES);
export const OutcomeEnum = asEnum(LEAD_OUTCOMES);
export const LeadIntentEnum = asEnum(LEAD_INTENTS);
registerEnumType(StageEnum, { name: 'Stage' });
registerEnumType(PriorityEnum, { name: 'Priority' });
registerEnumType(SeniorityEnum, { name: 'SeniorityLevel' });
registerEnumType(RoleTypeEnum, { name: 'RoleType' });
registerEnumType(LevelEnum, { name: 'Level' });
registerEnumType(EmailTypeEnum, { name: 'EmailType' });
registerEnumType(FitGradeEnum, { name: 'FitGrade' });
registerEnumType(UrgencyEnum, { name: 'UrgencyLevel' });
registerEnumType(DataQualityEnum, { name: 'DataQualityLabel' });
registerEnumType(OwnerRoleEnum, { name: 'OwnerRole' });
registerEnumType(LeadStatusEnum, { name: 'LeadStatus' });
registerEnumType(SlaStateEnum, { name: 'SlaState' });
registerEnumType(OutcomeEnum, { name: 'LeadOutcome' });
registerEnumType(LeadIntentEnum, { name: 'LeadIntentKind', description: 'Who is writing, as far as buying goes: a buyer, or a kind of lead policy.md puts out' });

@ObjectType()
export class ContactProfileModel {
  @Field(() => SeniorityEnum) seniorityLevel!: string;
  @Field(() => RoleTypeEnum) roleType!: string;
  @Field(() => LevelEnum) decisionPower!: string;
  @Field(() => EmailTypeEnum) emailType!: string;
}

/** One line a person reads, as data: the console renders it in its language (issue 14). */
@ObjectType('Explained')
export class ExplainedModel {
  @Field({ description: 'What the line says (EXPLANATION_CODES of the domain); TEXT: params.text as written' }) code!: string;
  @Field(() => JSONScalar, { nullable: true, description: "Values for the message; a nested { code, params } is a line of its own; the lead's words come quoted as written" })
  params?: Record<string, unknown> | null;
  @Field(() => String, { nullable: true, description: 'Fit reasons: + fits, - does not, ? unknown' }) sign?: string | null;
}

@ObjectType()
export class FitModel {
  @Field(() => Float) score!: number;
  @Field(() => FitGradeEnum) grade!: string;
  @Field(() => [String], { description: 'In English; reasonCodes are the same reasons for the reader\'s language' }) reasons!: string[];
  @Field(() => [ExplainedModel]) reasonCodes!: ExplainedModel[];
}

@ObjectType()
export class UrgencyModel {
  @Field(() => Float) score!: number;
  @Field(() => UrgencyEnum) level!: string;
  @Field(() => [String], { description: 'In English; signalCodes are the same signals for the reader\'s language' }) signals!: string[];
  @Field(() => [ExplainedModel]) signalCodes!: ExplainedModel[];
}

@ObjectType()
export class OpportunityModel {
  @Field(() => LevelEnum) dealSize!: string;
  @Field(() => LevelEnum) complexity!: string;
}

@ObjectType()
export class DataQualityModel {
  @Field(() => Float) score!: number;
  @Field(() => DataQualityEnum) label!: string;
  @Field(() => [String]) missing!: string[];
}

@ObjectType('LeadIntent', { description: "Who is writing and the lead's own words that showed it, quoted as written" })
export class LeadIntentModel {
  @Field(() => LeadIntentEnum) kind!: string;
  @Field(() => [String], { description: "Phrases from the lead's message, in its language; empty for a buyer read by default" }) evidence!: string[];
}

@ObjectType('Classification')
export class ClassificationModel {
  @Field(() => ContactProfileModel) contactProfile!: ContactProfileModel;
  @Field(() => FitModel) fit!: FitModel;
  @Field(() => UrgencyModel) urgency!: UrgencyModel;
  @Field(() => OpportunityModel) opportunity!: OpportunityModel;
  @Field(() => DataQualityModel) dataQuality!: DataQualityModel;
  @Field(() => StageEnum) stage!: string;
  @Field(() => StageEnum, {
    nullable: true,
    description: 'When the model classified: the stage the rules gave the same lead (differs from stage on a disagreement); null for the rules, or before it was stored',
  }) rulesStage?: string | null;
  @Field(() => PriorityEnum) priority!: string;
  @Field(() => Int, { nullable: true }) slaMinutes!: number | null;
  @Field(() => OwnerRoleEnum) recommendedOwner!: string;
  @Field() summary!: string;
  @Field(() => [String]) detectedNeeds!: string[];
  @Field(() => [String]) matchedServices!: string[];
  @Field(() => [String], { description: "In the lead's language; nextStepCodes for the reader's" }) nextSteps!: string[];
  @Field(() => [ExplainedModel]) nextStepCodes!: ExplainedModel[];
  @Field() classifier!: string;
  @Field(() => [String], { description: 'In English; explanationCodes for the reader\'s language' }) explanation!: string[];
  @Field(() => [ExplainedModel]) explanationCodes!: ExplainedModel[];
  @Field() policyVersion!: string;
  @Field(() => Int, { nullable: true }) profileVersion!: number | null;
  @Field(() => String, { nullable: true }) fallbackReason?: string | null;
  @Field(() => String, { nullable: true }) language?: string | null;
  @Field(() => Int, { nullable: true }) latencyMs?: number | null;
  @Field({ nullable: true }) createdAt?: Date;
}

@ObjectType('TimelineEvent')
export class TimelineEventModel {
  @Field(() => ID) id!: string;
  @Field() at!: Date;
  @Field() type!: string;
  @Field({ description: 'In English (a note: as its author wrote it)' }) message!: string;
  @Field(() => String, { nullable: true, description: 'The entry as a code for the reader\'s language; null on entries stored before codes, and on notes' }) code!: string | null;
  @Field(() => JSONScalar, { nullable: true }) params!: Record<string, unknown> | null;
  @Field(() => ID, { nullable: true }) actorId!: string | null;
}

@ObjectType('LeadWorkflowState')
export class LeadWorkflowStateModel {
  @Field() step!: string;
  @Field(() => String, { nullable: true }) slaDueAt!: string | null;
  @Field() slaState!: string;
  @Field(() => Int) escalationLevel!: number;
  @Field(() => Int, { nullable: true }) nurtureStep!: number | null;
}

@ObjectType('Lead')
export class LeadModel {
  @Field(() => ID) id!: string;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field() source!: string;
  @Field() fullName!: string;
  @Field() email!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) phoneE164!: string | null;
  @Field(() => String, { nullable: true }) jobPosition!: string | null;
  @Field(() => String, { nullable: true }) companyName!: string | null;
  @Field(() => String, { nullable: true }) industry!: string | null;
  @Field(() => String, { nullable: true }) location!: string | null;
  @Field(() => Int, { nullable: true }) age!: number | null;
  @Field(() => String, { nullable: true }) gender!: string | null;
  @Field(() => String, { nullable: true }) notifyEmail!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Int, { nullable: true }) companySize!: number | null;
  @Field(() => LeadStatusEnum) status!: string;
  @Field(() => StageEnum, { nullable: true }) stage!: string | null;
  @Field(() => PriorityEnum, { nullable: true }) priority!: string | null;
  @Field(() => ID, { nullable: true }) ownerId!: string | null;
  @Field(() => UserModel, { nullable: true }) owner?: UserModel | null;
  @Field(() => Date, { nullable: true }) assignedAt!: Date | null;
  @Field(() => Date, { nullable: true }) slaDueAt!: Date | null;
  @Field(() => SlaStateEnum) slaState!: string;
  @Field(() => Int) escalationLevel!: number;
  @Field(() => Date, { nullable: true }) firstContactedAt!: Date | null;
  @Field(() => OutcomeEnum, { nullable: true }) outcome!: string | null;
  @Field(() => String, { nullable: true }) outcomeReason!: string | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field() workflowId!: string;
  @Field(() => ClassificationModel, { nullable: true }) classification?: ClassificationModel | null;
  @Field(() => LeadIntentModel, { nullable: true, description: 'From the latest classification; null before one, or for one stored before intents' }) intent?: LeadIntentModel | null;
  @Field(() => [TimelineEventModel]) timeline?: TimelineEventModel[];
  @Field(() => String, { nullable: true, description: 'Link to this lead\'s workflow in the Temporal UI (sales ops only; null for others)' }) temporalUrl?: string | null;
  @Field(() => LeadWorkflowStateModel, { nullable: true, description: 'Live state from the running workflow' }) workflowState?: LeadWorkflowStateModel | null;
}

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field() hasNextPage!: boolean;
}

@ObjectType('LeadConnection')
export class LeadConnection {
  @Field(() => [LeadModel]) nodes!: LeadModel[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'Leads matching the filter; a text search stops counting at 1,000 (see totalCountCapped).' }) totalCount!: number;
  @Field({ description: 'True when a text search matched at least 1,000 leads and totalCount stopped there.' }) totalCountCapped!: boolean;
}
