import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { OpeningHoursInput } from '../../sla/opening-hours';

@InputType()
export class DateRangeInput {
  @Field({ description: 'First day away, YYYY-MM-DD' }) from!: string;
  @Field({ description: 'Last day away, YYYY-MM-DD' }) to!: string;
}

/** Only the fields given change; workingHours: null means "always available". */
@InputType()
export class RepInput {
  @Field({ nullable: true }) active?: boolean;
  @Field(() => ID, { nullable: true }) teamId?: string;
  @Field(() => Int, { nullable: true }) capacity?: number;
  @Field(() => Int, { nullable: true }) routingWeight?: number;
  @Field(() => [String], { nullable: true }) skills?: string[];
  @Field(() => [String], { nullable: true }) languages?: string[];
  @Field(() => [String], { nullable: true }) territories?: string[];
  @Field({ nullable: true }) timeZone?: string;
  @Field({ nullable: true, description: 'en, es or pt-BR: the e-mails to the rep are written in it' }) language?: string;
  @Field(() => [OpeningHoursInput], { nullable: true }) workingHours?: OpeningHoursInput[] | null;
  @Field(() => [DateRangeInput], { nullable: true }) outOfOffice?: DateRangeInput[];
}
