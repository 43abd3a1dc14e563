import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('NurtureStep')
export class NurtureStepModel {
  @Field() templateKey!: string;
  @Field(() => Int, { description: 'Days to wait before this step (after the previous one)' }) waitDays!: number;
}

@ObjectType('NurtureSequence', { description: 'The e-mails a NURTURE lead receives, in order.' })
export class NurtureSequenceModel {
  @Field() businessDaysOnly!: boolean;
  @Field(() => [NurtureStepModel]) steps!: NurtureStepModel[];
}

@ObjectType('LocalizedText', { description: 'One text per lead language' })
export class LocalizedTextModel {
  @Field() es!: string;
  @Field() en!: string;
  @Field() pt!: string;
}

@ObjectType('EmailTemplate', { description: 'Placeholders: {{firstName}}, {{company}}, {{seller}}' })
export class EmailTemplateModel {
  @Field() key!: string;
  @Field(() => LocalizedTextModel) subject!: LocalizedTextModel;
  @Field(() => LocalizedTextModel) body!: LocalizedTextModel;
}
