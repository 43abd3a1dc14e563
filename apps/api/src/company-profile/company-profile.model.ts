import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** The seller's "Company Info" screen, one saved version of it. */
@ObjectType('CompanyProfile')
export class CompanyProfileModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field() companyName!: string;
  @Field() shortDescription!: string;
  @Field(() => [String]) mainServices!: string[];
  @Field() targetAudience!: string;
  @Field(() => [String]) targetIndustries!: string[];
  @Field(() => [String]) targetCountries!: string[];
  @Field(() => [String]) excludedIndustries!: string[];
  @Field(() => [String]) competitorDomains!: string[];
  @Field(() => [String]) buyerAreas!: string[];
  @Field(() => ID, { nullable: true }) createdById!: string | null;
  @Field() createdAt!: Date;
}
