CREATE TABLE "network_profiles" (
	"org_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"visibility" text DEFAULT 'nobody' NOT NULL,
	"show_name" boolean DEFAULT true NOT NULL,
	"show_groups" boolean DEFAULT false NOT NULL,
	"show_languages" boolean DEFAULT false NOT NULL,
	"show_offer" boolean DEFAULT false NOT NULL,
	"findable" boolean DEFAULT false NOT NULL,
	"skills" text DEFAULT '' NOT NULL,
	"trade" text DEFAULT '' NOT NULL,
	"time_available" text DEFAULT '' NOT NULL,
	"about" text DEFAULT '' NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"search_words" text DEFAULT '' NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('dutch', skills || ' ' || trade || ' ' || time_available || ' ' || about || ' ' || search_words)) STORED NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_profiles_org_id_user_id_pk" PRIMARY KEY("org_id","user_id"),
	CONSTRAINT "network_profiles_visibility_check" CHECK ("network_profiles"."visibility" in ('nobody', 'group', 'organisation')),
	CONSTRAINT "network_profiles_length_check" CHECK (length("network_profiles"."skills") <= 1000 and length("network_profiles"."trade") <= 200 and length("network_profiles"."time_available") <= 500 and length("network_profiles"."about") <= 2000)
);
--> statement-breakpoint
CREATE TABLE "network_request_answers" (
	"org_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"answer" text,
	"share_email" boolean DEFAULT false NOT NULL,
	"answered_at" timestamp with time zone,
	CONSTRAINT "network_request_answers_org_id_request_id_user_id_pk" PRIMARY KEY("org_id","request_id","user_id"),
	CONSTRAINT "network_request_answers_answer_check" CHECK ("network_request_answers"."answer" is null or "network_request_answers"."answer" in ('yes', 'no')),
	CONSTRAINT "network_request_answers_share_check" CHECK (not "network_request_answers"."share_email" or "network_request_answers"."answer" = 'yes')
);
--> statement-breakpoint
CREATE TABLE "network_requests" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_requests_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "network_requests_body_check" CHECK (length("network_requests"."body") between 1 and 2000)
);
--> statement-breakpoint
CREATE TABLE "volunteer_task_groups" (
	"org_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	CONSTRAINT "volunteer_task_groups_org_id_task_id_group_id_pk" PRIMARY KEY("org_id","task_id","group_id")
);
--> statement-breakpoint
CREATE TABLE "volunteer_tasks" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"expected" text DEFAULT '' NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteer_tasks_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "volunteer_tasks_expected_check" CHECK (length("volunteer_tasks"."expected") <= 2000)
);
--> statement-breakpoint
ALTER TABLE "network_profiles" ADD CONSTRAINT "network_profiles_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_profiles" ADD CONSTRAINT "network_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_request_answers" ADD CONSTRAINT "network_request_answers_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_request_answers" ADD CONSTRAINT "network_request_answers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_request_answers" ADD CONSTRAINT "network_request_answers_request_fk" FOREIGN KEY ("org_id","request_id") REFERENCES "public"."network_requests"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_requests" ADD CONSTRAINT "network_requests_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_requests" ADD CONSTRAINT "network_requests_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_task_groups" ADD CONSTRAINT "volunteer_task_groups_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_task_groups" ADD CONSTRAINT "volunteer_task_groups_task_fk" FOREIGN KEY ("org_id","task_id") REFERENCES "public"."volunteer_tasks"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_task_groups" ADD CONSTRAINT "volunteer_task_groups_group_fk" FOREIGN KEY ("org_id","group_id") REFERENCES "public"."groups"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_tasks" ADD CONSTRAINT "volunteer_tasks_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_tasks" ADD CONSTRAINT "volunteer_tasks_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_tasks" ADD CONSTRAINT "volunteer_tasks_event_fk" FOREIGN KEY ("org_id","event_id") REFERENCES "public"."events"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "network_profiles_user_idx" ON "network_profiles" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "network_profiles_search_idx" ON "network_profiles" USING gin ("search");--> statement-breakpoint
CREATE INDEX "network_request_answers_user_idx" ON "network_request_answers" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_tasks_event_key" ON "volunteer_tasks" USING btree ("org_id","event_id");--> statement-breakpoint
-- The parent network (docs/network.md). Kept while the parent's account and the organisation
-- exist; a parent who left the organisation (no child at the school) is left out of the directory
-- and search at once. Deleting the account deletes the profile and the answers; requests and tasks
-- outlive their author. The export includes profile, answers and (through events) sign-ups.
SELECT enable_org_isolation('network_profiles');--> statement-breakpoint
SELECT enable_org_isolation('network_requests');--> statement-breakpoint
SELECT enable_org_isolation('network_request_answers');--> statement-breakpoint
SELECT enable_org_isolation('volunteer_tasks');--> statement-breakpoint
SELECT enable_org_isolation('volunteer_task_groups');
