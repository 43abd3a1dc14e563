import { Field, InputType } from '@nestjs/graphql';

/** What sales ops type in "Edit Company Information"; the structured hints are optional. */
@InputType()
export class CompanyProfileInput {
  @Field() companyName!: string;
  @Field() shortDescription!: string;
  @Field(() => [String]) mainServices!: string[];
  @Field() targetAudience!: string;
  @Field(() => [String], { nullable: true }) targetIndustries?: string[] | null;
  @Field(() => [String], { nullable: true }) targetCountries?: string[] | null;
  @Field(() => [String], { nullable: true }) excludedIndustries?: string[] | null;
  @Field(() => [String], { nullable: true }) competitorDomains?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Areas whose managers buy what the seller sells (policy.md s1)' }) buyerAreas?: string[] | null;
}
