-- The three-way conversation's guide (gesprekswijzer): each voice's preparation, the
-- teacher's private notes, the agreements with a follow-up date, parents' remarks on them,
-- and the follow-up reminders already sent (so the reminder job can run twice safely).
-- Everything hangs off the booking: cancelling a conversation removes its preparation.
CREATE TYPE "public"."conversation_voice" AS ENUM('pupil', 'parent', 'teacher');--> statement-breakpoint
CREATE TYPE "public"."conversation_party" AS ENUM('pupil', 'parent', 'teacher', 'school');--> statement-breakpoint
CREATE TYPE "public"."conversation_place" AS ENUM('school', 'home');--> statement-breakpoint
CREATE TABLE "conversation_preparations" (
	"org_id" uuid NOT NULL,
	"booking_id" uuid NOT NULL,
	"voice" "conversation_voice" NOT NULL,
	"guide_version" text NOT NULL,
	"answers" jsonb NOT NULL,
	"filled_in" "conversation_place" NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_preparations_pk" PRIMARY KEY("org_id","booking_id","voice"),
	CONSTRAINT "conversation_preparations_booking_fk" FOREIGN KEY ("org_id","booking_id") REFERENCES "conversation_bookings"("org_id","id") ON DELETE cascade,
	CONSTRAINT "conversation_preparations_answers_check" CHECK (jsonb_typeof("answers") = 'object'),
	CONSTRAINT "conversation_preparations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade,
	CONSTRAINT "conversation_preparations_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE "conversation_private_notes" (
	"org_id" uuid NOT NULL,
	"booking_id" uuid NOT NULL,
	"teacher_id" uuid NOT NULL,
	"note" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_private_notes_pk" PRIMARY KEY("org_id","booking_id","teacher_id"),
	CONSTRAINT "conversation_private_notes_booking_fk" FOREIGN KEY ("org_id","booking_id") REFERENCES "conversation_bookings"("org_id","id") ON DELETE cascade,
	CONSTRAINT "conversation_private_notes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade,
	CONSTRAINT "conversation_private_notes_teacher_id_users_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."users"("id") ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE "conversation_outcomes" (
	"org_id" uuid NOT NULL,
	"booking_id" uuid NOT NULL,
	"follow_up_on" date,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_outcomes_pk" PRIMARY KEY("org_id","booking_id"),
	CONSTRAINT "conversation_outcomes_booking_fk" FOREIGN KEY ("org_id","booking_id") REFERENCES "conversation_bookings"("org_id","id") ON DELETE cascade,
	CONSTRAINT "conversation_outcomes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade,
	CONSTRAINT "conversation_outcomes_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE "conversation_agreements" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"booking_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"party" "conversation_party" NOT NULL,
	"what" text NOT NULL,
	"due_on" date,
	CONSTRAINT "conversation_agreements_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "conversation_agreements_outcome_fk" FOREIGN KEY ("org_id","booking_id") REFERENCES "conversation_outcomes"("org_id","booking_id") ON DELETE cascade,
	CONSTRAINT "conversation_agreements_position_key" UNIQUE("org_id","booking_id","position"),
	CONSTRAINT "conversation_agreements_what_check" CHECK (length("what") between 1 and 500),
	CONSTRAINT "conversation_agreements_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE "conversation_agreement_remarks" (
	"org_id" uuid NOT NULL,
	"booking_id" uuid NOT NULL,
	"guardian_id" uuid NOT NULL,
	"remark" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_agreement_remarks_pk" PRIMARY KEY("org_id","booking_id","guardian_id"),
	CONSTRAINT "conversation_agreement_remarks_outcome_fk" FOREIGN KEY ("org_id","booking_id") REFERENCES "conversation_outcomes"("org_id","booking_id") ON DELETE cascade,
	CONSTRAINT "conversation_agreement_remarks_guardian_fk" FOREIGN KEY ("org_id","guardian_id") REFERENCES "guardians"("org_id","id") ON DELETE cascade,
	CONSTRAINT "conversation_agreement_remarks_remark_check" CHECK (length("remark") between 1 and 1000),
	CONSTRAINT "conversation_agreement_remarks_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE "conversation_follow_up_reminders" (
	"org_id" uuid NOT NULL,
	"booking_id" uuid NOT NULL,
	"follow_up_on" date NOT NULL,
	"email" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_follow_up_reminders_pk" PRIMARY KEY("org_id","booking_id","follow_up_on","email"),
	CONSTRAINT "conversation_follow_up_reminders_outcome_fk" FOREIGN KEY ("org_id","booking_id") REFERENCES "conversation_outcomes"("org_id","booking_id") ON DELETE cascade,
	CONSTRAINT "conversation_follow_up_reminders_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade
);
--> statement-breakpoint
-- Row-level security: each table stays in its organisation.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['conversation_preparations','conversation_outcomes','conversation_agreements','conversation_agreement_remarks','conversation_follow_up_reminders']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id())', t || '_org', t);
  END LOOP;
END
$$;
--> statement-breakpoint
-- A teacher's private notes are visible to that teacher alone, whatever the query.
ALTER TABLE conversation_private_notes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE conversation_private_notes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY conversation_private_notes_own ON conversation_private_notes
  USING (org_id = app_org_id() AND teacher_id = app_user_id())
  WITH CHECK (org_id = app_org_id() AND teacher_id = app_user_id());
