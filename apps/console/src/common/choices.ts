/** Select choices for the API's enums; names are translation keys react-admin translates. */
import {
  ESCALATION_ACTIONS, GENDERS, LEAD_SOURCES, LEAD_STATUSES, LEVELS, OUTCOMES, PRIORITIES, ROUTING_STRATEGIES, SLA_STATES, STAGES,
} from '../dataProvider/api';

const choicesOf = (group: string, values: readonly string[]) => values.map((id) => ({ id, name: `leadops.${group}.${id}` }));

export const stageChoices = choicesOf('stage', STAGES);
export const priorityChoices = choicesOf('priority', PRIORITIES);
export const statusChoices = choicesOf('status', LEAD_STATUSES);
export const slaStateChoices = choicesOf('sla_state', SLA_STATES);
export const outcomeChoices = choicesOf('outcome', OUTCOMES);
export const sourceChoices = choicesOf('source', LEAD_SOURCES);
export const genderChoices = choicesOf('gender', GENDERS);
export const strategyChoices = choicesOf('strategy', ROUTING_STRATEGIES);
export const levelChoices = choicesOf('level', LEVELS);
export const escalationActionChoices = choicesOf('escalation_action', ESCALATION_ACTIONS);
export const weekdayChoices = [1, 2, 3, 4, 5, 6, 7].map((id) => ({ id, name: `leadops.weekday.${id}` }));
