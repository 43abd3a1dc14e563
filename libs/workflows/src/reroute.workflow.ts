// Hands a rep's open, uncontacted leads back to routing when the rep is deactivated or away for long: each lead is told
// through its own workflow (reassignSignal), which re-routes it with a fresh SLA and restarts its timers, or leaves it
// where it is when it was contacted meanwhile. Started by the API after the change is stored.
import { getExternalWorkflowHandle, proxyActivities } from '@temporalio/workflow';
import type { RerouteActivities } from './activity-types';
import { REROUTE_SWEEP_ACTOR, leadWorkflowId, reassignSignal, type RerouteRepLeadsInput, type RerouteSweepInput } from './messages';

const { leadsToReroute, repsToReroute } = proxyActivities<RerouteActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** Signals go out this many at a time: a rep's pipeline is hundreds of leads at most, and each signal is one command. */
const SIGNAL_BATCH = 50;

/** Answers how many leads were asked to move (each decides for itself whether it still must). */
export async function rerouteRepLeadsWorkflow(input: RerouteRepLeadsInput): Promise<number> {
  const { cause, leadIds } = await leadsToReroute({ repId: input.repId, minOutOfOfficeHours: input.minOutOfOfficeHours });
  if (!cause) return 0;
  for (let i = 0; i < leadIds.length; i += SIGNAL_BATCH) {
    await Promise.all(
      leadIds.slice(i, i + SIGNAL_BATCH).map((leadId) =>
        getExternalWorkflowHandle(leadWorkflowId(leadId))
          .signal(reassignSignal, { toUserId: null, byUserId: input.byUserId, cause, ifUncontactedOwnerIs: input.repId })
          // A lead whose workflow ended meanwhile (closed, merged) has nothing left to re-route.
          .catch(() => undefined),
      ),
    );
  }
  return leadIds.length;
}

/**
 * Every few minutes (apps/worker/src/schedules.ts): each rep who is inactive or away now and still owns leads gets the
 * re-route above. A lead already moved is left alone by its own workflow (ifUncontactedOwnerIs), so running over a rep
 * a change already re-routed costs one read. Answers how many leads were asked to move.
 */
export async function rerouteSweepWorkflow(input: RerouteSweepInput): Promise<number> {
  let asked = 0;
  for (const repId of await repsToReroute({ minOutOfOfficeHours: input.minOutOfOfficeHours })) {
    asked += await rerouteRepLeadsWorkflow({ repId, byUserId: REROUTE_SWEEP_ACTOR, minOutOfOfficeHours: input.minOutOfOfficeHours });
  }
  return asked;
}
