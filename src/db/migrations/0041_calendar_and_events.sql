-- Events of the school's own (school_events, their groups, topics and supports), a waiting list and
-- attendance on sign-ups, and the information calendar (docs/events.md, docs/calendar.md).
-- Kept: events with their sign-ups, waiting list, topics and supports until the event is deleted or the
-- organisation is; calendar items until staff delete them or the organisation is. A person's export
-- includes their sign-ups (with waiting and attended) and their topics; deleting the person deletes their
-- sign-ups, topics, supports and feed. calendar_feeds is platform-wide on purpose (no org_id, no
-- row-level security policy): a feed is found by its token before anyone signs in and covers every
-- organisation of the person; it holds only a hash of the token.
CREATE TYPE "public"."calendar_item_kind" AS ENUM('newsletter', 'parent_evening', 'conversations', 'report', 'trip', 'holiday', 'study_day', 'other');--> statement-breakpoint
CREATE TYPE "public"."school_event_kind" AS ENUM('parent_evening', 'information_evening', 'workshop', 'open_day');--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feeds_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "calendar_item_groups" (
	"org_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	CONSTRAINT "calendar_item_groups_org_id_item_id_group_id_pk" PRIMARY KEY("org_id","item_id","group_id")
);
--> statement-breakpoint
CREATE TABLE "calendar_items" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"kind" "calendar_item_kind" NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"start_time" text,
	"end_time" text,
	"whole_org" boolean DEFAULT true NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_items_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "calendar_items_days_check" CHECK ("calendar_items"."ends_on" >= "calendar_items"."starts_on"),
	CONSTRAINT "calendar_items_time_check" CHECK (("calendar_items"."start_time" is null and "calendar_items"."end_time" is null) or ("calendar_items"."start_time" ~ '^\d\d:\d\d$' and "calendar_items"."end_time" ~ '^\d\d:\d\d$' and "calendar_items"."end_time" > "calendar_items"."start_time" and "calendar_items"."ends_on" = "calendar_items"."starts_on")),
	CONSTRAINT "calendar_items_title_check" CHECK (length("calendar_items"."title") between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "event_topic_supports" (
	"org_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "event_topic_supports_org_id_topic_id_user_id_pk" PRIMARY KEY("org_id","topic_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "event_topics" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_topics_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "event_topics_body_check" CHECK (length("event_topics"."body") between 1 and 500)
);
--> statement-breakpoint
CREATE TABLE "school_event_groups" (
	"org_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	CONSTRAINT "school_event_groups_org_id_event_id_group_id_pk" PRIMARY KEY("org_id","event_id","group_id")
);
--> statement-breakpoint
CREATE TABLE "school_events" (
	"org_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"kind" "school_event_kind" NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"online_url" text DEFAULT '' NOT NULL,
	"whole_org" boolean DEFAULT true NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"summary_sent_at" timestamp with time zone,
	"created_by" uuid,
	CONSTRAINT "school_events_org_id_event_id_pk" PRIMARY KEY("org_id","event_id"),
	CONSTRAINT "school_events_description_check" CHECK (length("school_events"."description") <= 4000),
	CONSTRAINT "school_events_summary_check" CHECK (length("school_events"."summary") <= 8000)
);
--> statement-breakpoint
ALTER TABLE "event_signups" ADD COLUMN "waiting" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "event_signups" ADD COLUMN "attended" boolean;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "waiting_list" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_item_groups" ADD CONSTRAINT "calendar_item_groups_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_item_groups" ADD CONSTRAINT "calendar_item_groups_item_fk" FOREIGN KEY ("org_id","item_id") REFERENCES "public"."calendar_items"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_item_groups" ADD CONSTRAINT "calendar_item_groups_group_fk" FOREIGN KEY ("org_id","group_id") REFERENCES "public"."groups"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_items" ADD CONSTRAINT "calendar_items_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_items" ADD CONSTRAINT "calendar_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_topic_supports" ADD CONSTRAINT "event_topic_supports_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_topic_supports" ADD CONSTRAINT "event_topic_supports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_topic_supports" ADD CONSTRAINT "event_topic_supports_topic_fk" FOREIGN KEY ("org_id","topic_id") REFERENCES "public"."event_topics"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_topics" ADD CONSTRAINT "event_topics_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_topics" ADD CONSTRAINT "event_topics_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_topics" ADD CONSTRAINT "event_topics_event_fk" FOREIGN KEY ("org_id","event_id") REFERENCES "public"."events"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_event_groups" ADD CONSTRAINT "school_event_groups_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_event_groups" ADD CONSTRAINT "school_event_groups_event_fk" FOREIGN KEY ("org_id","event_id") REFERENCES "public"."events"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_event_groups" ADD CONSTRAINT "school_event_groups_group_fk" FOREIGN KEY ("org_id","group_id") REFERENCES "public"."groups"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_events" ADD CONSTRAINT "school_events_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_events" ADD CONSTRAINT "school_events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_events" ADD CONSTRAINT "school_events_event_fk" FOREIGN KEY ("org_id","event_id") REFERENCES "public"."events"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calendar_items_days_idx" ON "calendar_items" USING btree ("org_id","starts_on");--> statement-breakpoint
CREATE INDEX "event_topic_supports_user_idx" ON "event_topic_supports" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "event_topics_user_idx" ON "event_topics" USING btree ("user_id");--> statement-breakpoint
SELECT enable_org_isolation('school_events');--> statement-breakpoint
SELECT enable_org_isolation('school_event_groups');--> statement-breakpoint
SELECT enable_org_isolation('event_topics');--> statement-breakpoint
SELECT enable_org_isolation('event_topic_supports');--> statement-breakpoint
SELECT enable_org_isolation('calendar_items');--> statement-breakpoint
SELECT enable_org_isolation('calendar_item_groups');
