/**
 * Which cached queries a lead change makes stale. react-admin 5 keys its queries [resource, method, params]
 * (e.g. ['leads', 'getOne', { id }]); the console's own reads are keyed ['leadops', name, …] (useApi).
 */
import type { LeadChange } from './leadStream';

type QueryKey = readonly unknown[];

/** Resources whose every list a lead change can alter: the lead lists, the rep's queue, and the reps' open-lead counts. */
const LIST_RESOURCES = new Set(['leads', 'my-queue', 'reps', 'users']);
/** The console's boards built from leads. */
const BOARDS = new Set(['sla-board', 'metrics']);

export function isStaleAfter(changes: readonly LeadChange[], key: QueryKey): boolean {
  const [head, method, params] = key;
  if (head === 'leadops') return BOARDS.has(String(method));
  if (typeof head !== 'string' || !LIST_RESOURCES.has(head)) return false;
  if (head === 'leads' && method === 'getOne') {
    const id = String((params as { id?: unknown } | undefined)?.id ?? '');
    return changes.some((c) => c.id === id);
  }
  return true;
}
