import { LeadOpsError } from '../core/errors';
import { unsafeTextReason } from './unsafe-text';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

// Control characters other than tab and newlines never belong in configuration text.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Collects every problem of one input, each with the field it belongs to, then refuses them all at once. */
export class FieldErrors {
  readonly errors: Array<{ field: string; message: string }> = [];

  add(field: string, message: string): void {
    this.errors.push({ field, message });
  }

  /** A trimmed text, or null when empty and optional. */
  text(field: string, value: unknown, opts: { required?: boolean; max: number; singleLine?: boolean }): string | null {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      if (opts.required) this.add(field, 'is required');
      return null;
    }
    if (typeof value !== 'string') {
      this.add(field, 'must be text');
      return null;
    }
    const text = value.trim();
    const unsafe = unsafeTextReason(text);
    if (unsafe) this.add(field, unsafe);
    else if (text.length > opts.max) this.add(field, `at most ${opts.max} characters`);
    else if (CONTROL.test(text) || (opts.singleLine && /[\r\n]/.test(text))) this.add(field, 'contains control characters');
    return text;
  }

  /** A list of distinct trimmed texts. */
  list(field: string, value: unknown, opts: { min?: number; max: number; itemMax: number }): string[] {
    if (value === undefined || value === null) {
      if (opts.min) this.add(field, `give at least ${opts.min}`);
      return [];
    }
    if (!Array.isArray(value)) {
      this.add(field, 'must be a list');
      return [];
    }
    if (value.length > opts.max) {
      this.add(field, `at most ${opts.max} entries`);
      return [];
    }
    const items: string[] = [];
    value.forEach((item, i) => {
      const text = this.text(`${field}[${i}]`, item, { required: true, max: opts.itemMax, singleLine: true });
      if (text !== null) items.push(text);
    });
    if ((opts.min ?? 0) > 0 && value.length < opts.min!) this.add(field, `give at least ${opts.min}`);
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.toLowerCase())) this.add(`${field}[${i}]`, `"${item}" is listed twice`);
      seen.add(item.toLowerCase());
    });
    return items;
  }

  int(field: string, value: unknown, min: number, max: number): number | null {
    if (value === undefined || value === null) return null;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.add(field, `must be a whole number from ${min} to ${max}`);
      return null;
    }
    return value;
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }

  throwIfAny(): void {
    if (this.errors.length) throw LeadOpsError.badInput(this.errors);
  }
}
