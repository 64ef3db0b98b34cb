-- An advisor's notes about an organisation or one of its trajectory sessions (schema:
-- advisor-notes.ts, docs/trajectory.md "Advisor notes"). They belong to the advisor, yet concern
-- the organisation, so they stay in the organisation's rows (org_id first) under two policies
-- instead of the standard one: the writer reads and changes their own notes, in the organisation's
-- transaction; everyone else of the organisation (staff, other advisors) reads a note only once it
-- is shared. School staff can never read an unshared note, not even with a query of their own.
-- Retention: kept while the advisor guides the organisation; ending the invitation (the membership,
-- ON DELETE CASCADE), deleting the account, the session or the organisation deletes them.
-- Export: the writer's data export includes their notes.
CREATE TABLE "advisor_notes" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"advisor_id" uuid NOT NULL,
	"advisor_role" "staff_role" DEFAULT 'advisor' NOT NULL,
	"session_id" uuid,
	"body" text NOT NULL,
	"shared" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "advisor_notes_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "advisor_notes_role_check" CHECK ("advisor_notes"."advisor_role" = 'advisor'),
	CONSTRAINT "advisor_notes_body_check" CHECK (length("advisor_notes"."body") between 1 and 4000)
);
--> statement-breakpoint
ALTER TABLE "advisor_notes" ADD CONSTRAINT "advisor_notes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisor_notes" ADD CONSTRAINT "advisor_notes_membership_fk" FOREIGN KEY ("org_id","advisor_id","advisor_role") REFERENCES "public"."memberships"("org_id","user_id","role") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisor_notes" ADD CONSTRAINT "advisor_notes_session_fk" FOREIGN KEY ("org_id","session_id") REFERENCES "public"."trajectory_sessions"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "advisor_notes_org_idx" ON "advisor_notes" USING btree ("org_id","advisor_id");--> statement-breakpoint
ALTER TABLE advisor_notes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE advisor_notes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY advisor_notes_own ON advisor_notes
  USING (org_id = app_org_id() AND advisor_id = app_user_id())
  WITH CHECK (org_id = app_org_id() AND advisor_id = app_user_id());
--> statement-breakpoint
CREATE POLICY advisor_notes_shared ON advisor_notes FOR SELECT
  USING (org_id = app_org_id() AND shared);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON advisor_notes TO samen_app;
