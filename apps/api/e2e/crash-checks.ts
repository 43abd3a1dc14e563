// What the crash tests check after a restart, and the free ports they start private servers on.
import type { Stack } from './harness';

/** How many leads of this test's database have an owner. */
export async function assignedLeads(stack: Stack): Promise<number> {
  return (await stack.database.db.query('SELECT count(*)::int AS n FROM leads WHERE owner_id IS NOT NULL'))[0].n;
}

/** Leads among `ids` not classified exactly once and assigned exactly once (empty when all is well), and how many were found. */
export async function leadsNotHandledOnce(stack: Stack, ids: string[]): Promise<{ found: number; wrong: Array<{ id: string; classified: number; assigned: number }> }> {
  const rows: Array<{ id: string; classified: number; assigned: number }> = await stack.database.db.query(
    `SELECT l.id,
            (SELECT count(*)::int FROM classifications c WHERE c.lead_id = l.id) AS classified,
            (SELECT count(*)::int FROM lead_events e WHERE e.lead_id = l.id AND e.type = 'ASSIGNED') AS assigned
       FROM leads l WHERE l.id = ANY($1)`,
    [ids],
  );
  return { found: rows.length, wrong: rows.filter((l) => l.classified !== 1 || l.assigned !== 1) };
}

export { freePorts } from '@leadops/testing';
