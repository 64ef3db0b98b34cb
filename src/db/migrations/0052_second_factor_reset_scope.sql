-- A school leader may take away the second factor only of someone who is staff in the leader's own
-- organisation and has no place in any other (no staff role, no child there) and does not run the
-- platform: a reset ends the person's sessions everywhere, so for anyone else it is a platform
-- administrator's call. Row-level security hides other organisations' rows from the transaction;
-- this function answers only that yes or no, and only about staff of the transaction's organisation
-- (app.org_id): for anyone else it says no, so it tells nothing about people outside it.
CREATE FUNCTION second_factor_resettable_here(p_user uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM memberships WHERE user_id = p_user AND org_id = app_org_id() AND role <> 'advisor')
   AND NOT EXISTS (SELECT 1 FROM memberships WHERE user_id = p_user AND org_id <> app_org_id())
   AND NOT EXISTS (SELECT 1 FROM guardians WHERE user_id = p_user AND org_id <> app_org_id())
   AND NOT EXISTS (SELECT 1 FROM users WHERE id = p_user AND (is_platform_admin OR is_platform_editor)) $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION second_factor_resettable_here(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION second_factor_resettable_here(uuid) TO samen_app;
