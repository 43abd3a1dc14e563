import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JSONScalar } from '../audit/json.scalar';
import { PriorityEnum, StageEnum } from '../leads/lead.model';
import { RoutingConditionsModel, RoutingStrategyEnum } from '../routing/routing.model';

export const PolicyEditionStateEnum = { PUBLISHED: 'PUBLISHED', DRAFT: 'DRAFT' } as const;
registerEnumType(PolicyEditionStateEnum, { name: 'PolicyEditionState', description: 'DRAFT: a draft exists; PUBLISHED: what is shown is what is live.' });

export const PolicyVersionActionEnum = { BASELINE: 'BASELINE', PUBLISH: 'PUBLISH', RESTORE: 'RESTORE' } as const;
registerEnumType(PolicyVersionActionEnum, { name: 'PolicyVersionAction' });

@ObjectType('FitThresholds', { description: 'Minimum fit score (0-100) of each grade; below C is D.' })
export class FitThresholdsModel {
  @Field(() => Int) A!: number;
  @Field(() => Int) B!: number;
  @Field(() => Int) C!: number;
}

@ObjectType('UrgencyThresholds', { description: 'Minimum urgency score (0-100) of each level; below MEDIUM is LOW.' })
export class UrgencyThresholdsModel {
  @Field(() => Int) CRITICAL!: number;
  @Field(() => Int) HIGH!: number;
  @Field(() => Int) MEDIUM!: number;
}

@ObjectType('DataQualityThresholds', { description: 'Minimum data-quality score (0-100) of each label; below REVIEW is POOR.' })
export class DataQualityThresholdsModel {
  @Field(() => Int) GOOD!: number;
  @Field(() => Int) REVIEW!: number;
}

@ObjectType('PolicySlaMinutes', { description: 'Minutes to first response per priority (P4 has none).' })
export class PolicySlaMinutesModel {
  @Field(() => Int) P1!: number;
  @Field(() => Int) P2!: number;
  @Field(() => Int) P3!: number;
}

@ObjectType('ClassificationPolicySettings', { description: 'The numbers and word lists of the classification policy sales ops edit.' })
export class PolicySettingsModel {
  @Field(() => FitThresholdsModel) fit!: FitThresholdsModel;
  @Field(() => UrgencyThresholdsModel) urgency!: UrgencyThresholdsModel;
  @Field(() => DataQualityThresholdsModel) dataQuality!: DataQualityThresholdsModel;
  @Field(() => PolicySlaMinutesModel) slaMinutes!: PolicySlaMinutesModel;
  @Field(() => JSONScalar, { description: 'The word lists in force (urgency, non-buyers, company size...), each per language es / en / pt.' })
  keywords!: unknown;
}

@ObjectType('DraftRoutingRule', { description: 'A routing rule of a draft or a version: tried by position, the first enabled match picks the owner.' })
export class DraftRoutingRuleModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int) position!: number;
  @Field() enabled!: boolean;
  @Field(() => RoutingStrategyEnum) strategy!: string;
  @Field(() => ID, { nullable: true }) teamId!: string | null;
  @Field(() => [ID]) repIds!: string[];
  @Field(() => RoutingConditionsModel) conditions!: RoutingConditionsModel;
}

@ObjectType('PolicyDraft', { description: 'The classification policy and routing rules being edited, or what is published when there is no draft.' })
export class PolicyDraftModel {
  @Field(() => PolicyEditionStateEnum) state!: string;
  @Field(() => Int, { nullable: true, description: 'The published version live now (null before the first publish).' }) publishedVersion!: number | null;
  @Field(() => Int, { nullable: true, description: 'The version the draft started from.' }) basedOnVersion!: number | null;
  @Field(() => Date, { nullable: true }) updatedAt!: Date | null;
  @Field(() => ID, { nullable: true }) updatedBy!: string | null;
  @Field(() => PolicySettingsModel) policy!: PolicySettingsModel;
  @Field(() => [DraftRoutingRuleModel]) routingRules!: DraftRoutingRuleModel[];
}

@ObjectType('PolicyVersion', { description: 'A published version of the classification policy and the routing rules.' })
export class PolicyVersionModel {
  @Field(() => Int) version!: number;
  @Field({ description: 'What classifications decided under this version record as policyVersion (e.g. v1+r7).' }) policyVersion!: string;
  @Field(() => PolicyVersionActionEnum) action!: string;
  @Field(() => Int, { nullable: true }) restoredFrom!: number | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => ID, { nullable: true }) publishedBy!: string | null;
  @Field() publishedAt!: Date;
  @Field() live!: boolean;
  @Field(() => PolicySettingsModel) policy!: PolicySettingsModel;
  @Field(() => [DraftRoutingRuleModel]) routingRules!: DraftRoutingRuleModel[];
}

