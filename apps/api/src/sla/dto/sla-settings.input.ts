import { Field, InputType, Int } from '@nestjs/graphql';
import { OpeningHoursInput } from '../opening-hours';
import { EscalationActionEnum } from '../sla.model';

@InputType()
export class SlaMinutesInput {
  @Field(() => Int) P1!: number;
  @Field(() => Int) P2!: number;
  @Field(() => Int) P3!: number;
}

@InputType()
export class BusinessCalendarInput {
  @Field() timeZone!: string;
  @Field(() => [OpeningHoursInput]) hours!: OpeningHoursInput[];
  @Field(() => [String], { nullable: true }) holidays?: string[] | null;
}

@InputType()
export class EscalationStepInput {
  @Field(() => EscalationActionEnum) action!: string;
  @Field(() => Int) afterMinutes!: number;
}

/** Only the parts given change. */
@InputType()
export class SlaSettingsInput {
  @Field(() => SlaMinutesInput, { nullable: true }) minutesByPriority?: SlaMinutesInput | null;
  @Field(() => Boolean, { nullable: true }) businessHoursOnly?: boolean | null;
  @Field(() => BusinessCalendarInput, { nullable: true }) businessCalendar?: BusinessCalendarInput | null;
  @Field(() => [EscalationStepInput], { nullable: true }) escalationChain?: EscalationStepInput[] | null;
}
