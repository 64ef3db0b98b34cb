-- A school's own items, frozen with the measurement; reminders and the invitations' reminder bookkeeping.
CREATE TABLE "measurement_extra_items" (
	"org_id" uuid NOT NULL,
	"measurement_id" uuid NOT NULL,
	"item_id" text NOT NULL,
	"respondent_group" "respondent_group" NOT NULL,
	"domain" text NOT NULL,
	"text" jsonb NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "measurement_extra_items_org_id_measurement_id_item_id_pk" PRIMARY KEY("org_id","measurement_id","item_id"),
	CONSTRAINT "measurement_extra_items_item_id_check" CHECK ("item_id" ~ '^extra\.[a-z0-9-]+$')
);
--> statement-breakpoint
CREATE TYPE "public"."measurement_reminder_kind" AS ENUM('manual', 'auto');
--> statement-breakpoint
CREATE TABLE "measurement_reminders" (
	"org_id" uuid NOT NULL,
	"measurement_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"kind" "measurement_reminder_kind" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measurement_reminders_org_id_measurement_id_number_pk" PRIMARY KEY("org_id","measurement_id","number"),
	CONSTRAINT "measurement_reminders_number_check" CHECK ("number" >= 1)
);
--> statement-breakpoint
ALTER TABLE "measurement_invitations" ADD COLUMN "reminders" integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
ALTER TABLE "measurement_invitations" ADD COLUMN "sealed_token" text;
--> statement-breakpoint
ALTER TABLE "measurement_extra_items" ADD CONSTRAINT "measurement_extra_items_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "measurement_extra_items" ADD CONSTRAINT "measurement_extra_items_measurement_fk" FOREIGN KEY ("org_id","measurement_id") REFERENCES "public"."measurements"("org_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "measurement_reminders" ADD CONSTRAINT "measurement_reminders_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "measurement_reminders" ADD CONSTRAINT "measurement_reminders_measurement_fk" FOREIGN KEY ("org_id","measurement_id") REFERENCES "public"."measurements"("org_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "measurement_reminders" ADD CONSTRAINT "measurement_reminders_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
-- One automatic reminder per measurement: a job that runs twice finds the round it already started.
CREATE UNIQUE INDEX "measurement_reminders_auto_key" ON "measurement_reminders" USING btree ("org_id","measurement_id") WHERE "kind" = 'auto';
--> statement-breakpoint
-- Both belong to one organisation, like every other org-owned table (as 0006).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['measurement_extra_items','measurement_reminders']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id())', t || '_org', t);
  END LOOP;
END
$$;
