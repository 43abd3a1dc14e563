-- Addresses LeadOps no longer writes to: the person unsubscribed (one click, RFC 8058) or the address bounced for good.
-- Nurture checks it before every e-mail, so a new lead, an import or a resubmission with the address sends nothing.
CREATE TABLE email_suppressions (
  email    text PRIMARY KEY,
  reason   text NOT NULL CHECK (reason IN ('UNSUBSCRIBED', 'BOUNCED')),
  at       timestamptz NOT NULL DEFAULT now()
);
