import { Injectable } from '@nestjs/common';
import { SettingsStore, type EmailTemplate, type NurtureSequence } from '@leadops/persistence';
import type { AuthUser } from '../auth/auth.types';
import { FieldErrors } from '../input-checks/field-errors';
import type { EmailTemplateInput, NurtureSequenceInput } from './dto/nurture.input';
import type { EmailTemplateModel, NurtureSequenceModel } from './nurture.model';

/** What the nurture e-mails may fill in (see the worker's renderTemplate). */
export const TEMPLATE_PLACEHOLDERS = ['firstName', 'company', 'seller'] as const;
const LANGUAGES = ['es', 'en', 'pt'] as const;
const TEMPLATE_KEY = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The nurture sequence and its e-mail templates; saved through SettingsStore, which audits each change. */
@Injectable()
export class NurtureService {
  constructor(private readonly settings: SettingsStore) {}

  sequence(): Promise<NurtureSequenceModel> {
    return this.settings.get('nurtureSequence');
  }

  async templates(): Promise<EmailTemplateModel[]> {
    const all = await this.settings.get('emailTemplates');
    return Object.entries(all)
      .map(([key, t]) => ({ key, subject: t.subject, body: t.body }))
      .sort((a, b) => a.key.localeCompare(b.key));
  }

  async updateSequence(user: AuthUser, input: NurtureSequenceInput): Promise<NurtureSequenceModel> {
    return this.settings.lockedTransaction('settings:nurture', async (tx) => {
      const templates = await this.settings.get('emailTemplates', tx);
      const errors = new FieldErrors();
      if (input.steps.length > 20) errors.add('steps', 'at most 20 steps');
      const sequence: NurtureSequence = {
        businessDaysOnly: input.businessDaysOnly,
        steps: input.steps.slice(0, 20).map((s, i) => {
          const key = errors.text(`steps[${i}].templateKey`, s.templateKey, { required: true, max: 64, singleLine: true }) ?? '';
          if (key && !Object.prototype.hasOwnProperty.call(templates, key)) errors.add(`steps[${i}].templateKey`, `no e-mail template "${key.slice(0, 64)}"`);
          errors.int(`steps[${i}].waitDays`, s.waitDays, 0, 365);
          return { templateKey: key, waitDays: s.waitDays };
        }),
      };
      errors.throwIfAny();
      await this.settings.set('nurtureSequence', sequence, user.id, tx);
      return sequence;
    });
  }

  async updateTemplate(user: AuthUser, key: string, input: EmailTemplateInput): Promise<EmailTemplateModel> {
    const errors = new FieldErrors();
    if (typeof key !== 'string' || !TEMPLATE_KEY.test(key)) errors.add('key', 'lowercase letters, digits and dashes, like nurture-welcome');
    const template: EmailTemplate = { subject: { es: '', en: '', pt: '' }, body: { es: '', en: '', pt: '' } };
    for (const part of ['subject', 'body'] as const) {
      for (const lang of LANGUAGES) {
        const field = `${part}.${lang}`;
        const text = errors.text(field, input[part][lang], { required: true, max: part === 'subject' ? 200 : 20_000, singleLine: part === 'subject' }) ?? '';
        for (const [, name] of text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
          if (!(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name!)) {
            errors.add(field, `unknown placeholder {{${name!.slice(0, 40)}}}: use ${TEMPLATE_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`);
          }
        }
        template[part][lang] = text;
      }
    }
    errors.throwIfAny();
    return this.settings.lockedTransaction('settings:nurture', async (tx) => {
      const all = await this.settings.get('emailTemplates', tx);
      await this.settings.set('emailTemplates', { ...all, [key]: template }, user.id, tx);
      return { key, ...template };
    });
  }
}
