-- Reminders before a conversation: how many hours before (per round, 0 = none) and which
-- reminders went out, so a reminder is never mailed twice. A reminder is recorded per booking
-- and per version of the booking (its sequence): a moved booking gets its own reminder, a
-- cancelled one takes its records with it.
ALTER TABLE "conversation_rounds" ADD COLUMN "reminder_hours" integer DEFAULT 24 NOT NULL;--> statement-breakpoint
ALTER TABLE "conversation_rounds" ADD CONSTRAINT "conversation_rounds_reminder_check" CHECK ("conversation_rounds"."reminder_hours" between 0 and 168);--> statement-breakpoint
CREATE TABLE "conversation_reminders" (
	"org_id" uuid NOT NULL,
	"booking_id" uuid NOT NULL,
	"sequence" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_reminders_pk" PRIMARY KEY("org_id","booking_id","sequence")
);
--> statement-breakpoint
ALTER TABLE "conversation_reminders" ADD CONSTRAINT "conversation_reminders_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_reminders" ADD CONSTRAINT "conversation_reminders_booking_fk" FOREIGN KEY ("org_id","booking_id") REFERENCES "public"."conversation_bookings"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_reminders" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "conversation_reminders" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "conversation_reminders_org" ON "conversation_reminders" USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id());
