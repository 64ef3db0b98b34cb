CREATE TABLE "news_post_groups" (
	"org_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	CONSTRAINT "news_post_groups_org_id_post_id_group_id_pk" PRIMARY KEY("org_id","post_id","group_id")
);
--> statement-breakpoint
CREATE TABLE "news_post_versions" (
	"org_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"written_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "news_post_versions_org_id_post_id_version_pk" PRIMARY KEY("org_id","post_id","version")
);
--> statement-breakpoint
CREATE TABLE "news_posts" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"author_id" uuid,
	"audience" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"publish_at" timestamp with time zone,
	"pinned" boolean DEFAULT false NOT NULL,
	"reactions_open" boolean DEFAULT true NOT NULL,
	"notified_through" uuid,
	"notified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "news_posts_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "news_posts_audience_check" CHECK ("news_posts"."audience" in ('all', 'groups', 'staff')),
	CONSTRAINT "news_posts_title_check" CHECK (length("news_posts"."title") between 1 and 200),
	CONSTRAINT "news_posts_body_check" CHECK (length("news_posts"."body") between 1 and 20000)
);
--> statement-breakpoint
CREATE TABLE "news_reactions" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"post_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"hidden_at" timestamp with time zone,
	"hidden_by" uuid,
	"hidden_reason" text,
	CONSTRAINT "news_reactions_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "news_reactions_kind_check" CHECK ("news_reactions"."kind" in ('comment', 'question')),
	CONSTRAINT "news_reactions_body_check" CHECK (length("news_reactions"."body") between 1 and 1000),
	CONSTRAINT "news_reactions_hidden_check" CHECK (("news_reactions"."hidden_at" is null) = ("news_reactions"."hidden_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "news_reads" (
	"org_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "news_reads_org_id_post_id_user_id_pk" PRIMARY KEY("org_id","post_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "news_suggestions" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"author_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"decline_reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"post_id" uuid,
	CONSTRAINT "news_suggestions_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "news_suggestions_status_check" CHECK ("news_suggestions"."status" in ('open', 'accepted', 'declined')),
	CONSTRAINT "news_suggestions_title_check" CHECK (length("news_suggestions"."title") between 1 and 200),
	CONSTRAINT "news_suggestions_body_check" CHECK (length("news_suggestions"."body") between 1 and 4000),
	CONSTRAINT "news_suggestions_declined_check" CHECK ("news_suggestions"."status" <> 'declined' or length("news_suggestions"."decline_reason") > 0)
);
--> statement-breakpoint
CREATE TABLE "news_translations" (
	"org_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"written_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "news_translations_org_id_post_id_locale_pk" PRIMARY KEY("org_id","post_id","locale"),
	CONSTRAINT "news_translations_title_check" CHECK (length("news_translations"."title") between 1 and 200),
	CONSTRAINT "news_translations_body_check" CHECK (length("news_translations"."body") between 1 and 20000)
);
--> statement-breakpoint
ALTER TABLE "news_post_groups" ADD CONSTRAINT "news_post_groups_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_post_groups" ADD CONSTRAINT "news_post_groups_post_fk" FOREIGN KEY ("org_id","post_id") REFERENCES "public"."news_posts"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_post_groups" ADD CONSTRAINT "news_post_groups_group_fk" FOREIGN KEY ("org_id","group_id") REFERENCES "public"."groups"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_post_versions" ADD CONSTRAINT "news_post_versions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_post_versions" ADD CONSTRAINT "news_post_versions_written_by_users_id_fk" FOREIGN KEY ("written_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_post_versions" ADD CONSTRAINT "news_post_versions_post_fk" FOREIGN KEY ("org_id","post_id") REFERENCES "public"."news_posts"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_posts" ADD CONSTRAINT "news_posts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_posts" ADD CONSTRAINT "news_posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_reactions" ADD CONSTRAINT "news_reactions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_reactions" ADD CONSTRAINT "news_reactions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_reactions" ADD CONSTRAINT "news_reactions_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_reactions" ADD CONSTRAINT "news_reactions_hidden_by_users_id_fk" FOREIGN KEY ("hidden_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_reactions" ADD CONSTRAINT "news_reactions_post_fk" FOREIGN KEY ("org_id","post_id") REFERENCES "public"."news_posts"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_reads" ADD CONSTRAINT "news_reads_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_reads" ADD CONSTRAINT "news_reads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_reads" ADD CONSTRAINT "news_reads_post_fk" FOREIGN KEY ("org_id","post_id") REFERENCES "public"."news_posts"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_suggestions" ADD CONSTRAINT "news_suggestions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_suggestions" ADD CONSTRAINT "news_suggestions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_suggestions" ADD CONSTRAINT "news_suggestions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_translations" ADD CONSTRAINT "news_translations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_translations" ADD CONSTRAINT "news_translations_written_by_users_id_fk" FOREIGN KEY ("written_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_translations" ADD CONSTRAINT "news_translations_post_fk" FOREIGN KEY ("org_id","post_id") REFERENCES "public"."news_posts"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "news_post_groups_group_idx" ON "news_post_groups" USING btree ("org_id","group_id","post_id");--> statement-breakpoint
CREATE INDEX "news_posts_page_idx" ON "news_posts" USING btree ("org_id","pinned","publish_at");--> statement-breakpoint
CREATE INDEX "news_posts_author_idx" ON "news_posts" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "news_reactions_post_idx" ON "news_reactions" USING btree ("org_id","post_id","created_at");--> statement-breakpoint
CREATE INDEX "news_reactions_author_idx" ON "news_reactions" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "news_reads_user_idx" ON "news_reads" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "news_suggestions_open_idx" ON "news_suggestions" USING btree ("org_id","status","created_at");--> statement-breakpoint
CREATE INDEX "news_suggestions_author_idx" ON "news_suggestions" USING btree ("author_id");--> statement-breakpoint
-- News (docs/news.md): kept while the post exists; deleting a post deletes its versions,
-- translations, groups, reactions and reads; deleting an account deletes that person's
-- reactions, suggestions and reads (their posts stay without an author). A person's export
-- includes their reactions and suggestions. See src/db/schema/news.ts.
SELECT enable_org_isolation('news_posts');--> statement-breakpoint
SELECT enable_org_isolation('news_post_groups');--> statement-breakpoint
SELECT enable_org_isolation('news_post_versions');--> statement-breakpoint
SELECT enable_org_isolation('news_translations');--> statement-breakpoint
SELECT enable_org_isolation('news_reactions');--> statement-breakpoint
SELECT enable_org_isolation('news_reads');--> statement-breakpoint
SELECT enable_org_isolation('news_suggestions');
