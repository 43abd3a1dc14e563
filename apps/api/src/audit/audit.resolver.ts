import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuditRecord } from '@leadops/persistence';
import { Roles } from '../auth/auth.decorators';
import { UserModel, UsersService } from '../auth/users.service';
import { AuditEntryModel } from './audit.model';
import { AuditService } from './audit.service';

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly users: UsersService,
  ) {}

  @Roles('SALES_OPS')
  @Query(() => [AuditEntryModel], { description: 'Changes to one configured thing (or to every one of that kind), newest first.' })
  auditLog(
    @Args('entity') entity: string,
    @Args('entityId', { type: () => String, nullable: true }) entityId?: string | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<AuditRecord[]> {
    return this.audit.list(entity, entityId ?? null, first ?? 100);
  }

  @ResolveField(() => UserModel, { nullable: true })
  actor(@Parent() entry: AuditRecord): Promise<UserModel | null> {
    return entry.actorId ? this.users.byId(entry.actorId) : Promise.resolve(null);
  }
}
