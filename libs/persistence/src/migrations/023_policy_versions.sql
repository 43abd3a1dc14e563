-- What-if before publish (issue 15): sales ops edit the classification policy and the routing rules together as one
-- draft, publish it as a numbered version, and may restore any earlier version (which publishes it again, as a new
-- number). What is live stays where the worker reads it (the "classificationPolicy" setting and routing_rules); these
-- tables keep every published version and the draft. Classifications record "v1+r<version>" in policy_version.

CREATE TABLE policy_versions (
  version        integer PRIMARY KEY CHECK (version > 0),
  -- What differs from the default classification policy: thresholds, SLA minutes per priority, word lists.
  policy         jsonb NOT NULL DEFAULT '{}',
  -- The routing rules of this version, each as in routing_rules (id, name, position, enabled, strategy, teamId, repIds,
  -- conditions): restoring puts back these rows, with these ids, so round-robin cursors carry on.
  routing_rules  jsonb NOT NULL DEFAULT '[]',
  -- BASELINE: what was live before the first publish, kept so that it can be restored too.
  action         text NOT NULL CHECK (action IN ('BASELINE', 'PUBLISH', 'RESTORE')),
  restored_from  integer REFERENCES policy_versions(version),
  note           text CHECK (length(note) <= 500),
  published_by   uuid REFERENCES users(id),
  published_at   timestamptz NOT NULL DEFAULT now(),
  CHECK ((action = 'RESTORE') = (restored_from IS NOT NULL))
);

-- The one draft sales ops share; deleted when it is published or discarded.
CREATE TABLE policy_draft (
  singleton         boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  policy            jsonb NOT NULL DEFAULT '{}',
  routing_rules     jsonb NOT NULL DEFAULT '[]',
  -- The published version the draft started from (null before the first publish).
  based_on_version  integer REFERENCES policy_versions(version),
  updated_by        uuid REFERENCES users(id),
  updated_at        timestamptz NOT NULL DEFAULT now()
);
