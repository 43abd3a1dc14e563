import type { CandidateOutcome } from '@leadops/domain';
import type { RoutingDecisionRecord } from '@leadops/persistence';
import type { AuthUser } from '../auth/auth.types';
import type { RoutingDecisionModel } from './routing-decision.model';

/** The reason without its figures: what a rep may read about a colleague. */
const PLAIN_REASON: Record<CandidateOutcome, string> = {
  CHOSEN: 'chosen', INACTIVE: 'inactive', EXCLUDED: 'the owner the lead was taken from', NO_TERRITORY: 'territory does not cover the lead\'s country',
  NO_SKILL: 'lacks the skill or language the lead needs', OUT_OF_OFFICE: 'out of office', OFF_HOURS: 'outside working hours', AT_CAPACITY: 'at capacity',
  NOT_NEXT: 'not next in the rotation', LOWER_WEIGHT: 'not their turn this cycle', MORE_LOADED: 'more loaded',
};

/**
 * A routing decision as `viewer` may read it. Managers and sales ops see it whole. A rep (who only reaches their own
 * leads) sees every colleague the rule considered, by name and outcome, so they can trust the routing was fair, but
 * not the figures behind a colleague's outcome: when someone is away until, their time zone, their load and weight
 * are that colleague's business (and HR's), not their peers'. The rep's own entry keeps its figures.
 */
export function routingDecisionFor(viewer: AuthUser, record: RoutingDecisionRecord): RoutingDecisionModel {
  const seesAll = viewer.role !== 'REP';
  return {
    rule: { id: record.ruleId, name: record.ruleName },
    strategy: record.strategy,
    assigned: record.kind === 'ASSIGN',
    decidedAt: record.decidedAt,
    cause: record.cause,
    candidates: record.candidates.map((c) =>
      seesAll || c.repId === viewer.id
        ? { repId: c.repId, repName: c.repName, outcome: c.outcome, reason: c.reason, params: c.params }
        : { repId: c.repId, repName: c.repName, outcome: c.outcome, reason: PLAIN_REASON[c.outcome], params: {} },
    ),
  };
}
