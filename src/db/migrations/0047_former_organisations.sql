-- A parent or staff member who left an organisation (no longer a guardian or staff there) may still
-- download what they wrote there: discussion threads and posts, answers to requests for help and
-- their network profile (AVG/GDPR art. 15 and 20). Their data export opens each such organisation
-- in its own transaction as usual; this function only gives it those organisations' ids, for the
-- person of the transaction (app.user_id) and nobody else. Nothing is kept longer for it: the rows
-- live as long as docs/privacy.md says.
CREATE FUNCTION organisations_written_in() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT org_id FROM discussion_threads WHERE author_id = app_user_id()
   UNION SELECT org_id FROM discussion_posts WHERE author_id = app_user_id()
   UNION SELECT org_id FROM network_profiles WHERE user_id = app_user_id()
   UNION SELECT org_id FROM network_request_answers WHERE user_id = app_user_id() $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION organisations_written_in() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION organisations_written_in() TO samen_app;
--> statement-breakpoint
-- Volunteer tasks now have the events' waiting list (docs/network.md); tasks made before get it too.
UPDATE events SET waiting_list = true
WHERE (org_id, id) IN (SELECT org_id, event_id FROM volunteer_tasks);
