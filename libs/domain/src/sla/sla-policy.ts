import { addBusinessMinutes, type BusinessCalendar } from './business-hours';

/** How sales ops count first-response time (the minutes per priority live in the ClassificationPolicy). */
export interface SlaPolicy {
  /** Count only the team calendar's working minutes. */
  businessHoursOnly: boolean;
}

export const DEFAULT_SLA_POLICY: SlaPolicy = { businessHoursOnly: false };

export type EscalationAction = 'REMIND_OWNER' | 'REASSIGN' | 'NOTIFY_MANAGER' | 'MARK_BREACHED';

export interface EscalationStep {
  action: EscalationAction;
  /** Minutes after the previous step (or after the breach for the first step). */
  afterMinutes: number;
}

/** Runs after a breach (which is always recorded): remind at once, then the manager, then another rep. */
export const DEFAULT_ESCALATION_CHAIN: EscalationStep[] = [
  { action: 'REMIND_OWNER', afterMinutes: 0 },
  { action: 'NOTIFY_MANAGER', afterMinutes: 15 },
  { action: 'REASSIGN', afterMinutes: 15 },
];

/** The first-response due time for the classification's slaMinutes. `timeScale` > 1 shortens every SLA (demos and tests). */
export function slaDueAt(
  start: Date,
  slaMinutes: number | null,
  policy: SlaPolicy = DEFAULT_SLA_POLICY,
  calendar: BusinessCalendar | null = null,
  timeScale = 1,
): Date | null {
  if (slaMinutes === null || slaMinutes === undefined) return null;
  const minutes = slaMinutes / timeScale;
  return addBusinessMinutes(start, minutes, policy.businessHoursOnly ? calendar : null);
}
