// Renders what the API answers as codes (reasons, urgency signals, next steps, the policy's explanation, timeline
// entries) in the console's language (issue 14). A line without a code (stored before codes, or free text) shows its
// text as it was; the lead's own words arrive quoted inside the parameters and are never translated.
import { explanationsEn } from './explanations.en';
import { explanationsEs } from './explanations.es';
import { explanationsPt } from './explanations.pt';

/** As the API answers it (params is its JSON scalar). */
export interface ExplainedLine {
  code: string | null;
  params?: unknown;
  sign?: string | null;
}

export const EXPLANATION_CATALOGUES = { en: explanationsEn, es: explanationsEs, pt: explanationsPt } as const;

/** en, es, pt or pt-BR (any region) to its catalogue; English otherwise. */
export function catalogueFor(locale: string): Record<string, string> {
  if (locale === 'es' || locale.startsWith('es-')) return explanationsEs;
  if (locale === 'pt' || locale.startsWith('pt-')) return explanationsPt;
  return explanationsEn;
}

/** Parameters that are policy values, shown with the console's words for them (`leadops.<group>.<value>`). */
const ENUM_PARAMS: Record<string, string> = {
  owner: 'owner_role', level: 'urgency', dealSize: 'level', role: 'role_type', stage: 'stage', priority: 'priority', emailType: 'email_type',
  outcome: 'outcome', slaState: 'sla_state', source: 'source',
};

const isLine = (value: unknown): value is ExplainedLine => !!value && typeof value === 'object' && typeof (value as ExplainedLine).code === 'string';

/**
 * The line in the catalogue's language; `word(group, value)` names a policy value (owner, urgency level...) and
 * answers undefined to keep it as it is. An unknown code shows params.text, or the code itself.
 */
export function renderExplained(line: ExplainedLine, catalogue: Record<string, string>, word?: (group: string, value: string) => string | undefined): string {
  const params = (line.params && typeof line.params === 'object' ? line.params : {}) as Record<string, unknown>;
  const code = line.code ?? 'TEXT';
  const message = catalogue[code] ?? explanationsEn[code] ?? (typeof params['text'] === 'string' ? '%{text}' : code);
  const text = message.replace(/%\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) return '';
    if (isLine(value)) return renderExplained(value, catalogue, word);
    const group = typeof value === 'string' ? ENUM_PARAMS[name] : undefined;
    return (group && word?.(group, value as string)) || String(value);
  });
  return line.sign ? `${line.sign} ${text}` : text;
}
