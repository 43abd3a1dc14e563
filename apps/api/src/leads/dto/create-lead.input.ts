import { Field, InputType, Int } from '@nestjs/graphql';

/** The brief's "+ Add Lead" form, plus source and company size. Checked again by the domain's validateLeadInput. */
@InputType()
export class CreateLeadInput {
  @Field() fullName!: string;
  @Field() email!: string;
  @Field(() => String, { nullable: true }) jobPosition?: string | null;
  @Field(() => String, { nullable: true }) companyName?: string | null;
  @Field(() => String, { nullable: true }) industry?: string | null;
  @Field(() => String, { nullable: true }) location?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => Int, { nullable: true }) age?: number | null;
  @Field(() => String, { nullable: true }) gender?: string | null;
  @Field(() => String, { nullable: true }) notifyEmail?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) source?: string | null;
  @Field(() => Int, { nullable: true }) companySize?: number | null;
}
