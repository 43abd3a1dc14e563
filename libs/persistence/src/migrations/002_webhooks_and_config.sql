-- Outgoing webhook subscriptions and their delivery log; indexes for the metrics the API and /metrics read.

-- Where sales ops want lead events pushed. The secret signs each delivery (see webhook-signature.ts); it is never read back by the API.
CREATE TABLE webhook_subscriptions (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  url         text NOT NULL,
  events      text[] NOT NULL,
  secret      text NOT NULL,
  active      boolean NOT NULL DEFAULT true,
  created_by  uuid REFERENCES users(id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  -- Deleting keeps the row (the delivery log points at it) and stops deliveries.
  deleted_at  timestamptz
);
CREATE INDEX webhook_subscriptions_live ON webhook_subscriptions USING gin (events) WHERE deleted_at IS NULL AND active;

-- One row per delivery attempt; (delivery_key, attempt) makes a retried activity record an attempt once.
CREATE TABLE webhook_deliveries (
  id               bigserial PRIMARY KEY,
  subscription_id  uuid NOT NULL REFERENCES webhook_subscriptions(id),
  event            text NOT NULL,
  lead_id          uuid REFERENCES leads(id),
  delivery_key     text NOT NULL,
  attempt          integer NOT NULL,
  status_code      integer,
  ok               boolean NOT NULL,
  error            text,
  duration_ms      integer,
  at               timestamptz NOT NULL DEFAULT now(),
  UNIQUE (delivery_key, attempt)
);
CREATE INDEX webhook_deliveries_subscription ON webhook_deliveries (subscription_id, at DESC);

-- SLA breaches are timeline events: metrics count them by day and /metrics counts them all.
CREATE INDEX lead_events_sla_breaches ON lead_events (at) WHERE type = 'SLA_BREACHED';
-- Metrics over a date range: first-response times and per-source counts read only these columns.
CREATE INDEX leads_created_metrics ON leads (created_at) INCLUDE (team_id, owner_id, source, stage, sla_state, first_contacted_at) WHERE merged_into IS NULL;
