CREATE TABLE "advice_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"slug" text NOT NULL,
	"topic" text DEFAULT '' NOT NULL,
	"title_nl" text NOT NULL,
	"title_en" text NOT NULL,
	"body_nl" text NOT NULL,
	"body_en" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"published" boolean DEFAULT true NOT NULL,
	"helpful_yes" integer DEFAULT 0 NOT NULL,
	"helpful_no" integer DEFAULT 0 NOT NULL,
	"search_nl" "tsvector" GENERATED ALWAYS AS (to_tsvector('dutch', title_nl || ' ' || body_nl)) STORED NOT NULL,
	"search_en" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', title_en || ' ' || body_en)) STORED NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "advice_items_kind_check" CHECK ("advice_items"."kind" in ('faq', 'guide')),
	CONSTRAINT "advice_items_slug_check" CHECK ("advice_items"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length("advice_items"."slug") <= 80),
	CONSTRAINT "advice_items_title_check" CHECK (length("advice_items"."title_nl") between 1 and 200 and length("advice_items"."title_en") between 1 and 200),
	CONSTRAINT "advice_items_body_check" CHECK (length("advice_items"."body_nl") <= 20000 and length("advice_items"."body_en") <= 20000),
	CONSTRAINT "advice_items_helpful_check" CHECK ("advice_items"."helpful_yes" >= 0 and "advice_items"."helpful_no" >= 0)
);
--> statement-breakpoint
CREATE TABLE "sparring_messages" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"author_id" uuid,
	"from_advisor" boolean NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sparring_messages_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "sparring_messages_body_check" CHECK (length("sparring_messages"."body") between 1 and 2000)
);
--> statement-breakpoint
CREATE TABLE "sparring_requests" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"author_id" uuid,
	"question" text NOT NULL,
	"preferred_times" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sparring_requests_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "sparring_requests_status_check" CHECK ("sparring_requests"."status" in ('new', 'planned', 'done')),
	CONSTRAINT "sparring_requests_question_check" CHECK (length("sparring_requests"."question") between 1 and 2000),
	CONSTRAINT "sparring_requests_times_check" CHECK (length("sparring_requests"."preferred_times") between 1 and 2000)
);
--> statement-breakpoint
CREATE TABLE "training_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"school" text DEFAULT '' NOT NULL,
	"locale" text DEFAULT 'nl' NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "training_registrations_state_check" CHECK ("training_registrations"."state" in ('pending', 'placed', 'waiting', 'cancelled')),
	CONSTRAINT "training_registrations_text_check" CHECK (length("training_registrations"."name") <= 200 and length("training_registrations"."email") <= 254 and length("training_registrations"."school") <= 200)
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"training_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"online_url" text DEFAULT '' NOT NULL,
	"capacity" integer NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_sessions_capacity_check" CHECK ("training_sessions"."capacity" between 1 and 1000),
	CONSTRAINT "training_sessions_time_check" CHECK ("training_sessions"."ends_at" > "training_sessions"."starts_at"),
	CONSTRAINT "training_sessions_where_check" CHECK ("training_sessions"."place" <> '' or "training_sessions"."online_url" <> '')
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title_nl" text NOT NULL,
	"title_en" text NOT NULL,
	"description_nl" text NOT NULL,
	"description_en" text NOT NULL,
	"audience_nl" text DEFAULT '' NOT NULL,
	"audience_en" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trainings_slug_check" CHECK ("trainings"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length("trainings"."slug") <= 80),
	CONSTRAINT "trainings_text_check" CHECK (length("trainings"."title_nl") between 1 and 200 and length("trainings"."title_en") between 1 and 200)
);
--> statement-breakpoint
ALTER TABLE "sparring_messages" ADD CONSTRAINT "sparring_messages_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sparring_messages" ADD CONSTRAINT "sparring_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sparring_messages" ADD CONSTRAINT "sparring_messages_request_fk" FOREIGN KEY ("org_id","request_id") REFERENCES "public"."sparring_requests"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sparring_requests" ADD CONSTRAINT "sparring_requests_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sparring_requests" ADD CONSTRAINT "sparring_requests_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_registrations" ADD CONSTRAINT "training_registrations_session_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "advice_items_slug_key" ON "advice_items" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "advice_items_search_nl_idx" ON "advice_items" USING gin ("search_nl");--> statement-breakpoint
CREATE INDEX "advice_items_search_en_idx" ON "advice_items" USING gin ("search_en");--> statement-breakpoint
CREATE INDEX "sparring_messages_request_idx" ON "sparring_messages" USING btree ("org_id","request_id");--> statement-breakpoint
CREATE INDEX "sparring_messages_author_idx" ON "sparring_messages" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "sparring_requests_author_idx" ON "sparring_requests" USING btree ("author_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_registrations_token_key" ON "training_registrations" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "training_registrations_live_key" ON "training_registrations" USING btree ("session_id",lower("email")) WHERE "training_registrations"."state" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "training_registrations_queue_idx" ON "training_registrations" USING btree ("session_id","state","confirmed_at");--> statement-breakpoint
CREATE INDEX "training_sessions_training_idx" ON "training_sessions" USING btree ("training_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "trainings_slug_key" ON "trainings" USING btree ("slug");--> statement-breakpoint
-- Advice and learning (docs/advice.md) and trainings (docs/trainings.md).
-- advice_items, trainings, training_sessions and training_registrations are platform-wide (the
-- national FAQ, library and training catalogue are the same for everyone; a (G)MR member registers
-- without an account or a school in Samen): no org_id, so no row-level security; the routes let
-- only platform editors change them or read the participants. Registrations: unconfirmed ones are
-- deleted after 48 hours, all 30 days after the session ended (job training-cleanup), a cancelled
-- one loses its name and address at once. The FAQ's "was this helpful?" keeps two counters, never who.
-- sparring_requests and sparring_messages belong to the asking school: row-level security, kept while
-- the organisation exists, authors set null when their account is deleted, in the writer's export.
SELECT enable_org_isolation('sparring_requests');--> statement-breakpoint
SELECT enable_org_isolation('sparring_messages');--> statement-breakpoint
-- The advisor's inbox reads the requests of every organisation that invited them as samen_advisor
-- (migration 0030): read-only, only the rows of the organisations they advise.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['sparring_requests','sparring_messages']
  LOOP
    EXECUTE format('GRANT SELECT ON %I TO samen_advisor', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I FOR SELECT TO samen_advisor USING (org_id = ANY ((SELECT app_advised_orgs())::uuid[]))',
      t || '_advisor', t);
  END LOOP;
END
$$;
