-- Audit entries take the clock, not the transaction's start, so that the entries one transaction
-- writes keep their order in the log (its pages sort by at, then id).
ALTER TABLE "audit_log" ALTER COLUMN "at" SET DEFAULT clock_timestamp();--> statement-breakpoint
ALTER TABLE "platform_audit_log" ALTER COLUMN "at" SET DEFAULT clock_timestamp();