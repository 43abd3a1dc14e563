import { Injectable } from '@nestjs/common';
import { Field, ID, ObjectType, Int, registerEnumType } from '@nestjs/graphql';
import { UserStore } from '@leadops/persistence';

export enum UserRoleEnum {
  SALES_OPS = 'SALES_OPS',
  MANAGER = 'MANAGER',
  REP = 'REP',
}
registerEnumType(UserRoleEnum, { name: 'UserRole' });

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => UserRoleEnum) role!: UserRoleEnum;
  @Field(() => ID, { nullable: true }) teamId!: string | null;
  @Field() active!: boolean;
  @Field(() => Int) capacity!: number;
  @Field({ description: 'What they read LeadOps and their e-mails in: en, es or pt-BR' }) language!: string;
  @Field(() => Int, { nullable: true }) openLeads?: number | null;
}

type OwnerWaiter = { resolve: (u: UserModel | null) => void; reject: (e: unknown) => void };

@Injectable()
export class UsersService {
  constructor(private readonly people: UserStore) {}

  async byId(id: string): Promise<UserModel | null> {
    return (await this.people.user(id)) as UserModel | null;
  }

  private pending: Map<string, OwnerWaiter[]> | null = null;

  /** Look-ups asked in the same tick go out as one query: a page of 50 leads costs one owner query, not 50. */
  byIdBatched(id: string): Promise<UserModel | null> {
    return new Promise((resolve, reject) => {
      if (!this.pending) {
        const batch = new Map<string, OwnerWaiter[]>();
        this.pending = batch;
        process.nextTick(() => {
          this.pending = null;
          this.byIds([...batch.keys()]).then(
            (found) => batch.forEach((waiters, key) => waiters.forEach((w) => w.resolve(found.get(key) ?? null))),
            (error) => batch.forEach((waiters) => waiters.forEach((w) => w.reject(error))),
          );
        });
      }
      const waiters = this.pending.get(id) ?? [];
      waiters.push({ resolve, reject });
      this.pending.set(id, waiters);
    });
  }

  async byIds(ids: string[]): Promise<Map<string, UserModel>> {
    if (ids.length === 0) return new Map();
    const rows = (await this.people.usersByIds(ids)) as UserModel[];
    return new Map(rows.map((r) => [r.id, r]));
  }
}
