-- A signed-in reader's one answer per question (src/db/schema/advice.ts): under a keyed hash of
-- the account, never its id, deleted with the item.
CREATE TABLE "advice_helpful_votes" (
	"item_id" uuid NOT NULL,
	"voter" text NOT NULL,
	"helpful" boolean NOT NULL,
	CONSTRAINT "advice_helpful_votes_item_id_voter_pk" PRIMARY KEY("item_id","voter")
);
--> statement-breakpoint
ALTER TABLE "advice_helpful_votes" ADD CONSTRAINT "advice_helpful_votes_item_id_advice_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."advice_items"("id") ON DELETE cascade ON UPDATE no action;