import type { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_ESCALATION_CHAIN, DEFAULT_SLA_POLICY, MEXICO_OFFICE_HOURS, type BusinessCalendar, type EscalationStep, type SlaPolicy } from '@leadops/domain';

export interface NurtureStepConfig {
  templateKey: string;
  /** Days to wait before this step (after the previous one). */
  waitDays: number;
}

export interface NurtureSequence {
  businessDaysOnly: boolean;
  steps: NurtureStepConfig[];
}

export interface EmailTemplate {
  subject: Record<'es' | 'en' | 'pt', string>;
  body: Record<'es' | 'en' | 'pt', string>;
}

export const DEFAULT_NURTURE_SEQUENCE: NurtureSequence = {
  businessDaysOnly: true,
  steps: [
    { templateKey: 'nurture-welcome', waitDays: 0 },
    { templateKey: 'nurture-case-study', waitDays: 3 },
    { templateKey: 'nurture-checkin', waitDays: 7 },
  ],
};

export const DEFAULT_TEMPLATES: Record<string, EmailTemplate> = {
  'nurture-welcome': {
    subject: { es: 'Gracias por contactar a {{seller}}', en: 'Thanks for contacting {{seller}}', pt: 'Obrigado por contatar a {{seller}}' },
    body: {
      es: 'Hola {{firstName}},\n\nGracias por tu interés en {{seller}}. Te compartiremos ideas útiles para {{company}}.\n\nPara dejar de recibir estos correos responde "baja".',
      en: 'Hi {{firstName}},\n\nThanks for your interest in {{seller}}. We will share useful ideas for {{company}}.\n\nReply "unsubscribe" to stop these emails.',
      pt: 'Olá {{firstName}},\n\nObrigado pelo interesse na {{seller}}. Vamos compartilhar ideias úteis para {{company}}.\n\nResponda "descadastrar" para não receber mais.',
    },
  },
  'nurture-case-study': {
    subject: { es: 'Cómo empresas como {{company}} resolvieron lo mismo', en: 'How companies like {{company}} solved it', pt: 'Como empresas como {{company}} resolveram' },
    body: {
      es: 'Hola {{firstName}},\n\nUn caso de éxito de {{seller}} que puede servirte.',
      en: 'Hi {{firstName}},\n\nA {{seller}} success story you may find useful.',
      pt: 'Olá {{firstName}},\n\nUm caso de sucesso da {{seller}} que pode ajudar.',
    },
  },
  'nurture-checkin': {
    subject: { es: '¿Hablamos, {{firstName}}?', en: 'Shall we talk, {{firstName}}?', pt: 'Vamos conversar, {{firstName}}?' },
    body: {
      es: 'Hola {{firstName}},\n\n¿Te gustaría agendar una llamada corta con nuestro equipo?',
      en: 'Hi {{firstName}},\n\nWould you like to book a short call with our team?',
      pt: 'Olá {{firstName}},\n\nGostaria de agendar uma conversa rápida com nossa equipe?',
    },
  },
};

export interface LeadOpsSettings {
  slaPolicy: SlaPolicy;
  businessCalendar: BusinessCalendar;
  escalationChain: EscalationStep[];
  nurtureSequence: NurtureSequence;
  emailTemplates: Record<string, EmailTemplate>;
  /** Overrides of the classification policy (thresholds, SLA minutes): merged over the default by the classifier. */
  classificationPolicy: Record<string, unknown> | null;
  /** Within a priority, a rep's queue is ordered by conversion score (the score never changes the stage). */
  orderQueueByScore: boolean;
}

export type SettingKey = keyof LeadOpsSettings;

const DEFAULTS: LeadOpsSettings = {
  slaPolicy: DEFAULT_SLA_POLICY,
  businessCalendar: MEXICO_OFFICE_HOURS,
  escalationChain: DEFAULT_ESCALATION_CHAIN,
  nurtureSequence: DEFAULT_NURTURE_SEQUENCE,
  emailTemplates: DEFAULT_TEMPLATES,
  classificationPolicy: null,
  orderQueueByScore: false,
};

/** The saved values of `keys` (as a key → value object read from the settings table), the default for the rest. */
export function settingsWithDefaults<K extends SettingKey>(keys: readonly K[], saved: Record<string, unknown> | null): Pick<LeadOpsSettings, K> {
  return Object.fromEntries(keys.map((key) => [key, saved && key in saved ? saved[key] : DEFAULTS[key]])) as Pick<LeadOpsSettings, K>;
}

/** Sales ops' configuration, one JSON value per key, with defaults for anything never saved; changes are audited. */
export class SettingsStore {
  constructor(private readonly db: DataSource) {}

  /**
   * One transaction holding the advisory lock `lock` (e.g. "settings:sla"): concurrent edits of the same settings go one
   * at a time, each reading what the previous one wrote.
   */
  lockedTransaction<T>(lock: string, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lock]);
      return work(tx);
    });
  }

  async get<K extends SettingKey>(key: K, manager: EntityManager = this.db.manager): Promise<LeadOpsSettings[K]> {
    const rows = await manager.query('SELECT value FROM settings WHERE key = $1', [key]);
    return rows.length ? (rows[0].value as LeadOpsSettings[K]) : DEFAULTS[key];
  }

  /** Several keys in one round trip. */
  async getMany<K extends SettingKey>(keys: readonly K[], manager: EntityManager = this.db.manager): Promise<Pick<LeadOpsSettings, K>> {
    const rows: Array<{ key: string; value: unknown }> = await manager.query('SELECT key, value FROM settings WHERE key = ANY($1)', [keys]);
    return settingsWithDefaults(keys, Object.fromEntries(rows.map((r) => [r.key, r.value])));
  }

  /** Pass `manager` to change several keys in one of the caller's transactions. */
  async set<K extends SettingKey>(key: K, value: LeadOpsSettings[K], actorId: string | null, manager?: EntityManager): Promise<void> {
    const inTransaction = (work: (tx: EntityManager) => Promise<void>) => (manager ? work(manager) : this.db.transaction(work));
    await inTransaction(async (tx) => {
      const before = await this.get(key, tx);
      await tx.query(
        `INSERT INTO settings (key, value, updated_by) VALUES ($1, $2, $3)
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [key, JSON.stringify(value), actorId],
      );
      await tx.query(`INSERT INTO audit_log (actor_id, entity, entity_id, action, before, after) VALUES ($1, 'settings', $2, 'UPDATE', $3, $4)`, [
        actorId, key, JSON.stringify(before), JSON.stringify(value),
      ]);
    });
  }
}
