-- Where the model and the rules disagree on a lead's stage (issue 14). When the model classifies, the worker stores the
-- rules' stage beside the model's in the result (result.rulesStage); no new column is needed. The dashboard counts
-- these disagreements per day over a date range: without an index that is a scan of every classification ever stored.
-- Disagreements are few, so a partial index on the time of just those rows stays small and is all the count reads.
-- The dashboard's query repeats this predicate word for word so the planner can use the index.
CREATE INDEX classifications_stage_disagreements ON classifications (created_at, lead_id)
  WHERE classifier = 'llm' AND (result->>'rulesStage') <> (result->>'stage');
