/** Small configuration lists (rules, reps, webhooks) come whole from the API; react-admin's paging, sort and filter run here. */

export interface ListParams {
  pagination?: { page: number; perPage: number };
  sort?: { field: string; order: 'ASC' | 'DESC' | string };
  filter?: Record<string, unknown>;
}

const get = (record: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), record);

function matches(record: Record<string, unknown>, filter: Record<string, unknown>): boolean {
  return Object.entries(filter).every(([key, wanted]) => {
    if (wanted === undefined || wanted === '' || wanted === null) return true;
    if (key === 'q') {
      const needle = String(wanted).toLowerCase();
      return JSON.stringify(record).toLowerCase().includes(needle);
    }
    const value = get(record, key);
    if (Array.isArray(wanted)) return wanted.length === 0 || wanted.includes(value as never);
    if (Array.isArray(value)) return value.includes(wanted as never);
    return value === wanted;
  });
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
}

export function listInMemory<T extends Record<string, unknown>>(rows: T[], params: ListParams): { data: T[]; total: number } {
  const filtered = rows.filter((r) => matches(r, params.filter ?? {}));
  const { field, order } = params.sort ?? { field: '', order: 'ASC' };
  const sorted = field ? [...filtered].sort((a, b) => compare(get(a, field), get(b, field)) * (order === 'DESC' ? -1 : 1)) : filtered;
  const { page, perPage } = params.pagination ?? { page: 1, perPage: sorted.length || 1 };
  const start = (page - 1) * perPage;
  return { data: sorted.slice(start, start + perPage), total: sorted.length };
}
