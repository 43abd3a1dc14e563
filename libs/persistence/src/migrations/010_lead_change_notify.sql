-- Live updates: every change of a lead's pipeline state is announced on the "lead_changed" channel,
-- so the API can push it to consoles (server-sent events) without polling.
CREATE FUNCTION notify_lead_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('lead_changed', json_build_object(
    'id', NEW.id, 'ownerId', NEW.owner_id, 'teamId', NEW.team_id, 'status', NEW.status, 'stage', NEW.stage,
    'priority', NEW.priority, 'slaState', NEW.sla_state,
    'breached', (NEW.sla_state = 'BREACHED' AND (TG_OP = 'INSERT' OR OLD.sla_state IS DISTINCT FROM 'BREACHED'))
  )::text);
  RETURN NEW;
END $$;

CREATE TRIGGER leads_notify_changed
  AFTER INSERT OR UPDATE OF status, stage, priority, owner_id, sla_state, sla_due_at, escalation_level ON leads
  FOR EACH ROW EXECUTE FUNCTION notify_lead_changed();
