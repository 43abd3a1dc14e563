import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { LeadEntity } from '@leadops/persistence';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { LeadOpsError } from '../core/errors';
import { canSeeLead } from '../leads/lead.access';
import { LeadModel } from '../leads/lead.model';
import { ConversionScoreModel, ScoreBandModel, ScoringModelModel, ScoringStatusModel, ScoringTrainingRunModel } from './scoring.model';
import { ScoringService } from './scoring.service';

@Resolver(() => LeadModel)
export class LeadConversionScoreResolver {
  constructor(private readonly scoring: ScoringService) {}

  /** Checked again here, not only by the lead's visibility: a rep reads the score of their own leads only. */
  @ResolveField(() => ConversionScoreModel, { nullable: true, description: 'How likely the lead is to convert, by the promoted model; null when the caller may not see the lead' })
  async conversionScore(@Parent() lead: LeadEntity, @CurrentUser() user: AuthUser): Promise<ConversionScoreModel | null> {
    if (!canSeeLead(user, lead)) return null;
    return this.scoring.leadScore(lead);
  }
}

@Resolver()
export class ScoringResolver {
  constructor(private readonly scoring: ScoringService) {}

  @Roles('SALES_OPS', 'MANAGER')
  @Query(() => [ScoringModelModel], { description: 'Trained conversion models, newest first, with their held-out figures and calibration.' })
  scoringModels(@Args('first', { type: () => Int, defaultValue: 50 }) first: number): Promise<ScoringModelModel[]> {
    return this.scoring.scoringModels(first);
  }

  @Query(() => ScoringStatusModel, { description: 'Closed leads so far, the minimum to train, the promoted model and the queue-order setting.' })
  scoringStatus(): Promise<ScoringStatusModel> {
    return this.scoring.status();
  }

  @Roles('SALES_OPS', 'MANAGER')
  @Query(() => [ScoreBandModel], { description: 'How often closed leads converted, by band of their score.' })
  conversionByScoreBand(): Promise<ScoreBandModel[]> {
    return this.scoring.conversionByBand();
  }

  @Roles('SALES_OPS')
  @Mutation(() => ScoringTrainingRunModel, { description: 'Trains a model now (the nightly Schedule does too); promoted only if the promotion rule allows.' })
  trainScoringModel(@CurrentUser() user: AuthUser): Promise<ScoringTrainingRunModel> {
    return this.scoring.train(user);
  }

  @Roles('SALES_OPS')
  @Mutation(() => ScoringModelModel, { description: 'Promotes an earlier model again (default: the one promoted before the current one); open leads are re-scored.' })
  rollbackScoringModel(@CurrentUser() user: AuthUser, @Args('version', { type: () => Int, nullable: true }) version?: number | null): Promise<ScoringModelModel> {
    return this.scoring.rollback(user, version ?? null);
  }

  @Roles('SALES_OPS')
  @Mutation(() => Boolean, { description: 'Company setting: order each rep\'s queue by score within a priority (the score never changes the stage).' })
  setOrderQueueByScore(@CurrentUser() user: AuthUser, @Args('enabled') enabled: boolean): Promise<boolean> {
    if (typeof enabled !== 'boolean') throw LeadOpsError.badInput([{ field: 'enabled', message: 'must be true or false' }]);
    return this.scoring.setOrderQueueByScore(user, enabled);
  }
}
