-- Indexes for the lead list and the reps' queue at a million leads (measured with tools/bench/api-lead-queries.sh).
-- Every list query filters "merged_into IS NULL": partial indexes with that predicate let PostgreSQL read the page
-- and count the matches from the index alone, without visiting the table.

-- myQueue: a rep's open leads in due order (the API sorts by coalesce(sla_due_at, 'infinity'), then id).
CREATE INDEX leads_rep_queue ON leads (owner_id, (coalesce(sla_due_at, 'infinity'::timestamptz)), id)
  WHERE status <> 'CLOSED' AND merged_into IS NULL;

-- The lead list filtered by stage and priority, newest first, with keyset pages.
CREATE INDEX leads_list_stage_priority ON leads (stage, priority, created_at DESC, id DESC) WHERE merged_into IS NULL;

-- Open leads in due order (managers' and sales ops' "open, by SLA due" view). team_id and owner_id ride along so the
-- manager's visibility filter (team, or the unowned queue) is checked in the index.
CREATE INDEX leads_open_by_due ON leads ((coalesce(sla_due_at, 'infinity'::timestamptz)), id) INCLUDE (team_id, owner_id)
  WHERE status <> 'CLOSED' AND merged_into IS NULL;

-- Priority depends on stage (P1/P2 only for SQL): without this the planner underestimates "SQL and P1" tenfold.
CREATE STATISTICS leads_stage_priority_stats (dependencies, mcv) ON stage, priority FROM leads;
ANALYZE leads;
