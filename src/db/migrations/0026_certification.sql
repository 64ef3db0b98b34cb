CREATE TABLE "certificates" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"code" text NOT NULL,
	"awarded_on" date NOT NULL,
	"valid_until" date NOT NULL,
	"awarded_by" uuid,
	"awarded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"listed" boolean DEFAULT false NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"revoked_reason" text,
	CONSTRAINT "certificates_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "certificates_code_check" CHECK ("certificates"."code" ~ '^[0-9A-HJKMNP-TV-Z]{20}$'),
	CONSTRAINT "certificates_validity_check" CHECK ("certificates"."valid_until" > "certificates"."awarded_on"),
	CONSTRAINT "certificates_revoked_check" CHECK (("certificates"."revoked_at" is null) = ("certificates"."revoked_reason" is null) and ("certificates"."revoked_reason" is null or length("certificates"."revoked_reason") > 0))
);
--> statement-breakpoint
CREATE TABLE "certification_criteria" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"domain_minimums" jsonb NOT NULL,
	"no_decline" boolean NOT NULL,
	"min_school_sessions" integer NOT NULL,
	"min_parent_sessions" integer NOT NULL,
	"validity_years" integer NOT NULL,
	"set_by" uuid,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certification_criteria_sessions_check" CHECK ("certification_criteria"."min_school_sessions" >= 0 and "certification_criteria"."min_parent_sessions" >= 0),
	CONSTRAINT "certification_criteria_validity_check" CHECK ("certification_criteria"."validity_years" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "certification_reviews" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"reasons" text NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certification_reviews_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "certification_reviews_reasons_check" CHECK (length("certification_reviews"."reasons") between 1 and 2000)
);
--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_awarded_by_users_id_fk" FOREIGN KEY ("awarded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_trajectory_fk" FOREIGN KEY ("org_id","trajectory_id") REFERENCES "public"."trajectories"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_criteria" ADD CONSTRAINT "certification_criteria_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_reviews" ADD CONSTRAINT "certification_reviews_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_reviews" ADD CONSTRAINT "certification_reviews_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_reviews" ADD CONSTRAINT "certification_reviews_trajectory_fk" FOREIGN KEY ("org_id","trajectory_id") REFERENCES "public"."trajectories"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_code_key" ON "certificates" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_trajectory_key" ON "certificates" USING btree ("org_id","trajectory_id") WHERE "certificates"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "certification_criteria_set_at_idx" ON "certification_criteria" USING btree ("set_at");--> statement-breakpoint
SELECT enable_org_isolation('certification_reviews');--> statement-breakpoint
SELECT enable_org_isolation('certificates');--> statement-breakpoint
-- The public verification page knows only a code, no organisation: this function answers for
-- one code with the organisation's name and the certificate's dates, and nothing else of the
-- table (never another code, never the reasons). Unknown codes get no row, by the same index.
CREATE FUNCTION certificate_by_code(lookup text)
RETURNS TABLE (organisation text, awarded_on date, valid_until date, revoked_on date)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT o.name, c.awarded_on, c.valid_until, (c.revoked_at AT TIME ZONE 'Europe/Amsterdam')::date
   FROM certificates c JOIN organisations o ON o.id = c.org_id
   WHERE c.code = lookup $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION certificate_by_code(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION certificate_by_code(text) TO samen_app;
--> statement-breakpoint
-- The public list: organisations that chose to be listed, with a certificate not revoked. The
-- caller leaves out those past their validity (it knows the school's date).
CREATE FUNCTION listed_certificates()
RETURNS TABLE (organisation text, awarded_on date, valid_until date)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT o.name, c.awarded_on, c.valid_until
   FROM certificates c JOIN organisations o ON o.id = c.org_id
   WHERE c.listed AND c.revoked_at IS NULL
   ORDER BY o.name $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION listed_certificates() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION listed_certificates() TO samen_app;
