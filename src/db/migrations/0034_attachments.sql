CREATE TABLE "attachments" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"owner_kind" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"media_type" text NOT NULL,
	"file_name" text NOT NULL,
	"size" integer NOT NULL,
	"width" integer,
	"height" integer,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attachments_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "attachments_media_type_check" CHECK ("attachments"."media_type" in ('image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf')),
	CONSTRAINT "attachments_size_check" CHECK ("attachments"."size" > 0 and "attachments"."size" = octet_length("attachments"."content")),
	CONSTRAINT "attachments_file_name_check" CHECK (length("attachments"."file_name") between 1 and 200)
);
--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_owner_idx" ON "attachments" USING btree ("org_id","owner_kind","owner_id");--> statement-breakpoint
CREATE INDEX "attachments_uploaded_by_idx" ON "attachments" USING btree ("uploaded_by");--> statement-breakpoint
-- Kept as long as the owning record (its feature deletes them with it); see src/db/schema/attachments.ts.
SELECT enable_org_isolation('attachments');
--> statement-breakpoint
-- JPEG, PNG, WebP and PDF are compressed already: storing them out of line uncompressed saves the
-- CPU of trying, and lets a reader fetch a slice of the bytes (substring) without the whole value.
ALTER TABLE "attachments" ALTER COLUMN "content" SET STORAGE EXTERNAL;
