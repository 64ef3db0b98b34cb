-- The joint "Samen school" plan of a trajectory (schema: plans.ts, docs/plan.md): vision, goals per
-- domain, actions with the ideas they take up, a version with the whole plan for every change, and
-- parents' responses to the published version with the school's answers.
-- Retention: kept with the trajectory while the organisation exists; deleting the trajectory or the
-- organisation deletes it all; deleting a person's account deletes their responses and leaves the
-- versions and publication without the person (set null). Export: a parent's responses belong in
-- their data export (responsesOfPerson).
CREATE TYPE "public"."plan_action_owner" AS ENUM('school', 'parents', 'together');--> statement-breakpoint
CREATE TYPE "public"."plan_action_status" AS ENUM('planned', 'underway', 'done', 'dropped');--> statement-breakpoint
CREATE TYPE "public"."plan_subject" AS ENUM('goal', 'action');--> statement-breakpoint
CREATE TABLE "plan_action_ideas" (
	"org_id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	"idea_id" uuid NOT NULL,
	CONSTRAINT "plan_action_ideas_org_id_action_id_idea_id_pk" PRIMARY KEY("org_id","action_id","idea_id")
);
--> statement-breakpoint
CREATE TABLE "plan_actions" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"domain" text NOT NULL,
	"title" text NOT NULL,
	"details" text DEFAULT '' NOT NULL,
	"owner" "plan_action_owner" NOT NULL,
	"responsible" text DEFAULT '' NOT NULL,
	"due_on" date,
	"status" "plan_action_status" DEFAULT 'planned' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_actions_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "plan_actions_domain_check" CHECK ("plan_actions"."domain" in ('vision', 'behaviour', 'involvement', 'learning', 'conversations', 'information')),
	CONSTRAINT "plan_actions_title_check" CHECK (length("plan_actions"."title") between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "plan_goals" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"domain" text NOT NULL,
	"title" text NOT NULL,
	"baseline_group" text,
	"baseline_current" real,
	"baseline_desired" real,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_goals_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "plan_goals_domain_check" CHECK ("plan_goals"."domain" in ('vision', 'behaviour', 'involvement', 'learning', 'conversations', 'information')),
	CONSTRAINT "plan_goals_title_check" CHECK (length("plan_goals"."title") between 1 and 500),
	CONSTRAINT "plan_goals_baseline_check" CHECK (("plan_goals"."baseline_group" is null) = ("plan_goals"."baseline_current" is null) and ("plan_goals"."baseline_group" is null) = ("plan_goals"."baseline_desired" is null))
);
--> statement-breakpoint
CREATE TABLE "plan_responses" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"subject_kind" "plan_subject" NOT NULL,
	"subject_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	CONSTRAINT "plan_responses_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "plan_responses_body_check" CHECK (length("plan_responses"."body") between 1 and 1000),
	CONSTRAINT "plan_responses_answer_check" CHECK ("plan_responses"."answer" is null or length("plan_responses"."answer") between 1 and 1000)
);
--> statement-breakpoint
CREATE TABLE "plan_versions" (
	"org_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by" uuid,
	"change" text NOT NULL,
	"subject" text DEFAULT '' NOT NULL,
	"snapshot" jsonb NOT NULL,
	CONSTRAINT "plan_versions_org_id_plan_id_version_pk" PRIMARY KEY("org_id","plan_id","version")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"vision" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"published_version" integer,
	"first_published_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "plans_vision_check" CHECK (length("plans"."vision") <= 4000),
	CONSTRAINT "plans_published_check" CHECK ("plans"."published_version" is null or "plans"."published_version" between 1 and "plans"."version")
);
--> statement-breakpoint
ALTER TABLE "plan_action_ideas" ADD CONSTRAINT "plan_action_ideas_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action_ideas" ADD CONSTRAINT "plan_action_ideas_action_fk" FOREIGN KEY ("org_id","action_id") REFERENCES "public"."plan_actions"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action_ideas" ADD CONSTRAINT "plan_action_ideas_idea_fk" FOREIGN KEY ("org_id","idea_id") REFERENCES "public"."ideas"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_plan_fk" FOREIGN KEY ("org_id","plan_id") REFERENCES "public"."plans"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_goals" ADD CONSTRAINT "plan_goals_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_goals" ADD CONSTRAINT "plan_goals_plan_fk" FOREIGN KEY ("org_id","plan_id") REFERENCES "public"."plans"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_responses" ADD CONSTRAINT "plan_responses_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_responses" ADD CONSTRAINT "plan_responses_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_responses" ADD CONSTRAINT "plan_responses_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_responses" ADD CONSTRAINT "plan_responses_plan_fk" FOREIGN KEY ("org_id","plan_id") REFERENCES "public"."plans"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_plan_fk" FOREIGN KEY ("org_id","plan_id") REFERENCES "public"."plans"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_trajectory_fk" FOREIGN KEY ("org_id","trajectory_id") REFERENCES "public"."trajectories"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_action_ideas_idea_idx" ON "plan_action_ideas" USING btree ("org_id","idea_id");--> statement-breakpoint
CREATE INDEX "plan_actions_plan_idx" ON "plan_actions" USING btree ("org_id","plan_id");--> statement-breakpoint
CREATE INDEX "plan_goals_plan_idx" ON "plan_goals" USING btree ("org_id","plan_id");--> statement-breakpoint
CREATE INDEX "plan_responses_plan_idx" ON "plan_responses" USING btree ("org_id","plan_id","created_at");--> statement-breakpoint
CREATE INDEX "plan_responses_author_idx" ON "plan_responses" USING btree ("author_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_trajectory_key" ON "plans" USING btree ("org_id","trajectory_id");--> statement-breakpoint
SELECT enable_org_isolation('plans');--> statement-breakpoint
SELECT enable_org_isolation('plan_goals');--> statement-breakpoint
SELECT enable_org_isolation('plan_actions');--> statement-breakpoint
SELECT enable_org_isolation('plan_action_ideas');--> statement-breakpoint
SELECT enable_org_isolation('plan_versions');--> statement-breakpoint
SELECT enable_org_isolation('plan_responses');
