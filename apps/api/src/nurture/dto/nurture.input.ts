import { Field, InputType, Int } from '@nestjs/graphql';

@InputType()
export class NurtureStepInput {
  @Field() templateKey!: string;
  @Field(() => Int) waitDays!: number;
}

@InputType()
export class NurtureSequenceInput {
  @Field() businessDaysOnly!: boolean;
  @Field(() => [NurtureStepInput]) steps!: NurtureStepInput[];
}

@InputType()
export class LocalizedTextInput {
  @Field() es!: string;
  @Field() en!: string;
  @Field() pt!: string;
}

@InputType()
export class EmailTemplateInput {
  @Field(() => LocalizedTextInput) subject!: LocalizedTextInput;
  @Field(() => LocalizedTextInput) body!: LocalizedTextInput;
}
