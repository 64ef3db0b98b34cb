-- An account an invitation made (decision 004) that was never used is personal data kept for
-- nothing once its invitation ends unanswered. users.signed_in_at is set at the account's first
-- sign-in (kept as long as the account, in no export: docs/privacy.md); while it is null and the
-- account has no role, no waiting invitation and no guardian record anywhere, withdrawing,
-- declining or the expiry of its last invitation deletes it in the same transaction.
ALTER TABLE "users" ADD COLUMN "signed_in_at" timestamp with time zone;
--> statement-breakpoint
-- Accounts made before this count as used, except those whose only trace is a waiting invitation
-- (no session, passkey, password or authenticator app): the accounts this is about.
UPDATE users u SET signed_in_at = u.created_at
WHERE NOT EXISTS (SELECT 1 FROM staff_invitations i WHERE i.user_id = u.id)
   OR EXISTS (SELECT 1 FROM sessions s WHERE s.user_id = u.id)
   OR EXISTS (SELECT 1 FROM passkeys p WHERE p.user_id = u.id)
   OR u.password_hash IS NOT NULL OR u.totp_secret IS NOT NULL;
--> statement-breakpoint
-- Deletes the account if it is left over: never signed in, no platform role, no role, waiting
-- invitation or guardian record in any organisation (which the caller's organisation transaction
-- cannot see, hence security definer). The account's row is locked first, so an invitation of
-- another organisation committed meanwhile is seen and keeps it. Whether it deleted; a second call
-- finds nothing to do.
CREATE FUNCTION delete_orphan_account(p_user uuid) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
BEGIN
  PERFORM 1 FROM users WHERE id = p_user FOR UPDATE;
  DELETE FROM users u
  WHERE u.id = p_user AND u.signed_in_at IS NULL AND NOT u.is_platform_admin AND NOT u.is_platform_editor
    AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = p_user)
    AND NOT EXISTS (SELECT 1 FROM staff_invitations i WHERE i.user_id = p_user)
    AND NOT EXISTS (SELECT 1 FROM guardians g WHERE g.user_id = p_user);
  RETURN FOUND;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION delete_orphan_account(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION delete_orphan_account(uuid) TO samen_app;
