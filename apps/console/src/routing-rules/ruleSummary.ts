import type { RoutingConditions } from '../dataProvider/api';

/** "stages: SQL · priorities: P1, P2" — the conditions of a rule in one line (empty means every lead). */
export function conditionsSummary(conditions: RoutingConditions | null | undefined, label: (key: string) => string, translateValue: (key: string, value: string) => string): string {
  if (!conditions) return '';
  return Object.entries(conditions)
    .filter(([, values]) => Array.isArray(values) && values.length > 0)
    .map(([key, values]) => `${label(key)}: ${(values as string[]).map((v) => translateValue(key, v)).join(', ')}`)
    .join(' · ');
}

/** Moves rule `index` by `delta` and returns the new order of ids. */
export function moved<T extends { id: string }>(rules: T[], index: number, delta: -1 | 1): string[] {
  const ids = rules.map((r) => r.id);
  const target = index + delta;
  if (target < 0 || target >= ids.length) return ids;
  [ids[index], ids[target]] = [ids[target]!, ids[index]!];
  return ids;
}
