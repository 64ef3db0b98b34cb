-- Create forms are idempotent against double submission (issue 10 §6): a create claims its
-- form's token here in its own transaction, and a second post of the same form finds the claim
-- and answers with the first one's redirect. Global like sessions, and deleted with its session;
-- the hourly retention job removes rows older than a day. Nothing personal: a hash and a path.
CREATE TABLE "form_submissions" (
	"session_hash" text NOT NULL,
	"token_hash" text NOT NULL,
	"location" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "form_submissions_session_hash_token_hash_pk" PRIMARY KEY("session_hash","token_hash")
);
--> statement-breakpoint
ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_session_hash_sessions_id_hash_fk" FOREIGN KEY ("session_hash") REFERENCES "public"."sessions"("id_hash") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "form_submissions_created_idx" ON "form_submissions" USING btree ("created_at");
