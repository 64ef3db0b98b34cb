-- The outbox keeps a mail's body only until it is delivered (issue 10 §4): text and
-- attachments become empty once SMTP has accepted the mail. claimed_until is the delivery
-- job's lease, so two runs of the job never send one mail twice.
ALTER TABLE "outbox" ALTER COLUMN "text" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "claimed_until" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "outbox" USING btree ("created_at") WHERE "sent_at" IS NULL;--> statement-breakpoint
CREATE INDEX "outbox_sent_idx" ON "outbox" USING btree ("sent_at");
