import { Args, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { UserAccessStore, UserStore } from '@leadops/persistence';
import { AuditService } from '../audit/audit.service';
import { LeadOpsError } from '../core/errors';
import { FieldErrors, isUuid } from '../input-checks/field-errors';
import { RepReroutes } from '../routing/rep-reroutes';
import { CurrentUser, Roles } from './auth.decorators';
import { AuthService, hashPassword } from './auth.service';
import type { AuthUser } from './auth.types';
import { UserModel, UserRoleEnum, UsersService } from './users.service';

@InputType()
export class UserAccessInput {
  @Field({ nullable: true, description: 'false: the user can no longer log in, and every token of theirs stops working' }) active?: boolean;
  @Field(() => UserRoleEnum, { nullable: true }) role?: UserRoleEnum;
}

/**
 * Sales ops decide who may use LeadOps and as what. Each change ends the user's sessions at once (their tokens and
 * live streams stop working: see migration 014) and is written to the audit log.
 */
@Resolver()
export class UserAccessResolver {
  constructor(
    private readonly access: UserAccessStore,
    private readonly people: UserStore,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly reroutes: RepReroutes,
  ) {}

  @Roles('SALES_OPS')
  @Mutation(() => UserModel, { description: 'Activates or deactivates a user, or changes their role; their sessions end.' })
  async setUserAccess(@CurrentUser() actor: AuthUser, @Args('id', { type: () => ID }) id: string, @Args('input') input: UserAccessInput): Promise<UserModel> {
    const errors = new FieldErrors();
    if (!isUuid(id)) errors.add('id', 'is not a user id');
    if (input.active === undefined && input.role === undefined) errors.add('input', 'give active, role or both');
    // Sales ops cannot lock themselves out (another sales ops can).
    if (id === actor.id && (input.active === false || (input.role !== undefined && input.role !== UserRoleEnum.SALES_OPS))) {
      errors.add(input.active === false ? 'active' : 'role', 'cannot be taken from yourself: ask another sales ops');
    }
    errors.throwIfAny();
    return this.change(actor, id, { active: input.active, role: input.role }, 'ACCESS');
  }

  @Roles('SALES_OPS')
  @Mutation(() => UserModel, { description: "Sets a new password for a user (who forgot theirs, or whose account was exposed); their sessions end." })
  async resetUserPassword(@CurrentUser() actor: AuthUser, @Args('id', { type: () => ID }) id: string, @Args('password') password: string): Promise<UserModel> {
    const errors = new FieldErrors();
    if (!isUuid(id)) errors.add('id', 'is not a user id');
    if (typeof password !== 'string' || password.length < 10) errors.add('password', 'at least 10 characters');
    else if (password.length > 200) errors.add('password', 'at most 200 characters');
    errors.throwIfAny();
    return this.change(actor, id, { passwordHash: await hashPassword(password) }, 'PASSWORD_RESET');
  }

  private async change(actor: AuthUser, id: string, change: Parameters<UserAccessStore['change']>[1], action: 'ACCESS' | 'PASSWORD_RESET'): Promise<UserModel> {
    const changed = await this.people.transaction(async (tx) => {
      const result = await this.access.change(id, change, tx);
      if (!result) return null;
      // The password itself (even hashed) never goes to the audit log: only that it changed.
      const { sessionVersion: _b, ...before } = result.before;
      const { sessionVersion: _a, ...after } = result.after;
      await this.audit.record({ actorId: actor.id, entity: 'user', entityId: id, action, before, after: { ...after, ...(change.passwordHash ? { password: 'changed' } : {}) } }, tx);
      return result;
    });
    if (!changed) throw new LeadOpsError('NOT_FOUND', 'No such user');
    this.auth.forgetSession(id);
    // A rep deactivated here hands their uncontacted leads back to routing.
    const rep = change.active === false ? await this.people.rep(id) : null;
    if (rep) await this.reroutes.afterChange(rep, actor.id);
    return (await this.users.byId(id))!;
  }
}
