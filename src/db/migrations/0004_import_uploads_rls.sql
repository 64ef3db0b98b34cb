-- Uploaded import files belong to one organisation, like every other org-owned table.
ALTER TABLE import_uploads ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE import_uploads FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY import_uploads_org ON import_uploads USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id());
