import type { PersonalDataStore } from '@leadops/persistence';
import type { RetentionActivities } from '@leadops/workflows';

const DAY_MS = 24 * 60 * 60 * 1000;

export function createRetentionActivities(deps: { personalData: PersonalDataStore; now?: () => Date }): RetentionActivities {
  const now = deps.now ?? (() => new Date());
  return {
    async anonymiseClosedLeads({ closedLeadDays, batchSize }) {
      // Refused rather than trusted: a schedule left with 0 days (retention off) must never anonymise every closed lead.
      if (!Number.isInteger(closedLeadDays) || closedLeadDays < 30) throw new Error(`closedLeadDays: at least 30, got ${closedLeadDays}`);
      return deps.personalData.anonymiseClosedLeads(new Date(now().getTime() - closedLeadDays * DAY_MS), batchSize);
    },
  };
}
