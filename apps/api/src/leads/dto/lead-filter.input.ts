import { Field, Float, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { LeadStatusEnum, PriorityEnum, SlaStateEnum, StageEnum } from '../lead.model';

export enum LeadSortField {
  CREATED_AT = 'CREATED_AT',
  SLA_DUE_AT = 'SLA_DUE_AT',
  /** Highest conversion score first; unscored leads last. */
  CONVERSION_SCORE = 'CONVERSION_SCORE',
}
registerEnumType(LeadSortField, { name: 'LeadSortField' });

@InputType()
export class LeadFilterInput {
  @Field(() => [StageEnum], { nullable: true }) stages?: string[];
  @Field(() => [PriorityEnum], { nullable: true }) priorities?: string[];
  @Field(() => [LeadStatusEnum], { nullable: true }) statuses?: string[];
  @Field(() => [SlaStateEnum], { nullable: true }) slaStates?: string[];
  @Field(() => ID, { nullable: true }) ownerId?: string;
  @Field({ nullable: true, description: 'Only leads without an owner (the fallback queue)' }) unassigned?: boolean;
  @Field(() => String, { nullable: true }) source?: string;
  @Field(() => Date, { nullable: true }) createdFrom?: Date;
  @Field(() => Date, { nullable: true }) createdTo?: Date;
  @Field(() => String, { nullable: true, description: 'Text search over name, company, e-mail and description' }) search?: string;
  @Field({ nullable: true, description: 'Leave out closed leads' }) openOnly?: boolean;
  @Field(() => Float, { nullable: true, description: 'Only leads whose conversion score is at least this probability (0-1)' }) minConversionScore?: number;
}
