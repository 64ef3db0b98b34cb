-- Measurements belong to one organisation, like every other org-owned table.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['measurements','measurement_drafts','measurement_ballots','measurement_responses']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id())', t || '_org', t);
  END LOOP;
END
$$;
--> statement-breakpoint
-- A respondent arrives with a link and no session: the transaction names the
-- link (the token's hash, or a class's open token) to find that one row and its
-- organisation, and then sets the organisation as usual. Nothing else is visible.
CREATE FUNCTION app_measurement_link() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.measurement_link', true), '') $$;
--> statement-breakpoint
ALTER TABLE measurement_invitations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE measurement_invitations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY measurement_invitations_org ON measurement_invitations
  USING (org_id = app_org_id() OR token_hash = app_measurement_link())
  WITH CHECK (org_id = app_org_id());
--> statement-breakpoint
ALTER TABLE measurement_audiences ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE measurement_audiences FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY measurement_audiences_org ON measurement_audiences
  USING (org_id = app_org_id() OR open_token = app_measurement_link())
  WITH CHECK (org_id = app_org_id());
