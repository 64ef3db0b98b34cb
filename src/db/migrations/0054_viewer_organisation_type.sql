-- app_organisation_access (0050) also returns each organisation's type, so the Viewer knows whether
-- the organisation the person works in is a school or childcare (a preschool or daycare) and the
-- pages speak its words ("kinderen", "pedagogisch medewerker") without a query of their own
-- (src/web/i18n, wordings). Nothing else changes; no table changes.
CREATE OR REPLACE FUNCTION app_organisation_access(p_user_id uuid, p_platform_admin boolean) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT coalesce(jsonb_agg(jsonb_build_object(
    'orgId', o.id, 'orgName', o.name, 'orgType', o.type, 'requireSecondFactor', o.require_second_factor,
    'roles', array(SELECT m.role::text FROM memberships m WHERE m.org_id = o.id AND m.user_id = p_user_id ORDER BY m.role),
    'isGuardian', exists (SELECT 1 FROM guardians g WHERE g.org_id = o.id AND g.user_id = p_user_id))), '[]'::jsonb)
  FROM organisations o
  WHERE p_platform_admin
    OR o.id IN (SELECT org_id FROM memberships WHERE user_id = p_user_id)
    OR o.id IN (SELECT org_id FROM guardians WHERE user_id = p_user_id));
END
$$;
