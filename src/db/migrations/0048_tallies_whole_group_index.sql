-- The advisor's workspace reads each guided organisation's thermometer from the whole groups' respondents and
-- 'overall' tallies (service/thermometers.ts): this partial index holds just those, a dozen per
-- measurement, where the tallies' key made the query read all ~1,200 tallies of every measurement.
CREATE INDEX "measurement_tallies_whole_group_idx" ON "measurement_tallies" USING btree ("org_id","measurement_id") WHERE "measurement_tallies"."subgroup_id" is null and "measurement_tallies"."count_of" in ('respondents', 'overall');--> statement-breakpoint
-- The advisor's policy on the tallies as a set instead of an array: "org_id = ANY(array)" with the
-- array from a subquery is compared element by element for every row (no hashing for a
-- parameter) and, being indexable, drew the planner into scanning the tallies by the policy's 300
-- organisations; "IN (SELECT unnest(…))" is a hashed lookup per row and leaves the plan to the
-- query's own join on (org_id, measurement_id). Same organisations, same rows.
ALTER POLICY "measurement_tallies_advisor" ON "measurement_tallies" USING (org_id IN (SELECT unnest(app_advised_orgs())));
