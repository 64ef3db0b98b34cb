-- The advisor's workspace (docs/trajectory.md, "The advisor's workspace") reads every organisation
-- an advisor guides in one transaction, with a fixed number of queries. It runs as samen_advisor:
-- a role that owns nothing, cannot bypass row-level security, may only SELECT the tables the
-- workspace reads, and has policies of its own that admit the rows of the organisations where the
-- transaction's person (app.user_id) holds an advisor membership, read from memberships at the
-- time of the query: when an organisation ends the invitation, its rows are gone from the next
-- query on. The policies apply to samen_advisor only, so samen_app's queries keep their plans and
-- their single organisation. samen_app switches to it per transaction (SET LOCAL ROLE through
-- withOrg's settings), which needs samen_app to be a member of it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'samen_advisor') THEN
    CREATE ROLE samen_advisor NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- created concurrently by a migration of another database in this cluster
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  GRANT samen_advisor TO samen_app;
EXCEPTION WHEN internal_error THEN
  NULL; -- "tuple concurrently updated": a migration of another database in this cluster did the same
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO samen_advisor;
--> statement-breakpoint
-- The organisations the transaction's person advises. Evaluated once per query: the policies call
-- it as an uncorrelated subquery (an InitPlan), so org_id = ANY(...) can use the tables' indexes.
CREATE FUNCTION app_advised_orgs() RETURNS uuid[] LANGUAGE sql STABLE AS
$$ SELECT coalesce(array_agg(org_id), '{}') FROM memberships WHERE user_id = app_user_id() AND role = 'advisor' $$;
--> statement-breakpoint
GRANT SELECT ON memberships, organisations TO samen_advisor;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['trajectories','trajectory_measurements','trajectory_skips','trajectory_sessions',
    'measurements','measurement_tallies','plans','plan_actions','certificates']
  LOOP
    EXECUTE format('GRANT SELECT ON %I TO samen_advisor', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I FOR SELECT TO samen_advisor USING (org_id = ANY ((SELECT app_advised_orgs())::uuid[]))',
      t || '_advisor', t);
  END LOOP;
END
$$;
