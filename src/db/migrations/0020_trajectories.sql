-- The partnership trajectory (schema: trajectories.ts, docs/trajectory.md): one active trajectory
-- per organisation (a partial unique index), the measurements linked to it, the steps staff skipped
-- with a reason, its sessions (team modules, parent evenings) with their invited groups, and the
-- deadline warnings already sent. Retention: kept as the organisation's history while it exists;
-- deleting the organisation deletes it all; deleting an account sets its references to null.
-- Export: nothing here concerns one parent or child; session notes are the school's own record.
CREATE TYPE "public"."trajectory_session_line" AS ENUM('school', 'parents', 'joint');--> statement-breakpoint
CREATE TYPE "public"."trajectory_session_status" AS ENUM('planned', 'held', 'skipped');--> statement-breakpoint
CREATE TYPE "public"."trajectory_step" AS ENUM('baseline', 'schoolLine', 'parentLine', 'plan', 'final');--> statement-breakpoint
CREATE TABLE "trajectories" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_by" uuid,
	"advisor_id" uuid,
	"ended_at" timestamp with time zone,
	"ended_by" uuid,
	CONSTRAINT "trajectories_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "trajectory_measurements" (
	"org_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"measurement_id" uuid NOT NULL,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trajectory_measurements_org_id_trajectory_id_measurement_id_pk" PRIMARY KEY("org_id","trajectory_id","measurement_id")
);
--> statement-breakpoint
CREATE TABLE "trajectory_session_groups" (
	"org_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	CONSTRAINT "trajectory_session_groups_org_id_session_id_group_id_pk" PRIMARY KEY("org_id","session_id","group_id")
);
--> statement-breakpoint
CREATE TABLE "trajectory_sessions" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"line" "trajectory_session_line" NOT NULL,
	"position" integer NOT NULL,
	"topic" text NOT NULL,
	"goals" text DEFAULT '' NOT NULL,
	"held_on" date,
	"status" "trajectory_session_status" DEFAULT 'planned' NOT NULL,
	"attendance" integer,
	"notes" text DEFAULT '' NOT NULL,
	"outcomes" text DEFAULT '' NOT NULL,
	"follow_up" text DEFAULT '' NOT NULL,
	"skip_reason" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trajectory_sessions_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "trajectory_sessions_attendance_check" CHECK ("trajectory_sessions"."attendance" is null or "trajectory_sessions"."attendance" >= 0),
	CONSTRAINT "trajectory_sessions_skip_check" CHECK (("trajectory_sessions"."status" = 'skipped') = ("trajectory_sessions"."skip_reason" is not null and length("trajectory_sessions"."skip_reason") > 0))
);
--> statement-breakpoint
CREATE TABLE "trajectory_skips" (
	"org_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"step" "trajectory_step" NOT NULL,
	"reason" text NOT NULL,
	"skipped_by" uuid,
	"skipped_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trajectory_skips_org_id_trajectory_id_step_pk" PRIMARY KEY("org_id","trajectory_id","step"),
	CONSTRAINT "trajectory_skips_reason_check" CHECK (length("trajectory_skips"."reason") > 0)
);
--> statement-breakpoint
CREATE TABLE "trajectory_warnings" (
	"org_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"threshold" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trajectory_warnings_org_id_trajectory_id_threshold_pk" PRIMARY KEY("org_id","trajectory_id","threshold")
);
--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_advisor_id_users_id_fk" FOREIGN KEY ("advisor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_measurements" ADD CONSTRAINT "trajectory_measurements_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_measurements" ADD CONSTRAINT "trajectory_measurements_trajectory_fk" FOREIGN KEY ("org_id","trajectory_id") REFERENCES "public"."trajectories"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_measurements" ADD CONSTRAINT "trajectory_measurements_measurement_fk" FOREIGN KEY ("org_id","measurement_id") REFERENCES "public"."measurements"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_session_groups" ADD CONSTRAINT "trajectory_session_groups_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_session_groups" ADD CONSTRAINT "trajectory_session_groups_session_fk" FOREIGN KEY ("org_id","session_id") REFERENCES "public"."trajectory_sessions"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_session_groups" ADD CONSTRAINT "trajectory_session_groups_group_fk" FOREIGN KEY ("org_id","group_id") REFERENCES "public"."groups"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_sessions" ADD CONSTRAINT "trajectory_sessions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_sessions" ADD CONSTRAINT "trajectory_sessions_trajectory_fk" FOREIGN KEY ("org_id","trajectory_id") REFERENCES "public"."trajectories"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_skips" ADD CONSTRAINT "trajectory_skips_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_skips" ADD CONSTRAINT "trajectory_skips_skipped_by_users_id_fk" FOREIGN KEY ("skipped_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_skips" ADD CONSTRAINT "trajectory_skips_trajectory_fk" FOREIGN KEY ("org_id","trajectory_id") REFERENCES "public"."trajectories"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_warnings" ADD CONSTRAINT "trajectory_warnings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_warnings" ADD CONSTRAINT "trajectory_warnings_trajectory_fk" FOREIGN KEY ("org_id","trajectory_id") REFERENCES "public"."trajectories"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "trajectories_active_key" ON "trajectories" USING btree ("org_id") WHERE "trajectories"."ended_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "trajectory_measurements_measurement_key" ON "trajectory_measurements" USING btree ("org_id","measurement_id");--> statement-breakpoint
CREATE INDEX "trajectory_sessions_trajectory_idx" ON "trajectory_sessions" USING btree ("org_id","trajectory_id","line","position");--> statement-breakpoint
SELECT enable_org_isolation('trajectories');--> statement-breakpoint
SELECT enable_org_isolation('trajectory_measurements');--> statement-breakpoint
SELECT enable_org_isolation('trajectory_skips');--> statement-breakpoint
SELECT enable_org_isolation('trajectory_sessions');--> statement-breakpoint
SELECT enable_org_isolation('trajectory_session_groups');--> statement-breakpoint
SELECT enable_org_isolation('trajectory_warnings');--> statement-breakpoint
-- The daily deadline job looks across organisations for active trajectories, and then works in
-- each organisation's own transaction. This function gives it their organisations' ids and nothing else.
CREATE FUNCTION active_trajectory_orgs() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT org_id FROM trajectories WHERE ended_at IS NULL ORDER BY org_id $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION active_trajectory_orgs() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION active_trajectory_orgs() TO samen_app;
