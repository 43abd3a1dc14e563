// A tolerant reader of the model's answer: finds the JSON wherever the model put it, then checks it field by field.
import { EXTRACTION_SCHEMA, type JsonSchema, type LlmExtraction } from './schema';

/** The assistant message as OpenAI-compatible servers send it; gpt-oss adds its reasoning beside the content. */
export interface ModelMessage {
  content?: string | null;
  reasoning?: string | null;
  reasoning_content?: string | null;
}

export type ParsedAnswer = { ok: true; extraction: LlmExtraction } | { ok: false; reason: string };

// Bounds against a hostile or broken endpoint. The answer is capped at 2048 tokens (about 8 KB of JSON), so a longer
// content is not an answer; the reasoning is read from its end, where gpt-oss leaves its last draft.
export const MAX_ANSWER_CHARS = 64 * 1024;
// Every '{' tried costs a scan to its closing brace: a few dozen cover any chatty answer.
const MAX_OBJECT_STARTS = 64;
// What a rep reads and the database stores: longer texts are cut, longer lists shortened.
export const MAX_TEXT_CHARS = 600;
export const MAX_LIST_ITEMS = 12;

export function parseModelAnswer(message: ModelMessage): ParsedAnswer {
  const content = finalChannel(message.content ?? '');
  const reasoning = (message.reasoning_content ?? message.reasoning ?? '').slice(-MAX_ANSWER_CHARS);
  if (!content.trim() && !reasoning.trim()) return { ok: false, reason: 'empty answer' };
  if (content.length > MAX_ANSWER_CHARS) return { ok: false, reason: `answer too long (${content.length} characters, at most ${MAX_ANSWER_CHARS})` };

  // The content is the answer; the reasoning only when the server left the answer there (harmony parsing gaps), last draft first.
  const candidates = [...jsonObjectsIn(content), ...jsonObjectsIn(reasoning).reverse()];
  let firstProblem: string | undefined;
  for (const candidate of candidates) {
    const checked = checkAgainstSchema(EXTRACTION_SCHEMA, candidate, '');
    if (checked.ok) return { ok: true, extraction: checked.value as LlmExtraction };
    firstProblem ??= `schema: ${checked.problem}`;
  }
  return { ok: false, reason: firstProblem ?? 'invalid JSON' };
}

/** Raw harmony output keeps analysis and final channels in one string: only the final one is the answer. */
function finalChannel(content: string): string {
  const marker = '<|channel|>final<|message|>';
  const at = content.lastIndexOf(marker);
  const answer = at >= 0 ? content.slice(at + marker.length) : content;
  return answer.replace(/<\|(end|return|call)\|>/g, '');
}

/** Every top-level JSON object in a text: bare, fenced in ```json, or surrounded by prose. */
export function jsonObjectsIn(text: string): unknown[] {
  const found: unknown[] = [];
  let from = text.indexOf('{');
  for (let tries = 0; from >= 0 && tries < MAX_OBJECT_STARTS; tries++) {
    const end = matchingBrace(text, from);
    const parsed = end < 0 ? undefined : tryParse(text.slice(from, end + 1));
    if (parsed !== undefined) {
      found.push(parsed);
      from = text.indexOf('{', end + 1);
    } else {
      from = text.indexOf('{', from + 1);
    }
  }
  return found;
}

/** Index of the brace closing the one at `start`, skipping braces inside JSON strings; -1 when unbalanced. */
function matchingBrace(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return i;
  }
  return -1;
}

/** A text cut to MAX_TEXT_CHARS with an ellipsis, never inside a surrogate pair (PostgreSQL's jsonb refuses half of one). */
function clip(text: string): string {
  let end = MAX_TEXT_CHARS - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

function tryParse(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

type Checked = { ok: true; value: unknown } | { ok: false; problem: string };

/** Validates a value against the schema and keeps only the schema's fields (a model's extra "stage" is dropped). */
export function checkAgainstSchema(schema: JsonSchema, value: unknown, path: string): Checked {
  const name = path || 'answer';
  switch (schema.type) {
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, problem: `${name} must be an object` };
      const kept: Record<string, unknown> = {};
      for (const key of schema.required) {
        const fieldPath = path ? `${path}.${key}` : key;
        if (!(key in value)) return { ok: false, problem: `${fieldPath} is required` };
        const checked = checkAgainstSchema(schema.properties[key], (value as Record<string, unknown>)[key], fieldPath);
        if (!checked.ok) return checked;
        kept[key] = checked.value;
      }
      return { ok: true, value: kept };
    }
    case 'array': {
      const itemsAreStrings = schema.items.type === 'string';
      if (!Array.isArray(value)) return { ok: false, problem: itemsAreStrings ? `${name} must be an array of strings` : `${name} must be an array` };
      const items: unknown[] = [];
      for (const [index, item] of value.slice(0, MAX_LIST_ITEMS).entries()) {
        const checked = checkAgainstSchema(schema.items, item, `${name}[${index}]`);
        if (!checked.ok) return itemsAreStrings ? { ok: false, problem: `${name} must be an array of strings` } : checked;
        items.push(checked.value);
      }
      return { ok: true, value: items };
    }
    case 'string':
      if (schema.enum) return schema.enum.includes(value as string) ? { ok: true, value } : { ok: false, problem: `${name} must be one of ${schema.enum.join(',')}` };
      if (typeof value !== 'string') return { ok: false, problem: `${name} must be a string` };
      return { ok: true, value: value.length > MAX_TEXT_CHARS ? clip(value) : value };
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= schema.minimum && value <= schema.maximum
        ? { ok: true, value }
        : { ok: false, problem: `${name} must be a number in ${schema.minimum}..${schema.maximum}` };
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, problem: `${name} must be true or false` };
  }
}
