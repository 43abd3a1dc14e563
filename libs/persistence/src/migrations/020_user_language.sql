-- The language a user reads LeadOps in (issue 14): the e-mails to them (assignment, SLA breach) are written in it.
-- English for everyone until they or sales ops change it; the API refuses any other value, and so does the CHECK.
ALTER TABLE users ADD COLUMN language text NOT NULL DEFAULT 'en';
ALTER TABLE users ADD CONSTRAINT users_language_known CHECK (language IN ('en', 'es', 'pt-BR'));
