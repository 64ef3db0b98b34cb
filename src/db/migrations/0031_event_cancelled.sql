-- A cancelled event (a skipped parent evening): everyone signed up was mailed an iTIP CANCEL and
-- their sign-ups removed (docs/events.md). No new personal data.
ALTER TABLE "events" ADD COLUMN "cancelled_at" timestamp with time zone;
