CREATE TYPE "public"."conversation_kind" AS ENUM('parent_teacher', 'three_way');--> statement-breakpoint
CREATE TYPE "public"."conversation_mode" AS ENUM('first_come', 'fair');--> statement-breakpoint
CREATE TYPE "public"."conversation_preference_answer" AS ENUM('yes', 'no');--> statement-breakpoint
CREATE TYPE "public"."conversation_unplaced_reason" AS ENUM('noSuitableTime', 'conflicts');--> statement-breakpoint
CREATE TABLE "conversation_availability" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"teacher_id" uuid NOT NULL,
	"on_date" date NOT NULL,
	"from_time" text NOT NULL,
	"to_time" text NOT NULL,
	CONSTRAINT "conversation_availability_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "conversation_availability_times_check" CHECK ("conversation_availability"."from_time" ~ '^\d\d:\d\d$' and "conversation_availability"."to_time" > "conversation_availability"."from_time")
);
--> statement-breakpoint
CREATE TABLE "conversation_bookings" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	"pupil_id" uuid NOT NULL,
	"guardian_id" uuid NOT NULL,
	"separate" boolean NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_bookings_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "conversation_preferences" (
	"org_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"guardian_id" uuid NOT NULL,
	"pupil_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	"answer" "conversation_preference_answer" NOT NULL,
	CONSTRAINT "conversation_preferences_pk" PRIMARY KEY("org_id","round_id","guardian_id","pupil_id","slot_id")
);
--> statement-breakpoint
CREATE TABLE "conversation_round_groups" (
	"org_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	CONSTRAINT "conversation_round_groups_org_id_round_id_group_id_pk" PRIMARY KEY("org_id","round_id","group_id")
);
--> statement-breakpoint
CREATE TABLE "conversation_rounds" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "conversation_kind" NOT NULL,
	"mode" "conversation_mode" NOT NULL,
	"slot_settings" jsonb NOT NULL,
	"buffer_minutes" integer NOT NULL,
	"tolerance_minutes" integer NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"change_deadline" timestamp with time zone NOT NULL,
	"separate_guardian_bookings" boolean DEFAULT false NOT NULL,
	"allocation_seed" text,
	"allocated_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_rounds_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "conversation_rounds_separate_key" UNIQUE("org_id","id","separate_guardian_bookings"),
	CONSTRAINT "conversation_rounds_window_check" CHECK ("conversation_rounds"."closes_at" > "conversation_rounds"."opens_at"),
	CONSTRAINT "conversation_rounds_deadline_check" CHECK ("conversation_rounds"."change_deadline" >= "conversation_rounds"."opens_at"),
	CONSTRAINT "conversation_rounds_buffer_check" CHECK ("conversation_rounds"."buffer_minutes" between 0 and 60),
	CONSTRAINT "conversation_rounds_tolerance_check" CHECK ("conversation_rounds"."tolerance_minutes" between 0 and 120)
);
--> statement-breakpoint
CREATE TABLE "conversation_slots" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"teacher_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "conversation_slots_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "conversation_slots_round_key" UNIQUE("org_id","round_id","id"),
	CONSTRAINT "conversation_slots_times_check" CHECK ("conversation_slots"."ends_at" > "conversation_slots"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "conversation_unplaced" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"pupil_id" uuid NOT NULL,
	"reason" "conversation_unplaced_reason" NOT NULL,
	CONSTRAINT "conversation_unplaced_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "attachments" jsonb;--> statement-breakpoint
ALTER TABLE "conversation_availability" ADD CONSTRAINT "conversation_availability_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_availability" ADD CONSTRAINT "conversation_availability_teacher_id_users_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_availability" ADD CONSTRAINT "conversation_availability_round_fk" FOREIGN KEY ("org_id","round_id") REFERENCES "public"."conversation_rounds"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_bookings" ADD CONSTRAINT "conversation_bookings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_bookings" ADD CONSTRAINT "conversation_bookings_round_fk" FOREIGN KEY ("org_id","round_id") REFERENCES "public"."conversation_rounds"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_bookings" ADD CONSTRAINT "conversation_bookings_separate_fk" FOREIGN KEY ("org_id","round_id","separate") REFERENCES "public"."conversation_rounds"("org_id","id","separate_guardian_bookings") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "conversation_bookings" ADD CONSTRAINT "conversation_bookings_slot_fk" FOREIGN KEY ("org_id","round_id","slot_id") REFERENCES "public"."conversation_slots"("org_id","round_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_bookings" ADD CONSTRAINT "conversation_bookings_guardian_fk" FOREIGN KEY ("org_id","pupil_id","guardian_id") REFERENCES "public"."pupil_guardians"("org_id","pupil_id","guardian_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_bookings" ADD CONSTRAINT "conversation_bookings_pupil_fk" FOREIGN KEY ("org_id","pupil_id") REFERENCES "public"."pupils"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_preferences" ADD CONSTRAINT "conversation_preferences_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_preferences" ADD CONSTRAINT "conversation_preferences_round_fk" FOREIGN KEY ("org_id","round_id") REFERENCES "public"."conversation_rounds"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_preferences" ADD CONSTRAINT "conversation_preferences_slot_fk" FOREIGN KEY ("org_id","round_id","slot_id") REFERENCES "public"."conversation_slots"("org_id","round_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_preferences" ADD CONSTRAINT "conversation_preferences_guardian_fk" FOREIGN KEY ("org_id","pupil_id","guardian_id") REFERENCES "public"."pupil_guardians"("org_id","pupil_id","guardian_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_round_groups" ADD CONSTRAINT "conversation_round_groups_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_round_groups" ADD CONSTRAINT "conversation_round_groups_round_fk" FOREIGN KEY ("org_id","round_id") REFERENCES "public"."conversation_rounds"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_round_groups" ADD CONSTRAINT "conversation_round_groups_group_fk" FOREIGN KEY ("org_id","group_id") REFERENCES "public"."groups"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_rounds" ADD CONSTRAINT "conversation_rounds_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_rounds" ADD CONSTRAINT "conversation_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_slots" ADD CONSTRAINT "conversation_slots_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_slots" ADD CONSTRAINT "conversation_slots_teacher_id_users_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_slots" ADD CONSTRAINT "conversation_slots_round_fk" FOREIGN KEY ("org_id","round_id") REFERENCES "public"."conversation_rounds"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_unplaced" ADD CONSTRAINT "conversation_unplaced_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_unplaced" ADD CONSTRAINT "conversation_unplaced_round_fk" FOREIGN KEY ("org_id","round_id") REFERENCES "public"."conversation_rounds"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_unplaced" ADD CONSTRAINT "conversation_unplaced_pupil_fk" FOREIGN KEY ("org_id","pupil_id") REFERENCES "public"."pupils"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conversation_availability_round_idx" ON "conversation_availability" USING btree ("org_id","round_id","teacher_id");--> statement-breakpoint
CREATE UNIQUE INDEX "conversation_bookings_slot_key" ON "conversation_bookings" USING btree ("org_id","slot_id");--> statement-breakpoint
CREATE UNIQUE INDEX "conversation_bookings_pupil_key" ON "conversation_bookings" USING btree ("org_id","round_id","pupil_id") WHERE not "conversation_bookings"."separate";--> statement-breakpoint
CREATE UNIQUE INDEX "conversation_bookings_guardian_key" ON "conversation_bookings" USING btree ("org_id","round_id","pupil_id","guardian_id") WHERE "conversation_bookings"."separate";--> statement-breakpoint
CREATE UNIQUE INDEX "conversation_slots_start_key" ON "conversation_slots" USING btree ("org_id","round_id","teacher_id","starts_at");--> statement-breakpoint
CREATE INDEX "conversation_unplaced_round_idx" ON "conversation_unplaced" USING btree ("org_id","round_id");