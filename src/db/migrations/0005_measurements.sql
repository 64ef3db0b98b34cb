CREATE TYPE "public"."measurement_invitation_kind" AS ENUM('mail', 'open_link');--> statement-breakpoint
CREATE TYPE "public"."measurement_kind" AS ENUM('baseline', 'interim', 'final', 'poll');--> statement-breakpoint
CREATE TYPE "public"."measurement_status" AS ENUM('scheduled', 'open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."respondent_group" AS ENUM('team', 'parents', 'pupils', 'young');--> statement-breakpoint
CREATE TABLE "measurement_audiences" (
	"org_id" uuid NOT NULL,
	"measurement_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"respondent_group" "respondent_group" NOT NULL,
	"group_id" uuid,
	"open_token" text,
	CONSTRAINT "measurement_audiences_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "measurement_ballots" (
	"org_id" uuid NOT NULL,
	"measurement_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"ciphertext" text NOT NULL,
	CONSTRAINT "measurement_ballots_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "measurement_drafts" (
	"org_id" uuid NOT NULL,
	"invitation_id" uuid NOT NULL,
	"page" integer NOT NULL,
	"ciphertext" text NOT NULL,
	CONSTRAINT "measurement_drafts_org_id_invitation_id_pk" PRIMARY KEY("org_id","invitation_id")
);
--> statement-breakpoint
CREATE TABLE "measurement_invitations" (
	"org_id" uuid NOT NULL,
	"measurement_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"audience_id" uuid NOT NULL,
	"kind" "measurement_invitation_kind" NOT NULL,
	"user_id" uuid,
	"guardian_id" uuid,
	"token_hash" text NOT NULL,
	"mailed" boolean DEFAULT false NOT NULL,
	"responded" boolean DEFAULT false NOT NULL,
	CONSTRAINT "measurement_invitations_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "measurement_responses" (
	"org_id" uuid NOT NULL,
	"measurement_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"respondent_group" "respondent_group" NOT NULL,
	"subgroup_id" uuid,
	"answers" jsonb NOT NULL,
	"open_answers" jsonb NOT NULL,
	CONSTRAINT "measurement_responses_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "measurements" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" "measurement_kind" NOT NULL,
	"title" text NOT NULL,
	"instrument_version" integer NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"threshold" integer NOT NULL,
	"status" "measurement_status" NOT NULL,
	"ballot_key" text,
	"subgroup_tree" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measurements_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "measurements_threshold_check" CHECK ("measurements"."threshold" >= 5),
	CONSTRAINT "measurements_dates_check" CHECK ("measurements"."closes_at" > "measurements"."opens_at")
);
--> statement-breakpoint
ALTER TABLE "measurement_audiences" ADD CONSTRAINT "measurement_audiences_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_audiences" ADD CONSTRAINT "measurement_audiences_org_id_measurement_id_measurements_org_id_id_fk" FOREIGN KEY ("org_id","measurement_id") REFERENCES "public"."measurements"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_audiences" ADD CONSTRAINT "measurement_audiences_org_id_group_id_groups_org_id_id_fk" FOREIGN KEY ("org_id","group_id") REFERENCES "public"."groups"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_ballots" ADD CONSTRAINT "measurement_ballots_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_ballots" ADD CONSTRAINT "measurement_ballots_org_id_measurement_id_measurements_org_id_id_fk" FOREIGN KEY ("org_id","measurement_id") REFERENCES "public"."measurements"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_drafts" ADD CONSTRAINT "measurement_drafts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_drafts" ADD CONSTRAINT "measurement_drafts_org_id_invitation_id_measurement_invitations_org_id_id_fk" FOREIGN KEY ("org_id","invitation_id") REFERENCES "public"."measurement_invitations"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_invitations" ADD CONSTRAINT "measurement_invitations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_invitations" ADD CONSTRAINT "measurement_invitations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_invitations" ADD CONSTRAINT "measurement_invitations_org_id_measurement_id_measurements_org_id_id_fk" FOREIGN KEY ("org_id","measurement_id") REFERENCES "public"."measurements"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_invitations" ADD CONSTRAINT "measurement_invitations_org_id_audience_id_measurement_audiences_org_id_id_fk" FOREIGN KEY ("org_id","audience_id") REFERENCES "public"."measurement_audiences"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_invitations" ADD CONSTRAINT "measurement_invitations_org_id_guardian_id_guardians_org_id_id_fk" FOREIGN KEY ("org_id","guardian_id") REFERENCES "public"."guardians"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_responses" ADD CONSTRAINT "measurement_responses_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_responses" ADD CONSTRAINT "measurement_responses_org_id_measurement_id_measurements_org_id_id_fk" FOREIGN KEY ("org_id","measurement_id") REFERENCES "public"."measurements"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "measurement_audiences_open_token_key" ON "measurement_audiences" USING btree ("open_token");--> statement-breakpoint
CREATE INDEX "measurement_audiences_measurement_idx" ON "measurement_audiences" USING btree ("org_id","measurement_id");--> statement-breakpoint
CREATE INDEX "measurement_ballots_measurement_idx" ON "measurement_ballots" USING btree ("org_id","measurement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "measurement_invitations_token_key" ON "measurement_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "measurement_invitations_user_key" ON "measurement_invitations" USING btree ("org_id","measurement_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "measurement_invitations_guardian_key" ON "measurement_invitations" USING btree ("org_id","measurement_id","guardian_id");--> statement-breakpoint
CREATE INDEX "measurement_invitations_audience_idx" ON "measurement_invitations" USING btree ("org_id","audience_id");--> statement-breakpoint
CREATE INDEX "measurement_responses_measurement_idx" ON "measurement_responses" USING btree ("org_id","measurement_id");