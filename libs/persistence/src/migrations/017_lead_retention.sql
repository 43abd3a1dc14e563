-- Retention: a closed lead's personal data is anonymised some time after it closed (RETENTION_CLOSED_LEAD_DAYS), its
-- figures (stage, priority, owner, times, outcome) kept for reports and learning. anonymised_at says when; the partial
-- index finds the leads due without reading the ones done.
ALTER TABLE leads ADD COLUMN anonymised_at timestamptz;
CREATE INDEX leads_retention_due ON leads (closed_at) WHERE status = 'CLOSED' AND anonymised_at IS NULL;
