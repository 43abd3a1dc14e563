-- One-use tickets for the live stream (GET /events/leads?ticket=…). EventSource cannot send an Authorization header,
-- and a bearer token in the URL would land in access logs; a ticket there is worth nothing once used or 30 s old.
-- Only the SHA-256 of a ticket is kept, so this table reveals no usable ticket. Kept in PostgreSQL so every API
-- replica honours the one use; UNLOGGED because a ticket lost in a crash is simply asked for again. session_version is
-- the bearer token's: a stream lives on after its ticket is used, and ends when that session is revoked (014).
CREATE UNLOGGED TABLE stream_tickets (
  ticket_hash  bytea       PRIMARY KEY,
  user_id      uuid        NOT NULL,
  role         text        NOT NULL,
  team_id      uuid,
  email        text        NOT NULL,
  session_version integer  NOT NULL,
  expires_at   timestamptz NOT NULL
);
CREATE INDEX stream_tickets_expires_at ON stream_tickets (expires_at);
