import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import englishMessages from 'ra-language-english';
import {
  ESCALATION_ACTIONS, GENDERS, LEAD_INTENTS, LEAD_SOURCES, LEAD_STATUSES, LEVELS, OUTCOMES, PRIORITIES, ROUTING_CANDIDATE_OUTCOMES, ROUTING_STRATEGIES, SLA_STATES, STAGES,
} from '../dataProvider/api';
import { en } from './en';
import { es } from './es';
import { LOCALES, MESSAGES } from './i18nProvider';
import { pt } from './pt';

/** { a: { b: 'x' } } -> { 'a.b': 'x' } */
function flatten(messages: object, prefix = ''): Record<string, string> {
  return Object.entries(messages).reduce<Record<string, string>>((out, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') Object.assign(out, flatten(value, path));
    else out[path] = String(value);
    return out;
  }, {});
}

const flatEn = flatten(en);
/** Every language besides English; each must say all that English says and nothing else. */
const OTHERS = { es: flatten(es), 'pt-BR': flatten(pt) };
const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.spec.ts') && !path.includes('/i18n/') ? [path] : [];
  });
}

/** A language's keys that English lacks, and English keys it lacks: both empty for a complete translation. */
function keyDiff(flat: Record<string, string>) {
  return {
    missing: Object.keys(flatEn).filter((key) => !(key in flat)).sort(),
    extra: Object.keys(flat).filter((key) => !(key in flatEn)).sort(),
  };
}

describe.each(Object.entries(OTHERS))('translations: %s', (_, flat) => {
  it('has every English key and nothing else', () => {
    expect(keyDiff(flat)).toEqual({ missing: [], extra: [] });
  });

  it("covers all of react-admin's own messages", () => {
    const missing = Object.keys(flatten(englishMessages)).filter((key) => !(key in flat));
    expect(missing).toEqual([]);
    expect(Object.keys(flatten(englishMessages)).length).toBeGreaterThanOrEqual(160);
  });

  it('keeps placeholders and plural forms the same as English', () => {
    const mismatched = Object.keys(flatEn).filter(
      (key) => key in flat && (placeholders(flatEn[key]!).join() !== placeholders(flat[key]!).join() || flatEn[key]!.split('||||').length !== flat[key]!.split('||||').length),
    );
    expect(mismatched).toEqual([]);
  });

  it('has no empty text', () => {
    expect(Object.entries(flat).filter(([, text]) => text.trim() === '' && text !== ' ').map(([k]) => k)).toEqual([]);
  });
});

describe('translations', () => {
  it('finds a missing or an extra key (the check above is not vacuous)', () => {
    const { 'leadops.menu.leads': _dropped, ...withoutOne } = flatEn;
    expect(keyDiff(withoutOne)).toEqual({ missing: ['leadops.menu.leads'], extra: [] });
    expect(keyDiff({ ...flatEn, 'leadops.menu.stray': 'x' })).toEqual({ missing: [], extra: ['leadops.menu.stray'] });
  });

  it('offers every language in the picker, each with its own messages', () => {
    expect(LOCALES.map((l) => l.locale)).toEqual(['en', 'es', 'pt-BR']);
    for (const { locale } of LOCALES) expect(MESSAGES[locale]).toBeDefined();
    expect(MESSAGES['pt-BR']).toBe(pt);
    expect(MESSAGES['es']).toBe(es);
  });

  it('defines every key the screens use', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(__dirname, '..'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/['"`]((?:leadops|resources|ra)\.[A-Za-z0-9_.-]+)['"`]/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((key) => !(key in flatEn))).toEqual([]);
  });

  it('names every value of the enums the screens translate', () => {
    const groups: Record<string, readonly (string | number)[]> = {
      stage: STAGES, priority: PRIORITIES, status: LEAD_STATUSES, sla_state: SLA_STATES, outcome: OUTCOMES, source: LEAD_SOURCES, gender: GENDERS,
      strategy: ROUTING_STRATEGIES, routing_outcome: ROUTING_CANDIDATE_OUTCOMES, level: LEVELS, intent: LEAD_INTENTS, escalation_action: ESCALATION_ACTIONS, weekday: [1, 2, 3, 4, 5, 6, 7],
    };
    const missing = Object.entries(groups).flatMap(([group, values]) => values.map((v) => `leadops.${group}.${v}`).filter((key) => !(key in flatEn)));
    expect(missing).toEqual([]);
  });
});
