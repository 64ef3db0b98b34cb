ALTER TABLE "measurements" ADD COLUMN "linkage_rule_applied" boolean DEFAULT true NOT NULL;--> statement-breakpoint
-- Measurements closed before the rule that small classes and groups keep neither class nor
-- answers (docs/measurement-anonymity.md, section 5): a job applies it to them afterwards.
-- Re-applying it to one closed under the rule changes nothing, so every closed one is marked.
UPDATE "measurements" SET "linkage_rule_applied" = false WHERE "status" = 'closed';
--> statement-breakpoint
-- That job looks across organisations and then works in each organisation's own transaction;
-- this function gives it the measurements still to do and nothing else.
CREATE FUNCTION measurements_before_linkage_rule() RETURNS TABLE (org_id uuid, id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT org_id, id FROM measurements WHERE NOT linkage_rule_applied ORDER BY org_id, id $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION measurements_before_linkage_rule() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION measurements_before_linkage_rule() TO samen_app;
