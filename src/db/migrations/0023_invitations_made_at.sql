-- When the invitation job first made a measurement's invitations (issue 11): until then the page
-- says they are being sent instead of "0 invited". No personal data: a moment per measurement,
-- kept and deleted with it. Measurements that exist already count as made (a default fills them
-- without an UPDATE, which forced row-level security would hold to no rows); new ones start empty.
ALTER TABLE "measurements" ADD COLUMN "invitations_made_at" timestamp with time zone DEFAULT now();--> statement-breakpoint
ALTER TABLE "measurements" ALTER COLUMN "invitations_made_at" DROP DEFAULT;
