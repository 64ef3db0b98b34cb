-- An invitation to an existing account with no place in the organisation yet waits for the person's
-- consent (docs/privacy.md): the organisation sees only the name its inviter typed, and the roles are
-- given when the person accepts. It goes when accepted, declined, withdrawn or 30 days old.
CREATE TABLE "staff_invitations" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"roles" "staff_role"[] NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"invited_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_invitations_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "staff_invitations" ADD CONSTRAINT "staff_invitations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_invitations" ADD CONSTRAINT "staff_invitations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_invitations" ADD CONSTRAINT "staff_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "staff_invitations_user_key" ON "staff_invitations" USING btree ("org_id","user_id");--> statement-breakpoint
CREATE INDEX "staff_invitations_user_idx" ON "staff_invitations" USING btree ("user_id");--> statement-breakpoint
SELECT enable_org_isolation('staff_invitations');--> statement-breakpoint
-- The invitee's own pending invitations in every organisation, with the organisation's name, for
-- their home page, their invitations page and their data export: for the person of the transaction
-- (app.user_id) and nobody else. Accepting or declining then works in that organisation's own transaction.
CREATE FUNCTION staff_invitations_received()
RETURNS TABLE (org_id uuid, id uuid, org_name text, roles text[], created_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT i.org_id, i.id, o.name, i.roles::text[], i.created_at
   FROM staff_invitations i JOIN organisations o ON o.id = i.org_id
   WHERE i.user_id = app_user_id() ORDER BY i.created_at, i.id $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION staff_invitations_received() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION staff_invitations_received() TO samen_app;
--> statement-breakpoint
-- The daily clean-up looks across organisations for invitations made before p_before, then deletes
-- them in each organisation's own transaction. This function gives it those organisations' ids only.
CREATE FUNCTION expired_staff_invitation_orgs(p_before timestamptz) RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT DISTINCT org_id FROM staff_invitations WHERE created_at < p_before ORDER BY org_id $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION expired_staff_invitation_orgs(timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION expired_staff_invitation_orgs(timestamptz) TO samen_app;
