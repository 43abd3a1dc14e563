-- A conversion score learned from outcomes (issue 15): every trained model is kept, with its held-out figures, so sales
-- ops can see how it did and roll back to an earlier version; at most one model per seller profile is promoted, and
-- the promoted one scores leads. A lead keeps the probability, the model version and the top factors it was scored with.

CREATE TABLE scoring_models (
  version          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  profile_id       text NOT NULL DEFAULT 'default',
  -- { intercept, coefficients[], means[] } in the order of the feature spec.
  coefficients     jsonb NOT NULL,
  -- Which industries, countries and services the model knows (the rest are OTHER); see libs/domain/src/scoring.
  feature_spec     jsonb NOT NULL,
  closed_leads     integer NOT NULL CHECK (closed_leads >= 0),
  train_leads      integer NOT NULL CHECK (train_leads >= 0),
  held_out_leads   integer NOT NULL CHECK (held_out_leads >= 0),
  -- On the held-out split.
  auc              double precision NOT NULL CHECK (auc BETWEEN 0 AND 1),
  brier            double precision NOT NULL CHECK (brier BETWEEN 0 AND 1),
  ece              double precision NOT NULL CHECK (ece BETWEEN 0 AND 1),
  calibration      jsonb NOT NULL DEFAULT '[]',
  training_ms      integer NOT NULL DEFAULT 0,
  trained_at       timestamptz NOT NULL DEFAULT now(),
  promoted         boolean NOT NULL DEFAULT false,
  promoted_at      timestamptz,
  promoted_by      uuid REFERENCES users(id),
  -- Why the promotion step refused it (AUC too low, worse than the promoted model), when it did.
  refusal          text,
  CHECK (NOT promoted OR promoted_at IS NOT NULL)
);

CREATE UNIQUE INDEX scoring_models_one_promoted ON scoring_models (profile_id) WHERE promoted;
CREATE INDEX scoring_models_profile_trained ON scoring_models (profile_id, trained_at DESC);

ALTER TABLE leads
  ADD COLUMN conversion_probability   double precision CHECK (conversion_probability BETWEEN 0 AND 1),
  ADD COLUMN conversion_model_version integer REFERENCES scoring_models(version),
  -- [{ feature, weight }]: feature codes the console translates.
  ADD COLUMN conversion_factors       jsonb,
  ADD COLUMN conversion_scored_at     timestamptz;

-- The list sorts and filters by score.
CREATE INDEX leads_conversion_probability ON leads (conversion_probability DESC NULLS LAST, id DESC);
