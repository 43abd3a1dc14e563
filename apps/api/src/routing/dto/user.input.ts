import { Field, ID, InputType } from '@nestjs/graphql';
import { UserRoleEnum } from '../../auth/users.service';

@InputType()
export class UserInput {
  @Field() email!: string;
  @Field() displayName!: string;
  @Field({ description: 'At least 10 characters' }) password!: string;
  @Field(() => UserRoleEnum) role!: UserRoleEnum;
  @Field(() => ID, { nullable: true, description: 'Required for managers and reps' }) teamId?: string | null;
  @Field(() => String, { nullable: true, description: 'en (default), es or pt-BR: the e-mails to the user are written in it' }) language?: string | null;
}
