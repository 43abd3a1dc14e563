import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { SlaSettingsInput } from './dto/sla-settings.input';
import { SlaSettingsModel } from './sla.model';
import { SlaService } from './sla.service';

@Resolver(() => SlaSettingsModel)
export class SlaResolver {
  constructor(private readonly sla: SlaService) {}

  @Roles('SALES_OPS', 'MANAGER')
  @Query(() => SlaSettingsModel)
  slaSettings(): Promise<SlaSettingsModel> {
    return this.sla.get();
  }

  @Roles('SALES_OPS')
  @Mutation(() => SlaSettingsModel, { description: 'Changes SLA minutes, business hours and the escalation chain; leads classified from now on use them.' })
  updateSlaSettings(@CurrentUser() user: AuthUser, @Args('input') input: SlaSettingsInput): Promise<SlaSettingsModel> {
    return this.sla.update(user, input);
  }
}
