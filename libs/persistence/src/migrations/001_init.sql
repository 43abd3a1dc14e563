-- LeadOps schema v1: leads and their pipeline state, classifications, the timeline, the outbox,
-- users/teams/reps, versioned company profiles, routing and SLA configuration, and the audit log.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE teams (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name          text NOT NULL UNIQUE,
  time_zone     text NOT NULL DEFAULT 'America/Mexico_City',
  created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email          text NOT NULL UNIQUE,
  display_name   text NOT NULL,
  password_hash  text NOT NULL,
  role           text NOT NULL CHECK (role IN ('SALES_OPS', 'MANAGER', 'REP')),
  team_id        uuid REFERENCES teams(id),
  active         boolean NOT NULL DEFAULT true,
  -- Rep routing attributes (null/empty for non-reps).
  capacity       integer NOT NULL DEFAULT 50 CHECK (capacity >= 0),
  routing_weight integer NOT NULL DEFAULT 1 CHECK (routing_weight >= 0),
  skills         text[] NOT NULL DEFAULT '{}',
  languages      text[] NOT NULL DEFAULT '{}',
  territories    text[] NOT NULL DEFAULT '{}',
  time_zone      text NOT NULL DEFAULT 'America/Mexico_City',
  working_hours  jsonb,
  out_of_office  jsonb NOT NULL DEFAULT '[]',
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX users_team_role ON users (team_id, role) WHERE active;

CREATE TABLE company_profiles (
  id          text NOT NULL,
  version     integer NOT NULL,
  profile     jsonb NOT NULL,
  created_by  uuid REFERENCES users(id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, version)
);

CREATE TABLE leads (
  id                  uuid PRIMARY KEY,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  source              text NOT NULL DEFAULT 'api',
  idempotency_key     text UNIQUE,
  full_name           text NOT NULL,
  email               text NOT NULL,
  email_normalized    text NOT NULL,
  phone               text,
  phone_e164          text,
  job_position        text,
  company_name        text,
  company_domain      text,
  industry            text,
  location            text,
  age                 integer,
  gender              text,
  notify_email        text,
  description         text,
  company_size        integer,
  profile_id          text NOT NULL DEFAULT 'default',
  status              text NOT NULL DEFAULT 'NEW'
                      CHECK (status IN ('NEW', 'CLASSIFIED', 'QUEUED', 'ASSIGNED', 'CONTACTED', 'NURTURING', 'CLOSED')),
  stage               text CHECK (stage IN ('SQL', 'MQL', 'NURTURE', 'DISQUALIFIED', 'REVIEW')),
  priority            text CHECK (priority IN ('P1', 'P2', 'P3', 'P4')),
  owner_id            uuid REFERENCES users(id),
  team_id             uuid REFERENCES teams(id),
  assigned_at         timestamptz,
  sla_due_at          timestamptz,
  sla_state           text NOT NULL DEFAULT 'NONE' CHECK (sla_state IN ('NONE', 'RUNNING', 'MET', 'BREACHED')),
  escalation_level    integer NOT NULL DEFAULT 0,
  first_contacted_at  timestamptz,
  outcome             text CHECK (outcome IN ('CONVERTED', 'LOST', 'DISQUALIFIED')),
  outcome_reason      text,
  closed_at           timestamptz,
  merged_into         uuid REFERENCES leads(id),
  workflow_id         text NOT NULL,
  search_text         text GENERATED ALWAYS AS (
                        lower(coalesce(full_name, '') || ' ' || coalesce(company_name, '') || ' ' || coalesce(email, '') || ' ' || coalesce(description, ''))
                      ) STORED
);
-- A rep's queue: open leads of one owner by SLA due time.
CREATE INDEX leads_owner_queue ON leads (owner_id, sla_due_at, id) WHERE status NOT IN ('CLOSED');
-- Lead list default order (keyset on created_at, id) with common filters.
CREATE INDEX leads_created ON leads (created_at DESC, id DESC);
CREATE INDEX leads_stage_priority_created ON leads (stage, priority, created_at DESC, id DESC);
CREATE INDEX leads_status_created ON leads (status, created_at DESC, id DESC);
CREATE INDEX leads_team_created ON leads (team_id, created_at DESC, id DESC);
CREATE INDEX leads_sla_running ON leads (sla_due_at) WHERE sla_state = 'RUNNING';
CREATE INDEX leads_search_trgm ON leads USING gin (search_text gin_trgm_ops);
-- Dedupe look-ups among open leads.
CREATE INDEX leads_open_email ON leads (email_normalized) WHERE status <> 'CLOSED' AND merged_into IS NULL;
CREATE INDEX leads_open_phone ON leads (phone_e164) WHERE status <> 'CLOSED' AND merged_into IS NULL AND phone_e164 IS NOT NULL;
CREATE INDEX leads_open_company ON leads (company_domain, lower(full_name)) WHERE status <> 'CLOSED' AND merged_into IS NULL;

CREATE TABLE classifications (
  id               bigserial PRIMARY KEY,
  lead_id          uuid NOT NULL REFERENCES leads(id),
  result           jsonb NOT NULL,
  classifier       text NOT NULL,
  policy_version   text NOT NULL,
  profile_id       text NOT NULL,
  profile_version  integer,
  latency_ms       integer NOT NULL,
  -- One stored result per classification attempt of a workflow run, so an activity retry stores nothing twice.
  attempt_key      text NOT NULL UNIQUE,
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX classifications_lead ON classifications (lead_id, created_at DESC);

CREATE TABLE lead_events (
  id          bigserial PRIMARY KEY,
  lead_id     uuid NOT NULL REFERENCES leads(id),
  at          timestamptz NOT NULL DEFAULT now(),
  type        text NOT NULL,
  actor_id    uuid REFERENCES users(id),
  message     text NOT NULL,
  data        jsonb NOT NULL DEFAULT '{}',
  event_key   text UNIQUE
);
CREATE INDEX lead_events_lead ON lead_events (lead_id, at, id);

-- Written in the same transaction as the lead; a relay starts the workflow and marks the row dispatched.
CREATE TABLE outbox (
  id             bigserial PRIMARY KEY,
  lead_id        uuid NOT NULL REFERENCES leads(id),
  kind           text NOT NULL,
  payload        jsonb NOT NULL DEFAULT '{}',
  created_at     timestamptz NOT NULL DEFAULT now(),
  attempts       integer NOT NULL DEFAULT 0,
  last_error     text,
  dispatched_at  timestamptz
);
CREATE INDEX outbox_pending ON outbox (created_at) WHERE dispatched_at IS NULL;

-- Every e-mail and webhook sent, keyed so a retried activity never sends twice.
CREATE TABLE notifications (
  key          text PRIMARY KEY,
  lead_id      uuid REFERENCES leads(id),
  channel      text NOT NULL CHECK (channel IN ('email', 'webhook')),
  recipient    text NOT NULL,
  subject      text,
  status       text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
  attempts     integer NOT NULL DEFAULT 0,
  last_error   text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  sent_at      timestamptz
);

-- Round-robin cursors per routing rule/team: a row lock makes concurrent picks fair.
CREATE TABLE routing_cursors (
  scope        text PRIMARY KEY,
  last_user_id uuid,
  counter      bigint NOT NULL DEFAULT 0
);

CREATE TABLE routing_rules (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name         text NOT NULL,
  position     integer NOT NULL,
  enabled      boolean NOT NULL DEFAULT true,
  conditions   jsonb NOT NULL DEFAULT '{}',
  strategy     text NOT NULL CHECK (strategy IN ('ROUND_ROBIN', 'WEIGHTED', 'LOAD_BALANCED', 'TERRITORY', 'SKILLS', 'SPECIFIC_REP')),
  team_id      uuid REFERENCES teams(id),
  rep_ids      uuid[] NOT NULL DEFAULT '{}',
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE settings (
  key         text PRIMARY KEY,
  value       jsonb NOT NULL,
  updated_by  uuid REFERENCES users(id),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE audit_log (
  id          bigserial PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT now(),
  actor_id    uuid REFERENCES users(id),
  entity      text NOT NULL,
  entity_id   text NOT NULL,
  action      text NOT NULL,
  before      jsonb,
  after       jsonb
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, at DESC);

CREATE TABLE webhook_receipts (
  source           text NOT NULL,
  idempotency_key  text NOT NULL,
  lead_id          uuid NOT NULL REFERENCES leads(id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (source, idempotency_key)
);
