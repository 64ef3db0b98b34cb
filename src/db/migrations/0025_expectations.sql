-- Mutual expectations per school year (schema: expectations.ts, docs/expectations.md): versions of
-- the document, the published one, parents' confirmations and responses with the school's answer.
-- Retention: kept with their school year while the organisation exists. Deleting a person's account
-- deletes their confirmations and responses, and leaves versions and answers they wrote without
-- their name. Export: a person's confirmations and responses (with answers) belong in their data
-- export (expectationsOfPerson).
CREATE TABLE "expectation_confirmations" (
	"org_id" uuid NOT NULL,
	"school_year_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "expectation_confirmations_org_id_school_year_id_user_id_pk" PRIMARY KEY("org_id","school_year_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "expectation_responses" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"school_year_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	CONSTRAINT "expectation_responses_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "expectation_responses_body_check" CHECK (length("expectation_responses"."body") between 1 and 1000),
	CONSTRAINT "expectation_responses_answer_check" CHECK (("expectation_responses"."answer" is null) = ("expectation_responses"."answered_at" is null))
);
--> statement-breakpoint
CREATE TABLE "expectation_versions" (
	"org_id" uuid NOT NULL,
	"school_year_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"of_school" text NOT NULL,
	"of_parents" text NOT NULL,
	"written_by" uuid,
	"written_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "expectation_versions_org_id_school_year_id_version_pk" PRIMARY KEY("org_id","school_year_id","version"),
	CONSTRAINT "expectation_versions_version_check" CHECK ("expectation_versions"."version" >= 1),
	CONSTRAINT "expectation_versions_of_school_check" CHECK (length("expectation_versions"."of_school") between 1 and 4000),
	CONSTRAINT "expectation_versions_of_parents_check" CHECK (length("expectation_versions"."of_parents") between 1 and 4000)
);
--> statement-breakpoint
CREATE TABLE "expectations" (
	"org_id" uuid NOT NULL,
	"school_year_id" uuid NOT NULL,
	"published_version" integer,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	CONSTRAINT "expectations_org_id_school_year_id_pk" PRIMARY KEY("org_id","school_year_id"),
	CONSTRAINT "expectations_published_check" CHECK (("expectations"."published_version" is null) = ("expectations"."published_at" is null))
);
--> statement-breakpoint
ALTER TABLE "expectation_confirmations" ADD CONSTRAINT "expectation_confirmations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expectation_confirmations" ADD CONSTRAINT "expectation_confirmations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expectation_confirmations" ADD CONSTRAINT "expectation_confirmations_version_fk" FOREIGN KEY ("org_id","school_year_id","version") REFERENCES "public"."expectation_versions"("org_id","school_year_id","version") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expectation_responses" ADD CONSTRAINT "expectation_responses_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expectation_responses" ADD CONSTRAINT "expectation_responses_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expectation_responses" ADD CONSTRAINT "expectation_responses_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expectation_responses" ADD CONSTRAINT "expectation_responses_document_fk" FOREIGN KEY ("org_id","school_year_id") REFERENCES "public"."expectations"("org_id","school_year_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expectation_versions" ADD CONSTRAINT "expectation_versions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expectation_versions" ADD CONSTRAINT "expectation_versions_written_by_users_id_fk" FOREIGN KEY ("written_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expectation_versions" ADD CONSTRAINT "expectation_versions_document_fk" FOREIGN KEY ("org_id","school_year_id") REFERENCES "public"."expectations"("org_id","school_year_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expectations" ADD CONSTRAINT "expectations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expectations" ADD CONSTRAINT "expectations_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expectations" ADD CONSTRAINT "expectations_school_year_fk" FOREIGN KEY ("org_id","school_year_id") REFERENCES "public"."school_years"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "expectation_confirmations_user_idx" ON "expectation_confirmations" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "expectation_responses_year_idx" ON "expectation_responses" USING btree ("org_id","school_year_id","created_at");--> statement-breakpoint
CREATE INDEX "expectation_responses_author_idx" ON "expectation_responses" USING btree ("author_id");--> statement-breakpoint
SELECT enable_org_isolation('expectations');--> statement-breakpoint
SELECT enable_org_isolation('expectation_versions');--> statement-breakpoint
SELECT enable_org_isolation('expectation_confirmations');--> statement-breakpoint
SELECT enable_org_isolation('expectation_responses');
