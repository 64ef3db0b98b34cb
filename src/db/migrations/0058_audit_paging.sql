-- The leader's audit log (/organisation/audit) pages newest first from an entry, by (at, id), for
-- the whole trail or filtered by the person who acted or the kind of thing: one index for each, so
-- a page deep in the trail, or of a person or kind that is rare, reads its fifty entries instead of
-- the organisation's whole log. The index on (org_id, at) is kept within the first. No data changes;
-- the trail is kept as before (docs/privacy.md).
DROP INDEX "audit_log_at_idx";--> statement-breakpoint
CREATE INDEX "audit_log_org_at_id_idx" ON "audit_log" USING btree ("org_id","at","id");--> statement-breakpoint
CREATE INDEX "audit_log_org_user_at_id_idx" ON "audit_log" USING btree ("org_id","user_id","at","id");--> statement-breakpoint
CREATE INDEX "audit_log_org_entity_at_id_idx" ON "audit_log" USING btree ("org_id","entity","at","id");