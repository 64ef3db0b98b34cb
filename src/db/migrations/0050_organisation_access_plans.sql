-- app_organisation_access (0049) in PL/pgSQL instead of SQL. A SQL function that is not inlined
-- is parsed and planned again at every call, and under row-level security on four tables that
-- planning was most of app_viewer's 0.6-0.7 ms, before every signed-in request. PL/pgSQL keeps
-- the plan for the connection: measured on the booking bench's school, 0.55 ms a call before,
-- 0.04-0.09 ms after its first few calls (docs/benchmarks.md, booking, session 17).
CREATE OR REPLACE FUNCTION app_organisation_access(p_user_id uuid, p_platform_admin boolean) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT coalesce(jsonb_agg(jsonb_build_object(
    'orgId', o.id, 'orgName', o.name, 'requireSecondFactor', o.require_second_factor,
    'roles', array(SELECT m.role::text FROM memberships m WHERE m.org_id = o.id AND m.user_id = p_user_id ORDER BY m.role),
    'isGuardian', exists (SELECT 1 FROM guardians g WHERE g.org_id = o.id AND g.user_id = p_user_id))), '[]'::jsonb)
  FROM organisations o
  WHERE p_platform_admin
    OR o.id IN (SELECT org_id FROM memberships WHERE user_id = p_user_id)
    OR o.id IN (SELECT org_id FROM guardians WHERE user_id = p_user_id));
END
$$;
