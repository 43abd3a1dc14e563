import { Args, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { RoutingStore, SettingsStore, type LeadEntity, type StoredClassification } from '@leadops/persistence';
import type { LeadOutcomeKind } from '@leadops/workflows';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { UserModel, UsersService } from '../auth/users.service';
import { CreateLeadInput } from './dto/create-lead.input';
import { LeadFilterInput, LeadSortField } from './dto/lead-filter.input';
import { ClassificationModel, LeadConnection, LeadIntentModel, LeadModel, LeadWorkflowStateModel, OutcomeEnum, TimelineEventModel } from './lead.model';
import { LeadService, type LeadPage } from './lead.service';
import { routingDecisionFor } from './routing-decision';
import { RoutingDecisionModel } from './routing-decision.model';

/** Whether the query selects `field` at the top of this resolver's result (no fragments in our console's queries). */
function asksFor(info: GraphQLResolveInfo | undefined, field: string): boolean {
  if (!info) return true;
  return info.fieldNodes.some((node) =>
    node.selectionSet?.selections.some((s) => (s.kind === 'Field' && s.name.value === field) || s.kind !== 'Field') ?? false,
  );
}

function connection(page: LeadPage): LeadConnection {
  return {
    nodes: page.nodes as never, pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    totalCount: page.totalCount, totalCountCapped: page.totalCountCapped,
  };
}

@Resolver(() => LeadModel)
export class LeadResolver {
  /** The latest classification, read once per lead object of a request however many of its fields the query asks. */
  private readonly classificationOf = new WeakMap<LeadEntity, Promise<StoredClassification | null>>();

  constructor(
    private readonly leadService: LeadService,
    private readonly users: UsersService,
    private readonly routing: RoutingStore,
    private readonly settings: SettingsStore,
  ) {}

  private latestClassification(lead: LeadEntity): Promise<StoredClassification | null> {
    let read = this.classificationOf.get(lead);
    if (!read) this.classificationOf.set(lead, (read = this.leadService.classification(lead.id)));
    return read;
  }

  @Mutation(() => LeadModel, { description: 'Stores a lead and starts its workflow (classify, assign, SLA).' })
  async createLead(@CurrentUser() user: AuthUser, @Args('input') input: CreateLeadInput): Promise<LeadEntity> {
    return (await this.leadService.create(input, { actor: user })).lead;
  }

  @Query(() => LeadModel)
  lead(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<LeadEntity> {
    return this.leadService.getVisible(user, id);
  }

  @Query(() => LeadConnection, { description: 'Leads the caller may see, filtered, sorted, keyset-paginated.' })
  async leads(
    @CurrentUser() user: AuthUser,
    @Args('filter', { nullable: true }) filter?: LeadFilterInput,
    @Args('sort', { type: () => LeadSortField, nullable: true }) sort?: LeadSortField,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<LeadConnection> {
    const page = await this.leadService.list(user, filter ?? {}, sort ?? LeadSortField.CREATED_AT, first ?? 25, after, asksFor(info, 'totalCount') || asksFor(info, 'totalCountCapped'));
    return connection(page);
  }

  @Query(() => LeadConnection, {
    description: "The caller's open leads (reps' queue): by SLA due time, or by priority then conversion score when sales ops set orderQueueByScore.",
  })
  async myQueue(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<LeadConnection> {
    const byScore = (await this.settings.get('orderQueueByScore')) === true;
    const page = await this.leadService.list(user, { openOnly: true, ownerId: user.id }, byScore ? 'QUEUE_BY_SCORE' : LeadSortField.SLA_DUE_AT, first ?? 50, after, asksFor(info, 'totalCount') || asksFor(info, 'totalCountCapped'));
    return connection(page);
  }

  @Mutation(() => LeadModel, { description: 'Logs the first contact: stops the SLA clock.' })
  markContacted(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.leadService.markContacted(user, id);
  }

  @Mutation(() => LeadModel)
  closeLead(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('outcome', { type: () => OutcomeEnum }) outcome: LeadOutcomeKind,
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
  ) {
    return this.leadService.close(user, id, outcome, reason ?? null);
  }

  @Roles('MANAGER', 'SALES_OPS')
  @Mutation(() => LeadModel, { description: 'Gives the lead to another rep (or, without toUserId, to the next one by routing).' })
  reassign(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string, @Args('toUserId', { type: () => ID, nullable: true }) toUserId?: string) {
    return this.leadService.reassign(user, id, toUserId ?? null);
  }

  @Roles('MANAGER', 'SALES_OPS')
  @Mutation(() => LeadModel)
  reclassify(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.leadService.reclassify(user, id);
  }

  @Mutation(() => LeadModel)
  addNote(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string, @Args('text') text: string) {
    return this.leadService.addNote(user, id, text);
  }

  @ResolveField(() => UserModel, { nullable: true })
  async owner(@Parent() lead: LeadEntity): Promise<UserModel | null> {
    return lead.ownerId ? this.users.byIdBatched(lead.ownerId) : null;
  }

  @ResolveField(() => ClassificationModel, { nullable: true })
  classification(@Parent() lead: LeadEntity) {
    return this.latestClassification(lead);
  }

  /** Like classification: whoever may read the lead reads it (the lead itself is only reached through the visibility checks). */
  @ResolveField(() => LeadIntentModel, { nullable: true })
  async intent(@Parent() lead: LeadEntity): Promise<LeadIntentModel | null> {
    const intent = (await this.latestClassification(lead))?.intent;
    return intent ? { kind: intent.kind, evidence: intent.evidence ?? [] } : null;
  }

  /**
   * Read like the lead (it is only reached through the visibility checks: a rep their own leads); what a rep reads of
   * the other reps considered is trimmed to name and outcome (routingDecisionFor says why).
   */
  @ResolveField(() => RoutingDecisionModel, { nullable: true, description: 'Why the lead went where it did: the rule, the strategy and each rep considered; null before routing' })
  async routingDecision(@Parent() lead: LeadEntity, @CurrentUser() user: AuthUser): Promise<RoutingDecisionModel | null> {
    const record = await this.routing.latestDecision(lead.id);
    return record ? routingDecisionFor(user, record) : null;
  }

  @ResolveField(() => [TimelineEventModel])
  timeline(@Parent() lead: LeadEntity) {
    return this.leadService.timeline(lead.id);
  }

  /** Sales ops only: the Temporal UI is an operator's tool, and a link is a map of the internal network. */
  @ResolveField(() => String, { nullable: true })
  temporalUrl(@Parent() lead: LeadEntity, @CurrentUser() user: AuthUser) {
    return user.role === 'SALES_OPS' ? this.leadService.temporalUrl(lead.id) : null;
  }

  @ResolveField(() => LeadWorkflowStateModel, { nullable: true })
  workflowState(@Parent() lead: LeadEntity) {
    return this.leadService.workflowState(lead.id);
  }
}
