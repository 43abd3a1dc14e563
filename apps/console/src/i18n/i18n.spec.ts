import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import englishMessages from 'ra-language-english';
import {
  ESCALATION_ACTIONS, GENDERS, LEAD_SOURCES, LEAD_STATUSES, LEVELS, OUTCOMES, PRIORITIES, ROUTING_STRATEGIES, SLA_STATES, STAGES,
} from '../dataProvider/api';
import { en } from './en';
import { es } from './es';

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
const flatEs = flatten(es);
const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.spec.ts') && !path.includes('/i18n/') ? [path] : [];
  });
}

describe('translations', () => {
  it('has every English key in Spanish and nothing else', () => {
    expect(Object.keys(flatEs).sort()).toEqual(Object.keys(flatEn).sort());
  });

  it("covers all of react-admin's own messages in Spanish", () => {
    const missing = Object.keys(flatten(englishMessages)).filter((key) => !(key in flatEs));
    expect(missing).toEqual([]);
    expect(Object.keys(flatten(englishMessages)).length).toBeGreaterThanOrEqual(160);
  });

  it('keeps placeholders and plural forms the same in both languages', () => {
    const mismatched = Object.keys(flatEn).filter(
      (key) => placeholders(flatEn[key]!).join() !== placeholders(flatEs[key]!).join() || flatEn[key]!.split('||||').length !== flatEs[key]!.split('||||').length,
    );
    expect(mismatched).toEqual([]);
  });

  it('has no Spanish text left in English (or empty)', () => {
    expect(Object.entries(flatEs).filter(([, text]) => text.trim() === '' && text !== ' ').map(([k]) => k)).toEqual([]);
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
      strategy: ROUTING_STRATEGIES, level: LEVELS, escalation_action: ESCALATION_ACTIONS, weekday: [1, 2, 3, 4, 5, 6, 7],
    };
    const missing = Object.entries(groups).flatMap(([group, values]) => values.map((v) => `leadops.${group}.${v}`).filter((key) => !(key in flatEn)));
    expect(missing).toEqual([]);
  });
});
