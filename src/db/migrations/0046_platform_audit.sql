-- The platform's audit trail (src/db/schema/platform-audit.ts): editors' and the administrator's
-- decisions that belong to no organisation. No org_id, so no row-level security; only the
-- administrator reads it (/admin/audit). Who did it is set null when their account is deleted;
-- kept as the platform's history. samen_app has its privileges through migration 0001's defaults.
CREATE TABLE "platform_audit_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid,
	"detail" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "platform_audit_log" ADD CONSTRAINT "platform_audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "platform_audit_log_at_idx" ON "platform_audit_log" USING btree ("at");
