import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CANDIDATE_OUTCOMES } from '@leadops/domain';
import { JSONScalar } from '../audit/json.scalar';
import { RoutingStrategyEnum } from '../routing/routing.model';

// The GraphQL enum is the domain's list, never a copy.
export const RoutingCandidateOutcomeEnum = Object.fromEntries(CANDIDATE_OUTCOMES.map((s) => [s, s])) as { [K in (typeof CANDIDATE_OUTCOMES)[number]]: K };
registerEnumType(RoutingCandidateOutcomeEnum, { name: 'RoutingCandidateOutcome' });

@ObjectType('RoutingDecisionRule', { description: 'The rule that matched; id null for the default round-robin (no rule matched) and for a hand-over by a person' })
export class RoutingDecisionRuleModel {
  @Field(() => ID, { nullable: true }) id!: string | null;
  @Field() name!: string;
}

@ObjectType('RoutingCandidate', { description: 'One rep the rule considered, and why they were or were not chosen' })
export class RoutingCandidateModel {
  @Field(() => ID) repId!: string;
  @Field() repName!: string;
  @Field(() => RoutingCandidateOutcomeEnum) outcome!: string;
  @Field({ description: 'In English; the console words it from outcome and params in the reader\'s language' }) reason!: string;
  @Field(() => JSONScalar, { description: 'The figures behind the reason ({ openLeads, capacity }, { until }, { timeZone, localTime }, { weight, totalWeight }); empty for other reps\' entries when a rep reads' })
  params!: Record<string, string | number>;
}

@ObjectType('RoutingDecision', { description: 'Why the lead went where it did (its latest routing)' })
export class RoutingDecisionModel {
  @Field(() => RoutingDecisionRuleModel) rule!: RoutingDecisionRuleModel;
  @Field(() => RoutingStrategyEnum) strategy!: string;
  @Field({ description: 'false: nobody was available, the lead waits in the fallback queue' }) assigned!: boolean;
  @Field(() => [RoutingCandidateModel]) candidates!: RoutingCandidateModel[];
  @Field() decidedAt!: Date;
  @Field(() => String, { nullable: true, description: 'Why routing ran again, when it did: "re-routed: María is inactive", an escalation' }) cause!: string | null;
}
