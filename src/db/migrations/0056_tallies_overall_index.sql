-- The advisor's workspace sums each group's respondents and 'overall' tallies over all its cells
-- (service/thermometers.ts): parents are only counted per class, so a whole-group index held no
-- parents' rows and the workspace always said "Ouders: te weinig reacties". This index holds the
-- respondents and 'overall' rows of every cell, a few dozen per measurement.
DROP INDEX "measurement_tallies_whole_group_idx";--> statement-breakpoint
CREATE INDEX "measurement_tallies_overall_idx" ON "measurement_tallies" USING btree ("org_id","measurement_id") WHERE "measurement_tallies"."count_of" in ('respondents', 'overall');