@ObjectType('SimulatedDecision')
export class SimulatedDecisionModel {
  @Field(() => StageEnum, { nullable: true }) stage!: string | null;
  @Field(() => PriorityEnum, { nullable: true }) priority!: string | null;
  @Field(() => Int, { nullable: true }) slaMinutes!: number | null;
  @Field(() => ID, { nullable: true }) ownerId!: string | null;
  @Field(() => String, { nullable: true }) ownerName!: string | null;
  @Field({ description: 'Left in the fallback queue: no rep available' }) queued!: boolean;
  @Field(() => String, { nullable: true, description: 'The rule and strategy that picked the owner, or why none could' }) routedBy!: string | null;
}

@ObjectType('SimulatedLeadChange', { description: 'One lead whose stage, priority or owner the draft changes, with why in words.' })
export class SimulatedLeadChangeModel {
  @Field(() => ID) leadId!: string;
  @Field() fullName!: string;
  @Field(() => String, { nullable: true }) companyName!: string | null;
  @Field() createdAt!: Date;
  @Field(() => SimulatedDecisionModel, { description: 'What really happened' }) happened!: SimulatedDecisionModel;
  @Field(() => SimulatedDecisionModel, { description: 'The published version, replayed' }) before!: SimulatedDecisionModel;
  @Field(() => SimulatedDecisionModel, { description: 'The draft, replayed' }) after!: SimulatedDecisionModel;
  @Field() stageChanged!: boolean;
  @Field() priorityChanged!: boolean;
  @Field() ownerChanged!: boolean;
  @Field(() => [String]) reasons!: string[];
}

@ObjectType('BeforeAfterCount')
export class BeforeAfterModel {
  @Field(() => Int, { description: 'What really happened' }) happened!: number;
  @Field(() => Int, { description: 'The published version, replayed' }) before!: number;
  @Field(() => Int, { description: 'The draft, replayed' }) after!: number;
}

@ObjectType('SimulatedSqls')
export class SimulatedSqlsModel extends BeforeAfterModel {
  @Field(() => Int, { description: 'SQL under the draft, not under the published version' }) added!: number;
  @Field(() => Int, { description: 'SQL under the published version, not under the draft' }) missed!: number;
}

@ObjectType('SimulatedChangeCounts')
export class SimulatedChangeCountsModel {
  @Field(() => Int) stage!: number;
  @Field(() => Int) priority!: number;
  @Field(() => Int) owner!: number;
  @Field(() => Int) any!: number;
}

@ObjectType('SimulatedRepLoad', { description: 'Leads of the window a rep was given.' })
export class SimulatedRepLoadModel extends BeforeAfterModel {
  @Field(() => ID) repId!: string;
  @Field() displayName!: string;
}

@ObjectType('ReplayFidelity', { description: 'Leads where the published version, replayed, gives what really happened.' })
export class ReplayFidelityModel {
  @Field(() => Int) sameStage!: number;
  @Field(() => Int) sameOwner!: number;
}

@ObjectType('PolicySimulation', { description: 'The draft against the published version over the last days of leads; nothing live is touched.' })
export class PolicySimulationModel {
  @Field(() => Int) days!: number;
  @Field() from!: Date;
  @Field() to!: Date;
  @Field(() => Int) leads!: number;
  @Field(() => Int, { description: 'Leads the model (LLM) had classified: the simulation re-reads them with the rules classifier' }) llmClassifiedLeads!: number;
  @Field(() => ReplayFidelityModel) replayFidelity!: ReplayFidelityModel;
  @Field(() => SimulatedChangeCountsModel) changed!: SimulatedChangeCountsModel;
  @Field(() => SimulatedSqlsModel) sql!: SimulatedSqlsModel;
  @Field(() => BeforeAfterModel, { description: 'Minutes of first-response SLA owed over the window' }) slaMinutesOwed!: BeforeAfterModel;
  @Field(() => BeforeAfterModel) leadsWithSla!: BeforeAfterModel;
  @Field(() => BeforeAfterModel) queued!: BeforeAfterModel;
  @Field(() => [SimulatedRepLoadModel]) repLoad!: SimulatedRepLoadModel[];
  @Field(() => [SimulatedLeadChangeModel], { description: 'The changed leads, oldest first, at most maxChanges' }) changes!: SimulatedLeadChangeModel[];
  @Field(() => Int) durationMs!: number;
  @Field(() => [String], { description: 'What the replay assumes, in words' }) assumptions!: string[];
}
