-- Tokens are revocable: each login token carries the user's session version, and every request compares it with this
-- column. Deactivating a user, changing their role or team, or setting a new password moves it on, so every token
-- issued before stops working at once, whichever path (API, SQL console, script) made the change.
ALTER TABLE users ADD COLUMN session_version integer NOT NULL DEFAULT 1;

CREATE FUNCTION users_revoke_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.active IS DISTINCT FROM OLD.active OR NEW.role IS DISTINCT FROM OLD.role OR NEW.team_id IS DISTINCT FROM OLD.team_id
     OR NEW.password_hash IS DISTINCT FROM OLD.password_hash THEN
    NEW.session_version := OLD.session_version + 1;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER users_revoke_sessions BEFORE UPDATE OF active, role, team_id, password_hash ON users
  FOR EACH ROW EXECUTE FUNCTION users_revoke_sessions();
