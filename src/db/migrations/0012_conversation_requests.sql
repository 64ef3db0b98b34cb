-- Conversations on request and "another time" within a round (schema: conversation-requests.ts),
-- with row-level security like 0008. Hand-written; keep in step with the Drizzle schema.
CREATE TYPE "public"."conversation_request_topic" AS ENUM('progress', 'wellbeing', 'behaviour', 'home', 'support', 'other');--> statement-breakpoint
CREATE TYPE "public"."conversation_request_status" AS ENUM('requested', 'proposed', 'scheduled', 'held', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."conversation_request_side" AS ENUM('parent', 'teacher');--> statement-breakpoint
CREATE TYPE "public"."conversation_other_time_status" AS ENUM('open', 'answered');--> statement-breakpoint
CREATE TABLE "conversation_requests" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"pupil_id" uuid NOT NULL,
	"teacher_id" uuid NOT NULL,
	"asked_by" "conversation_request_side" NOT NULL,
	"asked_by_user" uuid,
	"topic" "conversation_request_topic" NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" "conversation_request_status" DEFAULT 'requested' NOT NULL,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_requests_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "conversation_requests_note_check" CHECK (length("conversation_requests"."note") <= 2000),
	CONSTRAINT "conversation_requests_time_check" CHECK (("conversation_requests"."starts_at" is null and "conversation_requests"."ends_at" is null) or "conversation_requests"."ends_at" > "conversation_requests"."starts_at"),
	CONSTRAINT "conversation_requests_scheduled_check" CHECK ("conversation_requests"."status" not in ('scheduled', 'held') or "conversation_requests"."starts_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "conversation_request_times" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "conversation_request_times_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "conversation_request_times_check" CHECK ("conversation_request_times"."ends_at" > "conversation_request_times"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "conversation_other_times" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"pupil_id" uuid NOT NULL,
	"guardian_id" uuid NOT NULL,
	"note" text NOT NULL,
	"status" "conversation_other_time_status" DEFAULT 'open' NOT NULL,
	"answer" text,
	"answered_starts_at" timestamp with time zone,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_other_times_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "conversation_other_times_note_check" CHECK (length("conversation_other_times"."note") between 1 and 1000),
	CONSTRAINT "conversation_other_times_answer_check" CHECK ("conversation_other_times"."answer" is null or length("conversation_other_times"."answer") <= 1000)
);
--> statement-breakpoint
ALTER TABLE "conversation_requests" ADD CONSTRAINT "conversation_requests_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_requests" ADD CONSTRAINT "conversation_requests_teacher_id_users_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_requests" ADD CONSTRAINT "conversation_requests_asked_by_user_users_id_fk" FOREIGN KEY ("asked_by_user") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_requests" ADD CONSTRAINT "conversation_requests_pupil_fk" FOREIGN KEY ("org_id","pupil_id") REFERENCES "public"."pupils"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_request_times" ADD CONSTRAINT "conversation_request_times_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_request_times" ADD CONSTRAINT "conversation_request_times_request_fk" FOREIGN KEY ("org_id","request_id") REFERENCES "public"."conversation_requests"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_other_times" ADD CONSTRAINT "conversation_other_times_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_other_times" ADD CONSTRAINT "conversation_other_times_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_other_times" ADD CONSTRAINT "conversation_other_times_round_fk" FOREIGN KEY ("org_id","round_id") REFERENCES "public"."conversation_rounds"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_other_times" ADD CONSTRAINT "conversation_other_times_guardian_fk" FOREIGN KEY ("org_id","pupil_id","guardian_id") REFERENCES "public"."pupil_guardians"("org_id","pupil_id","guardian_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conversation_requests_pupil_idx" ON "conversation_requests" USING btree ("org_id","pupil_id");--> statement-breakpoint
CREATE INDEX "conversation_requests_teacher_idx" ON "conversation_requests" USING btree ("org_id","teacher_id");--> statement-breakpoint
CREATE UNIQUE INDEX "conversation_request_times_start_key" ON "conversation_request_times" USING btree ("org_id","request_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "conversation_other_times_open_key" ON "conversation_other_times" USING btree ("org_id","round_id","pupil_id","guardian_id") WHERE "conversation_other_times"."status" = 'open';--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['conversation_requests','conversation_request_times','conversation_other_times']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id())', t || '_org', t);
  END LOOP;
END
$$;
