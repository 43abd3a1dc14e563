import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../auth/users.service';
import { JSONScalar } from './json.scalar';

@ObjectType('AuditEntry', { description: 'One configuration change: who, when, and the value before and after.' })
export class AuditEntryModel {
  @Field(() => ID) id!: string;
  @Field() at!: Date;
  @Field(() => ID, { nullable: true }) actorId!: string | null;
  @Field(() => UserModel, { nullable: true }) actor?: UserModel | null;
  @Field() entity!: string;
  @Field() entityId!: string;
  @Field() action!: string;
  @Field(() => JSONScalar, { nullable: true }) before!: unknown;
  @Field(() => JSONScalar, { nullable: true }) after!: unknown;
}
