// PostgreSQL text cannot hold NUL, and jsonb refuses unpaired UTF-16 surrogates: both are refused at the door
// with the field named, instead of failing deep in a query.
const NUL = '\u0000';
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const MAX_DEPTH = 20;

export function unsafeTextReason(text: string): string | null {
  if (text.includes(NUL)) return 'contains a NUL character';
  if (LONE_SURROGATE.test(text)) return 'contains an invalid unicode character (unpaired surrogate)';
  return null;
}

/** The first string inside `value` that cannot be stored, with its path ("input.fullName", "steps[2].templateKey"). */
export function findUnsafeText(value: unknown, path: string, depth = 0): { field: string; message: string } | null {
  if (typeof value === 'string') {
    const reason = unsafeTextReason(value);
    return reason ? { field: path, message: reason } : null;
  }
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH || value instanceof Date || Buffer.isBuffer(value)) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnsafeText(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const keyReason = unsafeTextReason(key);
    if (keyReason) return { field: path, message: `a key ${keyReason}` };
    const found = findUnsafeText(item, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}
