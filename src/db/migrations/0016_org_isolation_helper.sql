-- One call gives a new organisation-owned table its isolation, instead of copying the block:
--   SELECT enable_org_isolation('conversation_notes');
-- It enables and forces row-level security (the owner is held to it too), creates the
-- policy "<table>_org" (only the rows of the transaction's organisation, app_org_id()) and
-- grants samen_app its four privileges. Only the owner running the migrations may call it:
-- the app's role must never be able to change a table's isolation.
CREATE FUNCTION enable_org_isolation(target regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
  EXECUTE format(
    'CREATE POLICY %I ON %s USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id())',
    (SELECT relname FROM pg_class WHERE oid = target) || '_org',
    target
  );
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO samen_app', target);
END
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION enable_org_isolation(regclass) FROM PUBLIC;
