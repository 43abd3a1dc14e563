import { Module } from '@nestjs/common';
import { RepsResolver } from './reps.resolver';
import { RepReroutes } from './rep-reroutes';
import { RepsService } from './reps.service';
import { RoutingRulesResolver } from './routing-rules.resolver';
import { RoutingRulesService } from './routing-rules.service';

/** Who gets which lead: routing rules, reps, teams and accounts. */
@Module({ providers: [RoutingRulesService, RoutingRulesResolver, RepsService, RepsResolver, RepReroutes], exports: [RoutingRulesService] })
export class RoutingModule {}
