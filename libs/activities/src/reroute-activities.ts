import { rerouteCause } from '@leadops/domain';
import type { RoutingStore } from '@leadops/persistence';
import type { RerouteActivities } from '@leadops/workflows';

/** Reads the rep as they are now: a rep re-activated (or back) before this ran keeps their leads. */
export function createRerouteActivities(deps: { routing: RoutingStore; now?: () => Date }): RerouteActivities {
  const now = deps.now ?? (() => new Date());
  return {
    async leadsToReroute({ repId, minOutOfOfficeHours }) {
      const rep = await deps.routing.repForReroute(repId);
      const cause = rep && rerouteCause(rep, now(), minOutOfOfficeHours);
      if (!rep || !cause) return { cause: null, leadIds: [] };
      const why = cause.kind === 'INACTIVE' ? `${rep.displayName} is inactive` : `${rep.displayName} is out of office until ${cause.until}`;
      return { cause: `re-routed: ${why}`, leadIds: await deps.routing.uncontactedOpenLeadsOf(repId) };
    },

    async repsToReroute({ minOutOfOfficeHours }) {
      const at = now();
      return (await deps.routing.repsWithOpenLeads()).filter((rep) => rerouteCause(rep, at, minOutOfOfficeHours)).map((rep) => rep.id);
    },
  };
}
