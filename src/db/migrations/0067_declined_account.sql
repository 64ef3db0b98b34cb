-- The account an invitation made, declined on the visit it was first signed in for (docs/privacy.md):
-- declining takes a sign-in, so delete_orphan_account (0059) keeps it; this one deletes it when the
-- account's first sign-in is the session that declines (users.signed_in_at set at or after that
-- session began) and it is left with nothing, as 0059's: no platform role, and no role, waiting
-- invitation or guardian record in any organisation. Its sessions go with it (cascade). Whether it
-- deleted.
CREATE FUNCTION delete_declined_account(p_user uuid, p_session text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
BEGIN
  PERFORM 1 FROM users WHERE id = p_user FOR UPDATE;
  DELETE FROM users u
  WHERE u.id = p_user AND NOT u.is_platform_admin AND NOT u.is_platform_editor
    AND u.signed_in_at >= (SELECT s.created_at FROM sessions s WHERE s.id_hash = p_session AND s.user_id = p_user)
    AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = p_user)
    AND NOT EXISTS (SELECT 1 FROM staff_invitations i WHERE i.user_id = p_user)
    AND NOT EXISTS (SELECT 1 FROM guardians g WHERE g.user_id = p_user);
  RETURN FOUND;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION delete_declined_account(uuid, text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION delete_declined_account(uuid, text) TO samen_app;
