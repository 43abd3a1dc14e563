// English text <-> code with parameters. Reasons and signals are still written as English text where they are found
// (fit, urgency, disqualifiers, policy); `explain` reads such a line back into its code through the same templates
// the English text is rendered from, so render(explain(line)) === line (the tests hold every line the classifier
// writes to that). Text no template describes becomes TEXT, shown as written.
import { EXPLANATION_TEMPLATES, type Explained, type ExplainedParam, type ExplanationCode } from './codes';

type Group = (typeof EXPLANATION_TEMPLATES)[ExplanationCode]['group'];

interface Slot {
  name: string;
  kind: string;
}
interface Compiled {
  code: ExplanationCode;
  regex: RegExp;
  slots: Slot[];
}

const SLOT = /\{(\w+)(?::([^}]*))?\}/g;
const SLOT_PATTERN: Record<string, string> = { n: '(\\d+)', w: '([^\\s()"]+)', p: '([^()]+)', q: '("[\\s\\S]*?")' };

function compile(code: ExplanationCode, template: string): Compiled {
  const slots: Slot[] = [];
  let pattern = '';
  let last = 0;
  for (const m of template.matchAll(SLOT)) {
    pattern += escape(template.slice(last, m.index));
    const kind = m[2] ?? '';
    slots.push({ name: m[1]!, kind });
    pattern += SLOT_PATTERN[kind] ?? '([\\s\\S]+?)';
    last = m.index! + m[0].length;
  }
  pattern += escape(template.slice(last));
  return { code, regex: new RegExp(`^${pattern}$`), slots };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const BY_GROUP = new Map<string, Compiled[]>();
for (const [code, t] of Object.entries(EXPLANATION_TEMPLATES) as [ExplanationCode, { group: Group; en: string }][]) {
  if (code === 'TEXT') continue;
  const list = BY_GROUP.get(t.group) ?? [];
  list.push(compile(code, t.en));
  BY_GROUP.set(t.group, list);
}

/** The groups a kind of line is read against, in order. */
export const LINE_GROUPS = {
  reason: ['fit', 'notBuyer', 'disqualifying'],
  signal: ['urgency'],
  explanation: ['explanation'],
  step: ['step'],
  disqualifier: ['notBuyer', 'disqualifying'],
} as const;

// A disqualifying reason is one of the policy's own or a not-a-buyer reason.
const NESTED: Record<string, readonly string[]> = { disqualifying: ['notBuyer', 'disqualifying'] };

function parseIn(text: string, groups: readonly string[]): Explained | null {
  for (const group of groups) {
    for (const c of BY_GROUP.get(group) ?? []) {
      const m = c.regex.exec(text);
      if (!m) continue;
      const params: Record<string, ExplainedParam> = {};
      c.slots.forEach((slot, i) => {
        const value = m[i + 1]!;
        if (slot.kind === 'n') params[slot.name] = Number(value);
        else if (slot.kind.startsWith('@')) params[slot.name] = explainLine(value, NESTED[slot.kind.slice(1)] ?? [slot.kind.slice(1)]);
        else params[slot.name] = value;
      });
      return c.slots.length ? { code: c.code, params } : { code: c.code };
    }
  }
  return null;
}

// The same lines come back lead after lead ("+ target industry: Retail"), and reading one tries a regular expression
// per template: each distinct line is read once per group list, and every caller gets its own copy of the answer.
const READ = new Map<string, Map<string, Explained>>();
// The group lists are mostly the same few arrays (LINE_GROUPS): found by identity before joining their names.
const READ_BY_LIST = new WeakMap<readonly string[], Map<string, Explained>>();
const READ_LIMIT = 20_000;

function readCache(groups: readonly string[]): Map<string, Explained> {
  let read = READ_BY_LIST.get(groups);
  if (read) return read;
  const key = groups.join(' ');
  read = READ.get(key);
  if (!read) READ.set(key, (read = new Map()));
  READ_BY_LIST.set(groups, read);
  return read;
}

// A cached answer is shared by every lead that has the same line, so it is frozen, parameters and all: a caller that
// tried to change one would change every other lead's (copying each answer was ~3 % of classify).
function frozen(e: Explained): Explained {
  if (e.params) for (const value of Object.values(e.params)) if (typeof value === 'object' && value !== null) frozen(value);
  if (e.params) Object.freeze(e.params);
  return Object.freeze(e);
}

/** A line as code and parameters; TEXT when no template of these groups describes it. */
export function explainLine(text: string, groups: readonly string[]): Explained {
  const read = readCache(groups);
  let e = read.get(text);
  if (!e) {
    e = frozen(parseIn(text, groups) ?? { code: 'TEXT', params: { text } });
    if (read.size >= READ_LIMIT) read.clear();
    read.set(text, e);
  }
  return e;
}

const REASONS = new Map<string, Explained>();

/** A fit reason ("+ target industry: ..."): its sign, then the reason. */
export function explainReason(line: string): Explained {
  let e = REASONS.get(line);
  if (!e) {
    const m = /^([+?-]) ([\s\S]*)$/.exec(line);
    e = m ? frozen({ ...explainLine(m[2]!, LINE_GROUPS.reason), sign: m[1] as Explained['sign'] }) : explainLine(line, LINE_GROUPS.reason);
    if (REASONS.size >= READ_LIMIT) REASONS.clear();
    REASONS.set(line, e);
  }
  return e;
}

export const explainSignal = (line: string) => explainLine(line, LINE_GROUPS.signal);
export const explainPolicyLine = (line: string) => explainLine(line, LINE_GROUPS.explanation);

export type MessageCatalogue = Partial<Record<ExplanationCode, string>>;

/**
 * The line in a language: the catalogue's message for its code (English: the template), nested codes rendered the
 * same way, the lead's words and the seller's names as they are.
 */
export function renderExplained(e: Explained, catalogue?: MessageCatalogue): string {
  const template = catalogue?.[e.code] ?? EXPLANATION_TEMPLATES[e.code]?.en ?? String((e.params?.['text'] as string) ?? e.code);
  const text = template.replace(SLOT, (_, name: string) => {
    const value = e.params?.[name];
    if (value === undefined) return '';
    return typeof value === 'object' ? renderExplained(value, catalogue) : String(value);
  });
  return e.sign ? `${e.sign} ${text}` : text;
}
