-- Why each assignment went where it did (issue 15, "routing you can audit"): the rule that matched, its strategy, and
-- every rep the rule considered with the reason they were or were not chosen. One row per routing decision (first
-- routing, escalation, re-route, manual hand-over, or a queued lead's retry); the lead overview shows the latest.
-- A table rather than the ASSIGNED event's data: the lead query reads one indexed row instead of scanning the timeline's
-- JSON, and queued attempts (which write no ASSIGNED event) are explained too.
-- Reps are kept by id only (names are read with the decision, as the owner's is): a renamed rep reads under the new
-- name and no copy of people's names spreads into another table. No lead data is stored here: erasing a lead
-- deletes its decisions with it (ON DELETE CASCADE) and anonymising leaves nothing of the person behind.
CREATE TABLE routing_decisions (
  id            bigserial PRIMARY KEY,
  lead_id       uuid NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
  -- The assignment's attempt key: an activity retry returns the first answer and writes no second row.
  attempt_key   text NOT NULL UNIQUE,
  decided_at    timestamptz NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('ASSIGN', 'QUEUE')),
  -- No foreign key: a rule deleted later must not erase (or block) the record of what it decided; its name stays.
  rule_id       uuid,
  rule_name     text NOT NULL,
  strategy      text NOT NULL,
  chosen_rep_id uuid REFERENCES users(id),
  -- [{ repId, outcome, reason, params }] in the order the rule considered them (domain: CandidateVerdict).
  candidates    jsonb NOT NULL,
  -- Why routing ran at all, when not the lead's first routing: "re-routed: María is inactive", an escalation...
  cause         text
);
CREATE INDEX routing_decisions_lead ON routing_decisions (lead_id, decided_at DESC, id DESC);
