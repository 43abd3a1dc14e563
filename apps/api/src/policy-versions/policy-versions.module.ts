import { Module } from '@nestjs/common';
import { RoutingModule } from '../routing/routing.module';
import { PolicyVersionsResolver } from './policy-versions.resolver';
import { PolicyVersionsService } from './policy-versions.service';

/** Drafts of the classification policy and routing rules: simulate, publish, restore. */
@Module({ imports: [RoutingModule], providers: [PolicyVersionsService, PolicyVersionsResolver] })
export class PolicyVersionsModule {}
