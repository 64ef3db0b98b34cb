-- An invitation names its roles in the inviting organisation's words ("leraar" at a school,
-- "pedagogisch medewerker" at a daycare), so the person's own list of invitations needs its type.
DROP FUNCTION staff_invitations_received();
--> statement-breakpoint
CREATE FUNCTION staff_invitations_received()
RETURNS TABLE (org_id uuid, id uuid, org_name text, org_type text, roles text[], created_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT i.org_id, i.id, o.name, o.type::text, i.roles::text[], i.created_at
   FROM staff_invitations i JOIN organisations o ON o.id = i.org_id
   WHERE i.user_id = app_user_id() ORDER BY i.created_at, i.id $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION staff_invitations_received() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION staff_invitations_received() TO samen_app;
