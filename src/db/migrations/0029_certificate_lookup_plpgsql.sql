-- The verification page's look-up in PL/pgSQL instead of SQL: a SECURITY DEFINER SQL function is
-- never inlined, and PostgreSQL before 18 plans its statement again on every call; PL/pgSQL keeps
-- the plan for the connection, as the prepared statement that calls it does. Same answer, same
-- columns, same grants (CREATE OR REPLACE keeps them).
CREATE OR REPLACE FUNCTION certificate_by_code(lookup text)
RETURNS TABLE (organisation text, awarded_on date, valid_until date, revoked_on date)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ BEGIN
  RETURN QUERY
    SELECT o.name, c.awarded_on, c.valid_until, (c.revoked_at AT TIME ZONE 'Europe/Amsterdam')::date
    FROM certificates c JOIN organisations o ON o.id = c.org_id
    WHERE c.code = lookup;
END $$;
