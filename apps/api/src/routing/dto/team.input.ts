import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class TeamInput {
  @Field() name!: string;
  @Field({ nullable: true, defaultValue: 'America/Mexico_City' }) timeZone?: string;
}
