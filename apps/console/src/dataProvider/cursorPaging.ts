/**
 * react-admin asks for "page 3 of 25"; the API pages by keyset cursor. The pager remembers the cursor found at each
 * offset of a query and, for a page it has no cursor for, walks there from the nearest known offset in hops that only
 * ask for cursors. Going back to page 1 forgets the query's cursors, so new leads at the top never shift a stale page.
 */
import type { Connection } from './api';

/** The API refuses more than this many rows per request. */
export const MAX_PAGE_SIZE = 200;
const CURSOR_TTL_MS = 60_000;

export type FetchConnection<T> = (args: { first: number; after: string | null; cursorsOnly: boolean }) => Promise<Connection<T>>;

interface CursorEntry {
  cursors: Map<number, string | null>;
  touchedAt: number;
}

/** Offset of the cursor to start from: the largest known offset not past the target (0 is always known). */
export function nearestKnownOffset(known: Iterable<number>, target: number): number {
  let best = 0;
  for (const offset of known) if (offset <= target && offset > best) best = offset;
  return best;
}

/** Hop sizes to skip `distance` rows, none larger than the API's page limit. */
export function hops(distance: number, max = MAX_PAGE_SIZE): number[] {
  const out: number[] = [];
  for (let left = distance; left > 0; left -= max) out.push(Math.min(left, max));
  return out;
}

export class CursorPager {
  private readonly entries = new Map<string, CursorEntry>();

  constructor(private readonly now: () => number = Date.now) {}

  private entry(key: string): CursorEntry {
    const existing = this.entries.get(key);
    if (existing && this.now() - existing.touchedAt < CURSOR_TTL_MS) {
      existing.touchedAt = this.now();
      return existing;
    }
    const fresh: CursorEntry = { cursors: new Map([[0, null]]), touchedAt: this.now() };
    this.entries.set(key, fresh);
    return fresh;
  }

  /** Rows [offset, offset + limit) of the query named by `key`. */
  async page<T>(key: string, offset: number, limit: number, fetchConnection: FetchConnection<T>): Promise<{ data: T[]; total: number; totalCapped: boolean; hasNextPage: boolean }> {
    if (offset === 0) this.entries.delete(key);
    const entry = this.entry(key);
    let at = nearestKnownOffset(entry.cursors.keys(), offset);
    let cursor = entry.cursors.get(at) ?? null;
    for (const size of hops(offset - at)) {
      const hop = await fetchConnection({ first: size, after: cursor, cursorsOnly: true });
      if (!hop.pageInfo.endCursor) return { data: [], total: hop.totalCount, totalCapped: Boolean(hop.totalCountCapped), hasNextPage: false };
      at += size;
      cursor = hop.pageInfo.endCursor;
      entry.cursors.set(at, cursor);
      if (!hop.pageInfo.hasNextPage && at < offset) return { data: [], total: hop.totalCount, totalCapped: Boolean(hop.totalCountCapped), hasNextPage: false };
    }
    const result = await fetchConnection({ first: Math.min(Math.max(limit, 1), MAX_PAGE_SIZE), after: cursor, cursorsOnly: false });
    if (result.pageInfo.endCursor) entry.cursors.set(offset + result.nodes.length, result.pageInfo.endCursor);
    return { data: result.nodes, total: result.totalCount, totalCapped: Boolean(result.totalCountCapped), hasNextPage: result.pageInfo.hasNextPage };
  }
}
