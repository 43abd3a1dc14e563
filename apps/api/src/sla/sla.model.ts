import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { EscalationAction } from '@leadops/domain';
import { OpeningHoursModel } from './opening-hours';

// The domain exports the escalation actions as a type only; `satisfies` keeps this list in step with it.
export const ESCALATION_ACTIONS = ['REMIND_OWNER', 'NOTIFY_MANAGER', 'REASSIGN', 'MARK_BREACHED'] as const satisfies readonly EscalationAction[];
type MissingAction = Exclude<EscalationAction, (typeof ESCALATION_ACTIONS)[number]>;
const everyActionListed: [MissingAction] extends [never] ? true : never = true;
export const EscalationActionEnum = Object.fromEntries(ESCALATION_ACTIONS.map((a) => [a, a])) as { [K in EscalationAction]: K };
registerEnumType(EscalationActionEnum, { name: 'EscalationAction' });
void everyActionListed;

@ObjectType('SlaMinutesByPriority', { description: 'Minutes to first response; P4 leads have no SLA (nurture or nothing).' })
export class SlaMinutesModel {
  @Field(() => Int) P1!: number;
  @Field(() => Int) P2!: number;
  @Field(() => Int) P3!: number;
}

@ObjectType('BusinessCalendar')
export class BusinessCalendarModel {
  @Field() timeZone!: string;
  @Field(() => [OpeningHoursModel]) hours!: OpeningHoursModel[];
  @Field(() => [String], { description: 'Local dates YYYY-MM-DD off work' }) holidays!: string[];
}

@ObjectType('EscalationStep')
export class EscalationStepModel {
  @Field(() => EscalationActionEnum) action!: string;
  @Field(() => Int, { description: 'Minutes after the previous step (the first: after the breach)' }) afterMinutes!: number;
}

@ObjectType('SlaSettings')
export class SlaSettingsModel {
  @Field(() => SlaMinutesModel) minutesByPriority!: SlaMinutesModel;
  @Field({ description: 'Count only the calendar\'s working minutes' }) businessHoursOnly!: boolean;
  @Field(() => BusinessCalendarModel) businessCalendar!: BusinessCalendarModel;
  @Field(() => [EscalationStepModel]) escalationChain!: EscalationStepModel[];
}
