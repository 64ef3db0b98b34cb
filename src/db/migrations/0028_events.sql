-- Events parents sign up for (schema: events.ts, docs/events.md): time, place and capacity, one
-- sign-up per person with the number of people coming; a trajectory session takes sign-ups through
-- trajectory_session_events.
-- Retention: events and sign-ups are kept until the event or the organisation is deleted;
-- cancelling deletes a sign-up; deleting a person's account deletes their sign-ups.
-- Export: a person's sign-ups belong in their data export (signupsOfPerson).
CREATE TABLE "event_signups" (
	"org_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"people" integer NOT NULL,
	"signed_up_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reminded_at" timestamp with time zone,
	CONSTRAINT "event_signups_org_id_event_id_user_id_pk" PRIMARY KEY("org_id","event_id","user_id"),
	CONSTRAINT "event_signups_people_check" CHECK ("event_signups"."people" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "events" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"path" text NOT NULL,
	"capacity" integer,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "events_capacity_check" CHECK ("events"."capacity" is null or "events"."capacity" between 1 and 10000),
	CONSTRAINT "events_time_check" CHECK ("events"."ends_at" > "events"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "trajectory_session_events" (
	"org_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	CONSTRAINT "trajectory_session_events_org_id_session_id_pk" PRIMARY KEY("org_id","session_id")
);
--> statement-breakpoint
ALTER TABLE "event_signups" ADD CONSTRAINT "event_signups_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_signups" ADD CONSTRAINT "event_signups_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_signups" ADD CONSTRAINT "event_signups_event_fk" FOREIGN KEY ("org_id","event_id") REFERENCES "public"."events"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_session_events" ADD CONSTRAINT "trajectory_session_events_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_session_events" ADD CONSTRAINT "trajectory_session_events_session_fk" FOREIGN KEY ("org_id","session_id") REFERENCES "public"."trajectory_sessions"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_session_events" ADD CONSTRAINT "trajectory_session_events_event_fk" FOREIGN KEY ("org_id","event_id") REFERENCES "public"."events"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_signups_user_idx" ON "event_signups" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "events_starts_idx" ON "events" USING btree ("starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "trajectory_session_events_event_key" ON "trajectory_session_events" USING btree ("org_id","event_id");--> statement-breakpoint
SELECT enable_org_isolation('events');--> statement-breakpoint
SELECT enable_org_isolation('event_signups');--> statement-breakpoint
SELECT enable_org_isolation('trajectory_session_events');--> statement-breakpoint
-- The reminder job asks which organisations have sign-ups still to remind for events starting in a
-- window, then works in each organisation's own transaction; this returns nothing but their ids.
CREATE FUNCTION event_reminder_orgs(from_at timestamptz, to_at timestamptz) RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT DISTINCT e.org_id FROM events e JOIN event_signups s ON s.org_id = e.org_id AND s.event_id = e.id
   WHERE e.starts_at >= from_at AND e.starts_at < to_at AND s.reminded_at IS NULL ORDER BY e.org_id $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION event_reminder_orgs(timestamptz, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION event_reminder_orgs(timestamptz, timestamptz) TO samen_app;
