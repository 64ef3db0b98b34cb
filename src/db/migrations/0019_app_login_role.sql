-- The app logs in as samen_app itself instead of switching to it with SET ROLE (issue 10, §5): a
-- session that logged in as the owner gets the owner back with one RESET ROLE. samen_app owns
-- nothing, is no superuser and cannot bypass row-level security. Without a password it can log in
-- only where the server trusts the connection (development); production gives it one.
DO $$
BEGIN
  IF NOT (SELECT rolcanlogin FROM pg_roles WHERE rolname = 'samen_app') THEN
    ALTER ROLE samen_app LOGIN;
  END IF;
EXCEPTION WHEN internal_error THEN
  -- "tuple concurrently updated": a migration of another database in this cluster did the same.
  IF NOT (SELECT rolcanlogin FROM pg_roles WHERE rolname = 'samen_app') THEN
    RAISE;
  END IF;
END
$$;
