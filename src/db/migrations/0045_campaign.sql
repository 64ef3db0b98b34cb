-- The public campaign (docs/campaign.md): its text and news, endorsements and their confirmation
-- requests, the sharded count, stories and tips. Platform-wide tables: the public writes them without
-- an account and they belong to no organisation, so no org_id and no row-level security (like users
-- and outbox); samen_app has its privileges through the default privileges of migration 0001.
-- Retention: an endorser's address is never stored, only an HMAC of it; an unconfirmed request expires
-- after 48 hours and is deleted 7 days after it was made (job campaign-sweep, used ones too); withdrawing
-- deletes the endorsement and that address's open requests at once. A story keeps its writer's address
-- until an editor decided (to tell them), then it is emptied; rejected stories are deleted after 30 days.
CREATE TABLE "campaign_counts" (
	"role" text NOT NULL,
	"province" text NOT NULL,
	"slot" smallint NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "campaign_counts_role_province_slot_pk" PRIMARY KEY("role","province","slot")
);
--> statement-breakpoint
CREATE TABLE "campaign_endorsement_requests" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"email_key" text NOT NULL,
	"role" text NOT NULL,
	"name" text NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"municipality" text NOT NULL,
	"province" text NOT NULL,
	"public" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "campaign_endorsement_requests_role_check" CHECK ("campaign_endorsement_requests"."role" in ('parent', 'teacher', 'school_leader', 'school', 'organisation'))
);
--> statement-breakpoint
CREATE TABLE "campaign_endorsements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email_key" text NOT NULL,
	"role" text NOT NULL,
	"name" text NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"municipality" text NOT NULL,
	"province" text NOT NULL,
	"public" boolean NOT NULL,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_endorsements_role_check" CHECK ("campaign_endorsements"."role" in ('parent', 'teacher', 'school_leader', 'school', 'organisation'))
);
--> statement-breakpoint
CREATE TABLE "campaign_news" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_news_length_check" CHECK (length("campaign_news"."title") between 1 and 200 and length("campaign_news"."body") between 1 and 20000)
);
--> statement-breakpoint
CREATE TABLE "campaign_stories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"theme" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"signed_as" text NOT NULL,
	"email" text,
	"email_key" text NOT NULL,
	"locale" text DEFAULT 'nl' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"reject_reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('dutch', title || ' ' || body || ' ' || signed_as)) STORED NOT NULL,
	CONSTRAINT "campaign_stories_kind_check" CHECK ("campaign_stories"."kind" in ('story', 'tip')),
	CONSTRAINT "campaign_stories_status_check" CHECK ("campaign_stories"."status" in ('pending', 'approved', 'rejected')),
	CONSTRAINT "campaign_stories_length_check" CHECK (length("campaign_stories"."title") between 1 and 150 and length("campaign_stories"."body") between 1 and 5000 and length("campaign_stories"."signed_as") between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "campaign_texts" (
	"locale" text PRIMARY KEY NOT NULL,
	"body" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_texts_body_check" CHECK (length("campaign_texts"."body") between 1 and 20000)
);
--> statement-breakpoint
ALTER TABLE "campaign_news" ADD CONSTRAINT "campaign_news_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_stories" ADD CONSTRAINT "campaign_stories_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_texts" ADD CONSTRAINT "campaign_texts_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaign_endorsement_requests_email_idx" ON "campaign_endorsement_requests" USING btree ("email_key");--> statement-breakpoint
CREATE INDEX "campaign_endorsement_requests_created_idx" ON "campaign_endorsement_requests" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_endorsements_email_idx" ON "campaign_endorsements" USING btree ("email_key");--> statement-breakpoint
CREATE INDEX "campaign_endorsements_public_idx" ON "campaign_endorsements" USING btree ("confirmed_at") WHERE "campaign_endorsements"."public";--> statement-breakpoint
CREATE INDEX "campaign_news_published_idx" ON "campaign_news" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "campaign_stories_status_idx" ON "campaign_stories" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "campaign_stories_search_idx" ON "campaign_stories" USING gin ("search");