-- Rate-limit windows shared by every API process (login attempts, inbound webhook calls): per key, a window that
-- opens at the first call and counts calls until it has run its length, kept with one upsert. UNLOGGED: counters
-- need no crash safety, and skipping the WAL keeps the hot path cheap.
CREATE UNLOGGED TABLE rate_limit_windows (
  bucket        text        PRIMARY KEY,
  window_start  timestamptz NOT NULL,
  hits          integer     NOT NULL
);
