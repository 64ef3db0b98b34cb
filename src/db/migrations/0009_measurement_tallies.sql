-- Tallies: the counts the thermometer is computed from, written when a
-- measurement closes (docs/measurement-benchmark.md). One row per cell
-- (respondent group and class) and what is counted: 'respondents' (item ''),
-- 'domain' (item = domain id: respondents who answered one of its core items),
-- 'current' or 'desired' (item id and value; value 0 is "don't know").
CREATE TABLE "measurement_tallies" (
	"org_id" uuid NOT NULL,
	"measurement_id" uuid NOT NULL,
	"respondent_group" "respondent_group" NOT NULL,
	"subgroup_id" uuid,
	"count_of" text NOT NULL,
	"item" text NOT NULL,
	"value" smallint NOT NULL,
	"responses" integer NOT NULL,
	CONSTRAINT "measurement_tallies_cell_key" UNIQUE NULLS NOT DISTINCT("org_id","measurement_id","respondent_group","subgroup_id","count_of","item","value"),
	CONSTRAINT "measurement_tallies_count_of_check" CHECK ("measurement_tallies"."count_of" in ('respondents', 'domain', 'current', 'desired')),
	CONSTRAINT "measurement_tallies_responses_check" CHECK ("measurement_tallies"."responses" > 0)
);
--> statement-breakpoint
ALTER TABLE "measurement_tallies" ADD CONSTRAINT "measurement_tallies_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_tallies" ADD CONSTRAINT "measurement_tallies_org_id_measurement_id_measurements_org_id_id_fk" FOREIGN KEY ("org_id","measurement_id") REFERENCES "public"."measurements"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- A school's own figures per group and domain, from its latest closed
-- measurement (poll excluded), visible groups only: its part in the benchmark.
CREATE TABLE "measurement_benchmark_contributions" (
	"org_id" uuid NOT NULL,
	"measurement_id" uuid NOT NULL,
	"organisation_type" "organisation_type" NOT NULL,
	"respondent_group" "respondent_group" NOT NULL,
	"domain" text NOT NULL,
	"current" double precision NOT NULL,
	"desired" double precision,
	"gap" double precision,
	"positive_share" double precision,
	CONSTRAINT "measurement_benchmark_contributions_org_id_respondent_group_domain_pk" PRIMARY KEY("org_id","respondent_group","domain")
);
--> statement-breakpoint
ALTER TABLE "measurement_benchmark_contributions" ADD CONSTRAINT "measurement_benchmark_contributions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_benchmark_contributions" ADD CONSTRAINT "measurement_benchmark_contributions_measurement_fk" FOREIGN KEY ("org_id","measurement_id") REFERENCES "public"."measurements"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "measurement_benchmark_contributions_type_idx" ON "measurement_benchmark_contributions" USING btree ("organisation_type","respondent_group","domain");--> statement-breakpoint
-- The benchmark: means over organisations of one type, only where at least
-- five contribute. No organisation ids: nothing here is any school's.
CREATE TABLE "measurement_benchmarks" (
	"organisation_type" "organisation_type" NOT NULL,
	"respondent_group" "respondent_group" NOT NULL,
	"domain" text NOT NULL,
	"organisations" integer NOT NULL,
	"current" double precision NOT NULL,
	"desired" double precision,
	"gap" double precision,
	"positive_share" double precision,
	CONSTRAINT "measurement_benchmarks_organisation_type_respondent_group_domain_pk" PRIMARY KEY("organisation_type","respondent_group","domain"),
	CONSTRAINT "measurement_benchmarks_organisations_check" CHECK ("measurement_benchmarks"."organisations" >= 5)
);
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['measurement_tallies','measurement_benchmark_contributions']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id())', t || '_org', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO samen_app', t);
  END LOOP;
END
$$;
--> statement-breakpoint
-- The owner (the role running this migration, which owns the function below)
-- reads every contribution; samen_app never does: it only calls the function.
DO $$ BEGIN
  EXECUTE format('CREATE POLICY measurement_benchmark_contributions_owner ON measurement_benchmark_contributions FOR SELECT TO %I USING (true)', current_user);
END $$;
--> statement-breakpoint
-- samen_app may read the benchmark, never write it: only the function does.
REVOKE INSERT, UPDATE, DELETE ON measurement_benchmarks FROM samen_app;
--> statement-breakpoint
GRANT SELECT ON measurement_benchmarks TO samen_app;
--> statement-breakpoint
-- Recomputes the benchmark of one organisation type from all contributions,
-- with the rule of comparison.ts: a figure only from at least five
-- organisations, each counting once. Runs as its owner, so it sees every
-- contribution; it writes only means and counts, and returns nothing.
CREATE FUNCTION refresh_measurement_benchmark(p_type organisation_type) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  -- One refresh at a time, so the last one to commit has seen every contribution.
  PERFORM pg_advisory_xact_lock(hashtext('refresh_measurement_benchmark'));
  DELETE FROM measurement_benchmarks WHERE organisation_type = p_type;
  INSERT INTO measurement_benchmarks
    (organisation_type, respondent_group, domain, organisations, current, desired, gap, positive_share)
  SELECT p_type, respondent_group, domain, count(*), avg(current),
    CASE WHEN count(desired) >= 5 THEN avg(desired) END,
    CASE WHEN count(gap) >= 5 THEN avg(gap) END,
    CASE WHEN count(positive_share) >= 5 THEN avg(positive_share) END
  FROM measurement_benchmark_contributions
  WHERE organisation_type = p_type
  GROUP BY respondent_group, domain
  HAVING count(*) >= 5;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION refresh_measurement_benchmark(organisation_type) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION refresh_measurement_benchmark(organisation_type) TO samen_app;
--> statement-breakpoint
-- The response export reads a measurement's responses in ranges of id; with
-- (org_id, measurement_id) alone the planner scanned the whole measurement for
-- every range, so the export grew with the square of its size.
DROP INDEX "measurement_responses_measurement_idx";--> statement-breakpoint
CREATE INDEX "measurement_responses_measurement_idx" ON "measurement_responses" USING btree ("org_id","measurement_id","id");
