import type { TranslateFunction } from 'react-admin';
import type { RoutingCandidate, RoutingDecision } from '../../dataProvider/api';

type Translate = TranslateFunction;

/** Outcomes whose figures (params) the reason can quote: `leadops.routing_reason.<outcome>`. */
export const WITH_FIGURES = new Set(['AT_CAPACITY', 'OUT_OF_OFFICE', 'OFF_HOURS', 'LOWER_WEIGHT', 'MORE_LOADED', 'NO_TERRITORY', 'NO_SKILL']);

/**
 * A rep's outcome in the console's language: with its figures when the API gave them (managers, sales ops, the rep's own
 * entry), else the outcome alone (a colleague, as a rep reads it).
 */
export function candidateReason(t: Translate, c: Pick<RoutingCandidate, 'outcome' | 'params'>): string {
  const params = (c.params ?? {}) as Record<string, string | number>;
  if (WITH_FIGURES.has(c.outcome) && Object.keys(params).length > 0) return t(`leadops.routing_reason.${c.outcome}`, params);
  return t(`leadops.routing_outcome.${c.outcome}`);
}

/** The API's cause is English ("re-routed: María is inactive"); the known ones are worded in the console's language. */
export function causeText(t: Translate, cause: string): string {
  const inactive = /^re-routed: (.+) is inactive$/.exec(cause);
  if (inactive) return t('leadops.overview.routing_cause_inactive', { name: inactive[1] });
  const away = /^re-routed: (.+) is out of office until (\S+)$/.exec(cause);
  if (away) return t('leadops.overview.routing_cause_away', { name: away[1], until: away[2] });
  const escalation = /^escalation (\d+): the SLA ran out with (.+)$/.exec(cause);
  if (escalation) return t('leadops.overview.routing_cause_escalation', { level: escalation[1], name: escalation[2] });
  return cause;
}

export function ruleName(t: Translate, rule: RoutingDecision['rule']): string {
  if (rule.id) return rule.name;
  return rule.name === 'manual reassignment' ? t('leadops.overview.routing_manual') : t('leadops.overview.routing_default_rule');
}

