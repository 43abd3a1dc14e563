-- What each worker process last saw of the model service (its circuit breaker), so the API's readiness can say the
-- model is degraded although the API never calls it. One row per worker process, rewritten on every state change
-- and refreshed every few seconds; a row that has not been refreshed recently belongs to a worker that is gone.
CREATE UNLOGGED TABLE model_service_status (
  worker_id    text        PRIMARY KEY,
  state        text        NOT NULL CHECK (state IN ('off', 'closed', 'half-open', 'open')),
  changed_at   timestamptz NOT NULL,
  reported_at  timestamptz NOT NULL
);
