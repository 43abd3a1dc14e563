import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { RoutingRuleInput } from './dto/routing-rule.input';
import { RoutingRuleModel } from './routing.model';
import { RoutingRulesService } from './routing-rules.service';

@Resolver(() => RoutingRuleModel)
export class RoutingRulesResolver {
  constructor(private readonly rules: RoutingRulesService) {}

  @Roles('SALES_OPS', 'MANAGER')
  @Query(() => [RoutingRuleModel], { description: 'Routing rules in the order they are tried.' })
  routingRules(): Promise<RoutingRuleModel[]> {
    return this.rules.list();
  }

  @Roles('SALES_OPS')
  @Mutation(() => RoutingRuleModel, { description: 'Adds a rule at the end of the list.' })
  createRoutingRule(@CurrentUser() user: AuthUser, @Args('input') input: RoutingRuleInput): Promise<RoutingRuleModel> {
    return this.rules.create(user, input);
  }

  @Roles('SALES_OPS')
  @Mutation(() => RoutingRuleModel)
  updateRoutingRule(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string, @Args('input') input: RoutingRuleInput): Promise<RoutingRuleModel> {
    return this.rules.update(user, id, input);
  }

  @Roles('SALES_OPS')
  @Mutation(() => Boolean)
  deleteRoutingRule(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.rules.delete(user, id);
  }

  @Roles('SALES_OPS')
  @Mutation(() => [RoutingRuleModel], { description: 'Sets the order rules are tried in: list every rule id once.' })
  reorderRoutingRules(@CurrentUser() user: AuthUser, @Args('ids', { type: () => [ID] }) ids: string[]): Promise<RoutingRuleModel[]> {
    return this.rules.reorder(user, ids);
  }
}
