-- The idea board of a trajectory (schema: ideas.ts, docs/ideas.md): ideas tagged with a domain,
-- one support per person per idea (the primary key), reactions, and the moderation of the school
-- leader and coordinator (hidden with a reason, merged into another idea, a status with a note).
-- Retention: kept with the trajectory while the organisation exists; deleting the trajectory or the
-- organisation deletes it all; deleting a person's account deletes their ideas, supports and
-- reactions. Export: a person's own ideas and reactions belong in their data export (ideasOfPerson).
CREATE TYPE "public"."idea_status" AS ENUM('new', 'takenUp', 'done', 'notNow');--> statement-breakpoint
CREATE TABLE "idea_reactions" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"idea_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"signed_group_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idea_reactions_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "idea_reactions_body_check" CHECK (length("idea_reactions"."body") between 1 and 1000)
);
--> statement-breakpoint
CREATE TABLE "idea_supports" (
	"org_id" uuid NOT NULL,
	"idea_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idea_supports_org_id_idea_id_user_id_pk" PRIMARY KEY("org_id","idea_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "ideas" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"signed_group_id" uuid,
	"domain" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone,
	"status" "idea_status" DEFAULT 'new' NOT NULL,
	"status_note" text DEFAULT '' NOT NULL,
	"status_by" uuid,
	"hidden_at" timestamp with time zone,
	"hidden_by" uuid,
	"hidden_reason" text,
	"merged_into" uuid,
	"merged_by" uuid,
	CONSTRAINT "ideas_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "ideas_body_check" CHECK (length("ideas"."body") between 1 and 1000),
	CONSTRAINT "ideas_domain_check" CHECK ("ideas"."domain" in ('vision', 'behaviour', 'involvement', 'learning', 'conversations', 'information')),
	CONSTRAINT "ideas_hidden_check" CHECK (("ideas"."hidden_at" is null) = ("ideas"."hidden_reason" is null)),
	CONSTRAINT "ideas_not_now_check" CHECK ("ideas"."status" <> 'notNow' or length("ideas"."status_note") > 0),
	CONSTRAINT "ideas_merged_check" CHECK ("ideas"."merged_into" is null or "ideas"."merged_into" <> "ideas"."id")
);
--> statement-breakpoint
ALTER TABLE "idea_reactions" ADD CONSTRAINT "idea_reactions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_reactions" ADD CONSTRAINT "idea_reactions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_reactions" ADD CONSTRAINT "idea_reactions_idea_fk" FOREIGN KEY ("org_id","idea_id") REFERENCES "public"."ideas"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_reactions" ADD CONSTRAINT "idea_reactions_signed_group_fk" FOREIGN KEY ("org_id","signed_group_id") REFERENCES "public"."groups"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_supports" ADD CONSTRAINT "idea_supports_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_supports" ADD CONSTRAINT "idea_supports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_supports" ADD CONSTRAINT "idea_supports_idea_fk" FOREIGN KEY ("org_id","idea_id") REFERENCES "public"."ideas"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_status_by_users_id_fk" FOREIGN KEY ("status_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_hidden_by_users_id_fk" FOREIGN KEY ("hidden_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_merged_by_users_id_fk" FOREIGN KEY ("merged_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_trajectory_fk" FOREIGN KEY ("org_id","trajectory_id") REFERENCES "public"."trajectories"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_merged_into_fk" FOREIGN KEY ("org_id","merged_into") REFERENCES "public"."ideas"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_signed_group_fk" FOREIGN KEY ("org_id","signed_group_id") REFERENCES "public"."groups"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idea_reactions_idea_idx" ON "idea_reactions" USING btree ("org_id","idea_id","created_at");--> statement-breakpoint
CREATE INDEX "idea_reactions_author_idx" ON "idea_reactions" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "idea_supports_user_idx" ON "idea_supports" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "ideas_trajectory_idx" ON "ideas" USING btree ("org_id","trajectory_id");--> statement-breakpoint
CREATE INDEX "ideas_author_idx" ON "ideas" USING btree ("author_id");--> statement-breakpoint
SELECT enable_org_isolation('ideas');--> statement-breakpoint
SELECT enable_org_isolation('idea_supports');--> statement-breakpoint
SELECT enable_org_isolation('idea_reactions');
