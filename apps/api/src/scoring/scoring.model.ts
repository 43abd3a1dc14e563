import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ConversionScoreState {
  SCORED = 'SCORED',
  NOT_ENOUGH_OUTCOMES = 'NOT_ENOUGH_OUTCOMES',
  NOT_SCORED = 'NOT_SCORED',
}
registerEnumType(ConversionScoreState, {
  name: 'ConversionScoreState',
  description: 'SCORED: the lead has a probability; NOT_ENOUGH_OUTCOMES: no model yet, too few closed leads; NOT_SCORED: a model exists but has not scored this lead yet',
});

@ObjectType('ScoreFactor')
export class ScoreFactorModel {
  @Field({ description: 'Feature code (e.g. "seniority:C_LEVEL", "fitScore", "industry:OTHER"); the console translates it' }) feature!: string;
  @Field(() => Float, { description: 'Contribution to the log-odds against the average lead; positive raises the probability' }) weight!: number;
}

@ObjectType('ConversionScore')
export class ConversionScoreModel {
  @Field(() => ConversionScoreState) state!: ConversionScoreState;
  @Field(() => Float, { nullable: true, description: 'P(converted), 0-1; null unless SCORED' }) probability!: number | null;
  @Field(() => Int, { nullable: true }) modelVersion!: number | null;
  @Field(() => [ScoreFactorModel], { description: 'The features that moved this lead\'s score most, strongest first' }) factors!: ScoreFactorModel[];
  @Field(() => Int, { description: 'Closed leads the model was trained on; when NOT_ENOUGH_OUTCOMES, the closed leads so far' }) closedLeads!: number;
  @Field(() => Int) minClosedLeads!: number;
  @Field(() => String, { nullable: true, description: '"not enough outcomes yet (n of 200)" when NOT_ENOUGH_OUTCOMES' }) message!: string | null;
  @Field(() => Date, { nullable: true }) trainedAt!: Date | null;
  @Field(() => Date, { nullable: true }) scoredAt!: Date | null;
}

@ObjectType('CalibrationBin')
export class CalibrationBinModel {
  @Field(() => Float) from!: number;
  @Field(() => Float) to!: number;
  @Field(() => Int) count!: number;
  @Field(() => Float) meanPredicted!: number;
  @Field(() => Float) observedRate!: number;
}

@ObjectType('ScoreBand')
export class ScoreBandModel {
  @Field({ description: 'e.g. "20-40" (percent)' }) band!: string;
  @Field(() => Int, { description: 'Closed leads scored in this band (held-out leads for a model)' }) leads!: number;
  @Field(() => Int) converted!: number;
  @Field(() => Float, { nullable: true, description: 'converted / leads; null when no lead' }) conversionRate!: number | null;
}

@ObjectType('ScoringModel')
export class ScoringModelModel {
  @Field(() => Int) version!: number;
  @Field(() => Float, { description: 'Held-out AUC' }) auc!: number;
  @Field(() => Float, { description: 'Held-out Brier score' }) brier!: number;
  @Field(() => Float, { description: 'Held-out expected calibration error' }) ece!: number;
  @Field(() => Int) closedLeads!: number;
  @Field(() => Int) trainLeads!: number;
  @Field(() => Int) heldOutLeads!: number;
  @Field(() => Int) trainingMs!: number;
  @Field(() => Date) trainedAt!: Date;
  @Field() promoted!: boolean;
  @Field(() => Date, { nullable: true }) promotedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the promotion step refused it' }) refusal!: string | null;
  @Field(() => [CalibrationBinModel], { description: 'Held-out calibration, ten bins of predicted probability' }) calibration!: CalibrationBinModel[];
  @Field(() => [ScoreBandModel], { description: 'Conversion rate by score band on the held-out leads (what the model promises before live outcomes come in)' })
  heldOutScoreBands!: ScoreBandModel[];
}

@ObjectType('ScoringStatus')
export class ScoringStatusModel {
  @Field(() => Int) closedLeads!: number;
  @Field(() => Int) minClosedLeads!: number;
  @Field(() => String, { nullable: true, description: '"not enough outcomes yet (n of 200)" below the minimum' }) message!: string | null;
  @Field(() => ScoringModelModel, { nullable: true }) promoted!: ScoringModelModel | null;
  @Field({ description: 'The company setting: within a priority, a rep\'s queue is ordered by score (the score never changes the stage)' }) orderQueueByScore!: boolean;
}

@ObjectType('ScoringTrainingRun')
export class ScoringTrainingRunModel {
  @Field({ description: 'The Temporal workflow id of the run' }) workflowId!: string;
}
