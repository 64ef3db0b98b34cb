CREATE TABLE "moderation_reports" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"content_kind" text NOT NULL,
	"content_id" uuid NOT NULL,
	"reporter_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	"resolution" text,
	CONSTRAINT "moderation_reports_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "moderation_reports_reason_check" CHECK (length("moderation_reports"."reason") between 1 and 500),
	CONSTRAINT "moderation_reports_resolved_check" CHECK (("moderation_reports"."resolved_at" is null) = ("moderation_reports"."resolution" is null) and ("moderation_reports"."resolution" is null or "moderation_reports"."resolution" in ('hidden', 'kept')))
);
--> statement-breakpoint
ALTER TABLE "moderation_reports" ADD CONSTRAINT "moderation_reports_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_reports" ADD CONSTRAINT "moderation_reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_reports" ADD CONSTRAINT "moderation_reports_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "moderation_reports_open_idx" ON "moderation_reports" USING btree ("org_id","content_kind","content_id","reporter_id") WHERE "moderation_reports"."resolved_at" is null;--> statement-breakpoint
CREATE INDEX "moderation_reports_queue_idx" ON "moderation_reports" USING btree ("org_id","content_kind","resolved_at");--> statement-breakpoint
CREATE INDEX "moderation_reports_reporter_idx" ON "moderation_reports" USING btree ("reporter_id");--> statement-breakpoint
-- Kept while the organisation and the reporter's account exist; see src/db/schema/moderation.ts.
SELECT enable_org_isolation('moderation_reports');
