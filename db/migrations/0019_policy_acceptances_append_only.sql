-- A record of what a member accepted is never rewritten: UPDATE is refused. Rows leave only with
-- their account (the foreign key cascades when an account is erased).
CREATE OR REPLACE FUNCTION policy_acceptances_refuse_update() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'policy_acceptances is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER policy_acceptances_no_update
  BEFORE UPDATE ON policy_acceptances
  FOR EACH ROW EXECUTE FUNCTION policy_acceptances_refuse_update();
