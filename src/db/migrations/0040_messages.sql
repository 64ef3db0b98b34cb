CREATE TYPE "public"."message_side" AS ENUM('parent', 'staff');--> statement-breakpoint
CREATE TABLE "message_posts" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"thread_id" uuid NOT NULL,
	"author_id" uuid,
	"side" "message_side" NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deliver_at" timestamp with time zone DEFAULT now() NOT NULL,
	"notified_at" timestamp with time zone,
	CONSTRAINT "message_posts_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "message_posts_body_check" CHECK (length("message_posts"."body") between 1 and 10000)
);
--> statement-breakpoint
CREATE TABLE "message_reads" (
	"org_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "message_reads_org_id_post_id_user_id_pk" PRIMARY KEY("org_id","post_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "message_settings" (
	"org_id" uuid NOT NULL,
	"quiet_from" text DEFAULT '18:00' NOT NULL,
	"quiet_until" text DEFAULT '07:30' NOT NULL,
	"quiet_weekends" boolean DEFAULT true NOT NULL,
	"reply_days" integer DEFAULT 2 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "message_settings_org_id_pk" PRIMARY KEY("org_id"),
	CONSTRAINT "message_settings_quiet_from_check" CHECK ("message_settings"."quiet_from" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
	CONSTRAINT "message_settings_quiet_until_check" CHECK ("message_settings"."quiet_until" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
	CONSTRAINT "message_settings_reply_days_check" CHECK ("message_settings"."reply_days" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "message_threads" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"pupil_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"started_by" uuid,
	"started_by_side" "message_side" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_post_at" timestamp with time zone DEFAULT now() NOT NULL,
	"awaiting_since" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"conversation_request_id" uuid,
	CONSTRAINT "message_threads_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "message_threads_subject_check" CHECK (length("message_threads"."subject") between 1 and 200)
);
--> statement-breakpoint
ALTER TABLE "message_posts" ADD CONSTRAINT "message_posts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_posts" ADD CONSTRAINT "message_posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_posts" ADD CONSTRAINT "message_posts_thread_fk" FOREIGN KEY ("org_id","thread_id") REFERENCES "public"."message_threads"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_reads" ADD CONSTRAINT "message_reads_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_reads" ADD CONSTRAINT "message_reads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_reads" ADD CONSTRAINT "message_reads_post_fk" FOREIGN KEY ("org_id","post_id") REFERENCES "public"."message_posts"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_settings" ADD CONSTRAINT "message_settings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_settings" ADD CONSTRAINT "message_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_threads" ADD CONSTRAINT "message_threads_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_threads" ADD CONSTRAINT "message_threads_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_threads" ADD CONSTRAINT "message_threads_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_threads" ADD CONSTRAINT "message_threads_pupil_fk" FOREIGN KEY ("org_id","pupil_id") REFERENCES "public"."pupils"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "message_posts_thread_idx" ON "message_posts" USING btree ("org_id","thread_id","created_at");--> statement-breakpoint
CREATE INDEX "message_posts_author_idx" ON "message_posts" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "message_reads_user_idx" ON "message_reads" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "message_threads_pupil_idx" ON "message_threads" USING btree ("org_id","pupil_id");--> statement-breakpoint
CREATE INDEX "message_threads_awaiting_idx" ON "message_threads" USING btree ("org_id","awaiting_since");--> statement-breakpoint
-- Messages about a child: kept while the pupil is in the register (deleting the pupil deletes the
-- threads, posts, reads and, by the trigger below, the posts' attachments); an account's deletion
-- deletes its reads and leaves its posts without a name. See src/db/schema/messages.ts.
SELECT enable_org_isolation('message_settings');
--> statement-breakpoint
SELECT enable_org_isolation('message_threads');
--> statement-breakpoint
SELECT enable_org_isolation('message_posts');
--> statement-breakpoint
SELECT enable_org_isolation('message_reads');
--> statement-breakpoint
-- A post's attachments go with the post, also when a pupil's deletion cascades to it.
CREATE FUNCTION message_post_attachments_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM attachments WHERE org_id = OLD.org_id AND owner_kind = 'message_post' AND owner_id = OLD.id;
  RETURN OLD;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER message_posts_attachments_delete AFTER DELETE ON message_posts
  FOR EACH ROW EXECUTE FUNCTION message_post_attachments_delete();
