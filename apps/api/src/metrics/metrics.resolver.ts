import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { MetricsModel, RepSlaBoardModel } from './metrics.model';
import { MetricsService } from './metrics.service';

@Resolver()
export class MetricsResolver {
  constructor(private readonly metricsService: MetricsService) {}

  @Roles('SALES_OPS', 'MANAGER')
  @Query(() => MetricsModel, { description: 'SLA compliance, response times and volumes for leads created in [from, to).' })
  metrics(
    @CurrentUser() user: AuthUser,
    @Args('from', { type: () => Date }) from: Date,
    @Args('to', { type: () => Date }) to: Date,
    @Args('timeZone', { type: () => String, nullable: true, description: 'For the per-day series; default UTC' }) timeZone?: string | null,
  ): Promise<MetricsModel> {
    return this.metricsService.metrics(user, from, to, timeZone ?? 'UTC');
  }

  @Roles('SALES_OPS', 'MANAGER')
  @Query(() => [RepSlaBoardModel], { description: 'Per rep: open leads, breached and about to breach.' })
  slaBoard(@CurrentUser() user: AuthUser): Promise<RepSlaBoardModel[]> {
    return this.metricsService.slaBoard(user);
  }
}
