CREATE TABLE "discussion_agreements" (
	"org_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"agreed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "discussion_agreements_org_id_user_id_version_pk" PRIMARY KEY("org_id","user_id","version")
);
--> statement-breakpoint
CREATE TABLE "discussion_follows" (
	"org_id" uuid NOT NULL,
	"thread_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "discussion_follows_org_id_thread_id_user_id_pk" PRIMARY KEY("org_id","thread_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "discussion_groups" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"proposed_by" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decline_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "discussion_groups_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "discussion_groups_name_check" CHECK (length("discussion_groups"."name") between 1 and 120),
	CONSTRAINT "discussion_groups_description_check" CHECK (length("discussion_groups"."description") <= 1000),
	CONSTRAINT "discussion_groups_status_check" CHECK ("discussion_groups"."status" in ('proposed', 'open', 'declined', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "discussion_members" (
	"org_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "discussion_members_org_id_group_id_user_id_pk" PRIMARY KEY("org_id","group_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "discussion_posts" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"thread_id" uuid NOT NULL,
	"author_id" uuid,
	"author_role" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	"hidden_at" timestamp with time zone,
	"hidden_by" uuid,
	"hidden_reason" text,
	CONSTRAINT "discussion_posts_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "discussion_posts_role_check" CHECK ("discussion_posts"."author_role" in ('parent', 'staff')),
	CONSTRAINT "discussion_posts_body_check" CHECK (("discussion_posts"."deleted_at" is null and length("discussion_posts"."body") between 1 and 10000) or ("discussion_posts"."deleted_at" is not null and "discussion_posts"."body" = '')),
	CONSTRAINT "discussion_posts_hidden_check" CHECK (("discussion_posts"."hidden_at" is null) = ("discussion_posts"."hidden_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "discussion_threads" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"author_id" uuid,
	"title" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_post_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "discussion_threads_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "discussion_threads_title_check" CHECK ("discussion_threads"."title" is null or length("discussion_threads"."title") between 1 and 150)
);
--> statement-breakpoint
CREATE TABLE "buddy_offers" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"languages" text[] NOT NULL,
	"availability" text[] NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"capacity" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "buddy_offers_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "buddy_offers_note_check" CHECK (length("buddy_offers"."note") <= 500),
	CONSTRAINT "buddy_offers_capacity_check" CHECK ("buddy_offers"."capacity" between 1 and 3)
);
--> statement-breakpoint
CREATE TABLE "buddy_pairs" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"matched_by" uuid,
	"matched_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "buddy_pairs_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "buddy_requests" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"reasons" text[] NOT NULL,
	"languages" text[] NOT NULL,
	"availability" text[] NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "buddy_requests_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "buddy_requests_note_check" CHECK (length("buddy_requests"."note") <= 500)
);
--> statement-breakpoint
ALTER TABLE "discussion_agreements" ADD CONSTRAINT "discussion_agreements_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_agreements" ADD CONSTRAINT "discussion_agreements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_follows" ADD CONSTRAINT "discussion_follows_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_follows" ADD CONSTRAINT "discussion_follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_follows" ADD CONSTRAINT "discussion_follows_thread_fk" FOREIGN KEY ("org_id","thread_id") REFERENCES "public"."discussion_threads"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_groups" ADD CONSTRAINT "discussion_groups_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_groups" ADD CONSTRAINT "discussion_groups_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_groups" ADD CONSTRAINT "discussion_groups_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_members" ADD CONSTRAINT "discussion_members_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_members" ADD CONSTRAINT "discussion_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_members" ADD CONSTRAINT "discussion_members_group_fk" FOREIGN KEY ("org_id","group_id") REFERENCES "public"."discussion_groups"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_posts" ADD CONSTRAINT "discussion_posts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_posts" ADD CONSTRAINT "discussion_posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_posts" ADD CONSTRAINT "discussion_posts_hidden_by_users_id_fk" FOREIGN KEY ("hidden_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_posts" ADD CONSTRAINT "discussion_posts_thread_fk" FOREIGN KEY ("org_id","thread_id") REFERENCES "public"."discussion_threads"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_threads" ADD CONSTRAINT "discussion_threads_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_threads" ADD CONSTRAINT "discussion_threads_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_threads" ADD CONSTRAINT "discussion_threads_group_fk" FOREIGN KEY ("org_id","group_id") REFERENCES "public"."discussion_groups"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buddy_offers" ADD CONSTRAINT "buddy_offers_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buddy_offers" ADD CONSTRAINT "buddy_offers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buddy_pairs" ADD CONSTRAINT "buddy_pairs_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buddy_pairs" ADD CONSTRAINT "buddy_pairs_matched_by_users_id_fk" FOREIGN KEY ("matched_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buddy_pairs" ADD CONSTRAINT "buddy_pairs_request_fk" FOREIGN KEY ("org_id","request_id") REFERENCES "public"."buddy_requests"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buddy_pairs" ADD CONSTRAINT "buddy_pairs_offer_fk" FOREIGN KEY ("org_id","offer_id") REFERENCES "public"."buddy_offers"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buddy_requests" ADD CONSTRAINT "buddy_requests_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buddy_requests" ADD CONSTRAINT "buddy_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "discussion_agreements_user_idx" ON "discussion_agreements" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "discussion_follows_user_idx" ON "discussion_follows" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "discussion_groups_status_idx" ON "discussion_groups" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "discussion_members_user_idx" ON "discussion_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "discussion_posts_thread_idx" ON "discussion_posts" USING btree ("org_id","thread_id","created_at");--> statement-breakpoint
CREATE INDEX "discussion_posts_author_idx" ON "discussion_posts" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "discussion_threads_group_idx" ON "discussion_threads" USING btree ("org_id","group_id","last_post_at");--> statement-breakpoint
CREATE INDEX "discussion_threads_author_idx" ON "discussion_threads" USING btree ("author_id");--> statement-breakpoint
CREATE UNIQUE INDEX "buddy_offers_user_key" ON "buddy_offers" USING btree ("org_id","user_id");--> statement-breakpoint
CREATE INDEX "buddy_offers_user_idx" ON "buddy_offers" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "buddy_pairs_request_key" ON "buddy_pairs" USING btree ("org_id","request_id");--> statement-breakpoint
CREATE INDEX "buddy_pairs_offer_idx" ON "buddy_pairs" USING btree ("org_id","offer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "buddy_requests_user_key" ON "buddy_requests" USING btree ("org_id","user_id");--> statement-breakpoint
CREATE INDEX "buddy_requests_user_idx" ON "buddy_requests" USING btree ("user_id");--> statement-breakpoint
-- Discussion groups (docs/discussions.md): kept while the organisation exists. A writer deletes
-- their own posts (the body is erased, the row stays as "deleted"; a thread nobody else replied to
-- goes entirely). Deleting an account deletes its memberships, follows and code-of-conduct
-- agreements; its posts stay, signed "a former parent". The export includes all a person wrote.
SELECT enable_org_isolation('discussion_groups');--> statement-breakpoint
SELECT enable_org_isolation('discussion_members');--> statement-breakpoint
SELECT enable_org_isolation('discussion_threads');--> statement-breakpoint
SELECT enable_org_isolation('discussion_posts');--> statement-breakpoint
SELECT enable_org_isolation('discussion_follows');--> statement-breakpoint
SELECT enable_org_isolation('discussion_agreements');--> statement-breakpoint
-- Buddies (docs/buddies.md): kept only while current. Withdrawing a request or offer deletes it
-- with its pairings; ending a pairing deletes it and the request it answered. Deleting an account
-- deletes its request, offer and pairings. The export includes a person's request, offer and pairings.
SELECT enable_org_isolation('buddy_requests');--> statement-breakpoint
SELECT enable_org_isolation('buddy_offers');--> statement-breakpoint
SELECT enable_org_isolation('buddy_pairs');
