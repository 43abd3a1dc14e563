import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { PolicyDraftInput } from './dto/policy-draft.input';
import { PolicyDraftModel, PolicySimulationModel, PolicyVersionModel } from './policy-versions.model';
import { PolicyVersionsService } from './policy-versions.service';

@Resolver()
export class PolicyVersionsResolver {
  constructor(private readonly versions: PolicyVersionsService) {}

  @Roles('SALES_OPS')
  @Query(() => PolicyDraftModel, { description: 'The draft of the classification policy and routing rules, or what is published when there is none.' })
  policyDraft(): Promise<PolicyDraftModel> {
    return this.versions.draft();
  }

  @Roles('SALES_OPS')
  @Query(() => [PolicyVersionModel], { description: 'Published versions, newest first.' })
  policyVersions(@Args('first', { type: () => Int, defaultValue: 50 }) first: number): Promise<PolicyVersionModel[]> {
    return this.versions.versions(first);
  }

  @Roles('SALES_OPS')
  @Query(() => PolicySimulationModel, {
    description: 'Replays the last `days` of leads under the draft and under the published version, side by side. Reads only: no lead, workflow or e-mail is touched.',
  })
  simulatePolicyDraft(
    @Args('days', { type: () => Int, defaultValue: 30 }) days: number,
    @Args('maxChanges', { type: () => Int, defaultValue: 200, description: 'How many changed leads to list (the counts cover them all)' }) maxChanges: number,
  ): Promise<PolicySimulationModel> {
    return this.versions.simulate(days, maxChanges);
  }

  @Roles('SALES_OPS')
  @Mutation(() => PolicyDraftModel, { description: 'Saves the whole draft (policy and rules); nothing goes live until it is published.' })
  savePolicyDraft(@CurrentUser() user: AuthUser, @Args('input') input: PolicyDraftInput): Promise<PolicyDraftModel> {
    return this.versions.saveDraft(user, input);
  }

  @Roles('SALES_OPS')
  @Mutation(() => Boolean, { description: 'Drops the draft; true when there was one.' })
  discardPolicyDraft(): Promise<boolean> {
    return this.versions.discardDraft();
  }

  @Roles('SALES_OPS')
  @Mutation(() => PolicyVersionModel, { description: 'Makes the draft the new published version (audited); new leads are decided under it.' })
  publishPolicyDraft(@CurrentUser() user: AuthUser, @Args('note', { nullable: true }) note?: string): Promise<PolicyVersionModel> {
    return this.versions.publish(user, note ?? null);
  }

  @Roles('SALES_OPS')
  @Mutation(() => PolicyVersionModel, { description: 'Publishes an earlier version again, as a new version (audited).' })
  restorePolicyVersion(@CurrentUser() user: AuthUser, @Args('version', { type: () => Int }) version: number): Promise<PolicyVersionModel> {
    return this.versions.restore(user, version);
  }
}
