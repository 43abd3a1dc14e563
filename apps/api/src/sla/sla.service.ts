import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEFAULT_POLICY, isValidTimeZone, type BusinessCalendar, type ClassificationPolicy, type EscalationStep } from '@leadops/domain';
import { SettingsStore } from '@leadops/persistence';
import type { AuthUser } from '../auth/auth.types';
import { FieldErrors } from '../input-checks/field-errors';
import type { SlaSettingsInput } from './dto/sla-settings.input';
import { isIsoDate, toOpeningHours, toWeekHours } from './opening-hours';
import type { SlaSettingsModel } from './sla.model';

const YEAR_MINUTES = 366 * 24 * 60;
type SlaMinutes = ClassificationPolicy['slaMinutes'];

/** The classifier merges this override over its default policy; SLA minutes per priority live there. */
type PolicyOverride = Partial<Omit<ClassificationPolicy, 'slaMinutes'>> & { slaMinutes?: Partial<SlaMinutes> };

/** First-response SLAs: minutes per priority (in the classification policy), business hours, calendar and escalation chain. */
@Injectable()
export class SlaService {
  constructor(private readonly settings: SettingsStore) {}

  async get(manager?: EntityManager): Promise<SlaSettingsModel> {
    const [policy, calendar, chain, override] = [
      await this.settings.get('slaPolicy', manager),
      await this.settings.get('businessCalendar', manager),
      await this.settings.get('escalationChain', manager),
      (await this.settings.get('classificationPolicy', manager)) as PolicyOverride | null,
    ];
    const minutes = { ...DEFAULT_POLICY.slaMinutes, ...(override?.slaMinutes ?? {}) };
    return {
      minutesByPriority: { P1: minutes.P1 ?? 0, P2: minutes.P2 ?? 0, P3: minutes.P3 ?? 0 },
      businessHoursOnly: policy.businessHoursOnly,
      businessCalendar: { timeZone: calendar.timeZone, hours: toOpeningHours(calendar.hours) ?? [], holidays: calendar.holidays ?? [] },
      escalationChain: chain.map((s) => ({ action: s.action, afterMinutes: s.afterMinutes })),
    };
  }

  async update(user: AuthUser, input: SlaSettingsInput): Promise<SlaSettingsModel> {
    const errors = new FieldErrors();
    let minutes: SlaSettingsInput['minutesByPriority'] = null;
    if (input.minutesByPriority) {
      minutes = input.minutesByPriority;
      for (const p of ['P1', 'P2', 'P3'] as const) errors.int(`minutesByPriority.${p}`, minutes[p], 1, YEAR_MINUTES);
      if (errors.ok && !(minutes.P1 <= minutes.P2 && minutes.P2 <= minutes.P3)) {
        errors.add('minutesByPriority', 'a more urgent priority cannot get a longer SLA (P1 ≤ P2 ≤ P3)');
      }
    }
    let calendar: BusinessCalendar | null = null;
    if (input.businessCalendar) {
      const c = input.businessCalendar;
      const timeZone = errors.text('businessCalendar.timeZone', c.timeZone, { required: true, max: 64, singleLine: true });
      if (timeZone !== null && !isValidTimeZone(timeZone)) errors.add('businessCalendar.timeZone', `"${timeZone}" is not an IANA time zone like America/Mexico_City`);
      const holidays = c.holidays ?? [];
      if (holidays.length > 400) errors.add('businessCalendar.holidays', 'at most 400 dates');
      holidays.slice(0, 400).forEach((d, i) => {
        if (!isIsoDate(d)) errors.add(`businessCalendar.holidays[${i}]`, 'must be a date YYYY-MM-DD');
      });
      calendar = { timeZone: timeZone ?? '', hours: toWeekHours('businessCalendar.hours', c.hours, errors), holidays: [...new Set(holidays)].sort() };
    }
    let chain: EscalationStep[] | null = null;
    if (input.escalationChain) {
      if (input.escalationChain.length > 10) errors.add('escalationChain', 'at most 10 steps');
      chain = input.escalationChain.slice(0, 10).map((s, i) => {
        errors.int(`escalationChain[${i}].afterMinutes`, s.afterMinutes, 0, 7 * 24 * 60);
        return { action: s.action as EscalationStep['action'], afterMinutes: s.afterMinutes };
      });
    }
    errors.throwIfAny();

    // Serialise concurrent edits: each one reads and rewrites whole settings values.
    return this.settings.lockedTransaction('settings:sla', async (tx) => {
      if (minutes) {
        // A direct edit leaves the published version: the policy is then named by its digest, not by that version.
        const { publishedVersion: _published, ...override } = ((await this.settings.get('classificationPolicy', tx)) ?? {}) as PolicyOverride & { publishedVersion?: number };
        const slaMinutes: SlaMinutes = { ...DEFAULT_POLICY.slaMinutes, ...(override.slaMinutes ?? {}), P1: minutes.P1, P2: minutes.P2, P3: minutes.P3 };
        await this.settings.set('classificationPolicy', { ...override, slaMinutes } as Record<string, unknown>, user.id, tx);
      }
      if (input.businessHoursOnly !== undefined && input.businessHoursOnly !== null) {
        await this.settings.set('slaPolicy', { ...(await this.settings.get('slaPolicy', tx)), businessHoursOnly: input.businessHoursOnly }, user.id, tx);
      }
      if (calendar) await this.settings.set('businessCalendar', calendar, user.id, tx);
      if (chain) await this.settings.set('escalationChain', chain, user.id, tx);
      return this.get(tx);
    });
  }
}
