-- How many people a class's audience served when its measurement closed (pupils, or guardians of
-- the pupils): a count, no person. Kept as long as the measurement; measurements closed before
-- have none and show no "more responses than people" warning.
ALTER TABLE "measurement_audiences" ADD COLUMN "people" integer;
