-- The viewer of a session cookie in one round trip instead of five (src/auth/load-viewer.ts):
-- the session (its idle timer moved at most once a minute) and the user, then, as withOrg
-- does for a person without an organisation, the app's role and app.user_id for the rest of
-- the statement's transaction, and the organisations the person may open under row-level
-- security. SECURITY INVOKER: it can do nothing the app's own statements cannot.
CREATE FUNCTION app_organisation_access(p_user_id uuid, p_platform_admin boolean) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT coalesce(jsonb_agg(jsonb_build_object(
    'orgId', o.id, 'orgName', o.name, 'requireSecondFactor', o.require_second_factor,
    'roles', array(SELECT m.role::text FROM memberships m WHERE m.org_id = o.id AND m.user_id = p_user_id ORDER BY m.role),
    'isGuardian', exists (SELECT 1 FROM guardians g WHERE g.org_id = o.id AND g.user_id = p_user_id))), '[]'::jsonb)
  FROM organisations o
  WHERE p_platform_admin
    OR o.id IN (SELECT org_id FROM memberships WHERE user_id = p_user_id)
    OR o.id IN (SELECT org_id FROM guardians WHERE user_id = p_user_id)
$$;
--> statement-breakpoint
CREATE FUNCTION app_viewer(p_token_hash text, p_idle_cutoff timestamptz) RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  found jsonb;
  viewer_id uuid;
  platform_admin boolean;
BEGIN
  WITH live AS (
    SELECT id_hash, user_id, current_org_id, fully_authenticated, last_seen_at FROM sessions
    WHERE id_hash = p_token_hash AND expires_at > now() AND last_seen_at > p_idle_cutoff),
  touched AS (
    UPDATE sessions SET last_seen_at = now()
    WHERE id_hash IN (SELECT id_hash FROM live WHERE last_seen_at < now() - interval '1 minute'))
  SELECT jsonb_build_object('sessionHash', t.id_hash, 'currentOrgId', t.current_org_id,
      'fullyAuthenticated', t.fully_authenticated, 'userId', u.id, 'email', u.email, 'name', u.name,
      'locale', u.locale, 'isPlatformAdmin', u.is_platform_admin, 'isPlatformEditor', u.is_platform_editor,
      'hasPassword', u.password_hash IS NOT NULL,
      'hasSecondFactor', u.totp_secret IS NOT NULL OR exists (SELECT 1 FROM passkeys p WHERE p.user_id = u.id)),
    u.id, u.is_platform_admin
  INTO found, viewer_id, platform_admin
  FROM live t JOIN users u ON u.id = t.user_id;
  IF found IS NULL THEN
    RETURN NULL;
  END IF;
  PERFORM set_config('role', 'samen_app', true), set_config('app.org_id', '', true),
    set_config('app.user_id', viewer_id::text, true);
  RETURN found || jsonb_build_object('organisations', app_organisation_access(viewer_id, platform_admin));
END
$$;
