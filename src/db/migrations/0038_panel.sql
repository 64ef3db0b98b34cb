CREATE TABLE "panel_ballots" (
	"survey_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"ciphertext" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"member_id" uuid,
	"province" text NOT NULL,
	"school_type" text NOT NULL,
	"token_hash" text NOT NULL,
	"sealed_token" text,
	"mailed" boolean DEFAULT false NOT NULL,
	"reminders" integer DEFAULT 0 NOT NULL,
	"responded" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"locale" text NOT NULL,
	"province" text NOT NULL,
	"children" jsonb NOT NULL,
	"council" text,
	"consent_version" integer NOT NULL,
	"consented_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"session_hash" text,
	"session_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "panel_members_locale_check" CHECK ("panel_members"."locale" in ('nl', 'en')),
	CONSTRAINT "panel_members_children_check" CHECK (jsonb_typeof("panel_members"."children") = 'array')
);
--> statement-breakpoint
CREATE TABLE "panel_responses" (
	"survey_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"school_type" text,
	"answers" jsonb
);
--> statement-breakpoint
CREATE TABLE "panel_surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" jsonb NOT NULL,
	"intro" jsonb NOT NULL,
	"questions" jsonb NOT NULL,
	"sample" jsonb NOT NULL,
	"threshold" integer DEFAULT 5 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"ballot_key" text,
	"cells" jsonb,
	"reminders" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"year" integer,
	CONSTRAINT "panel_surveys_status_check" CHECK ("panel_surveys"."status" in ('draft', 'open', 'closed', 'published')),
	CONSTRAINT "panel_surveys_threshold_check" CHECK ("panel_surveys"."threshold" >= 5)
);
--> statement-breakpoint
CREATE TABLE "panel_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"member_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "panel_tokens_purpose_check" CHECK ("panel_tokens"."purpose" in ('confirm', 'sign_in'))
);
--> statement-breakpoint
ALTER TABLE "panel_ballots" ADD CONSTRAINT "panel_ballots_survey_id_panel_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."panel_surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_invitations" ADD CONSTRAINT "panel_invitations_survey_id_panel_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."panel_surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_invitations" ADD CONSTRAINT "panel_invitations_member_id_panel_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."panel_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_responses" ADD CONSTRAINT "panel_responses_survey_id_panel_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."panel_surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_surveys" ADD CONSTRAINT "panel_surveys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_tokens" ADD CONSTRAINT "panel_tokens_member_id_panel_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."panel_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "panel_ballots_key" ON "panel_ballots" USING btree ("survey_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "panel_invitations_token_key" ON "panel_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "panel_invitations_member_key" ON "panel_invitations" USING btree ("survey_id","member_id");--> statement-breakpoint
CREATE INDEX "panel_invitations_member_idx" ON "panel_invitations" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "panel_members_email_key" ON "panel_members" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "panel_members_session_key" ON "panel_members" USING btree ("session_hash");--> statement-breakpoint
CREATE INDEX "panel_members_unconfirmed_idx" ON "panel_members" USING btree ("created_at") WHERE "panel_members"."confirmed_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "panel_responses_key" ON "panel_responses" USING btree ("survey_id","id");--> statement-breakpoint
CREATE INDEX "panel_surveys_year_idx" ON "panel_surveys" USING btree ("year");--> statement-breakpoint
CREATE INDEX "panel_tokens_member_idx" ON "panel_tokens" USING btree ("member_id");--> statement-breakpoint
-- The national parent panel (docs/panel.md). Platform-wide tables without org_id, so no
-- row-level security policy: a member belongs to no school and a panel survey to the platform;
-- the app reads a member only by id, by a token's hash or by address. samen_app gets its four
-- privileges through the default privileges of migration 0001.
-- Retention: a member's address, language, province, children's school types and years,
-- optional council role and consent version, while they are a member; an unconfirmed sign-up is
-- deleted after 30 days (job panel-cleanup). Leaving deletes the member and their tokens at once;
-- invitations keep only the stratum and whether someone responded (member set null); answers
-- were never linked to a member and stay as anonymous responses. The member's download has the
-- member row, the children and the surveys they were invited to.
COMMENT ON TABLE panel_members IS 'Landelijk Ouderpanel members; platform-wide, see docs/panel.md';
