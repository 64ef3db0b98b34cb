/**
 * Buddies (docs/buddies.md): a parent who is new or finds the school hard to reach asks for a
 * buddy; parents volunteer as buddies; the coordinator pairs them. Only the person themselves and
 * the leader and coordinator see a request or an offer; the two parents learn each other's name
 * and address through the introduction mail, which both agreed to by asking or volunteering.
 *
 * Personal data: reasons, languages, availability and a note of one's own, and who is paired with
 * whom since when. Kept only while current: withdrawing a request or an offer deletes it (and its
 * pairings); ending a pairing deletes the pairing and the request it answered (the parent may ask
 * again), the volunteer's offer stays. Who matched and who ended is in the audit log, without
 * the reasons. Deleting an account or the organisation deletes it all. A person's export includes
 * their request, offer and pairings (`buddiesOfPerson`).
 */
import { sql } from "drizzle-orm";
import { check, index, integer, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { at, belongsTo, createdAt, lengthCheck, owner, person } from "./columns.js";
import { orgTable } from "./organisations.js";

const wishes = () => ({
  languages: text("languages").array().notNull(),
  /** Parts of the week: morning, afternoon, evening, weekend. */
  availability: text("availability").array().notNull(),
  note: text("note").notNull().default(""),
  createdAt: createdAt(),
});

export const buddyRequests = orgTable(
  "buddy_requests",
  {
    userId: owner("user_id"),
    /** new, language, firstChild, littleTime, other. */
    reasons: text("reasons").array().notNull(),
    ...wishes(),
  },
  (t) => [
    // One request per parent: a second is refused.
    uniqueIndex("buddy_requests_user_key").on(t.orgId, t.userId),
    index("buddy_requests_user_idx").on(t.userId),
    lengthCheck(t.note, 0, 500),
  ],
);

export const buddyOffers = orgTable(
  "buddy_offers",
  {
    userId: owner("user_id"),
    ...wishes(),
    /** How many parents they would help at once. */
    capacity: integer("capacity").notNull().default(1),
  },
  (t) => [
    uniqueIndex("buddy_offers_user_key").on(t.orgId, t.userId),
    index("buddy_offers_user_idx").on(t.userId),
    lengthCheck(t.note, 0, 500),
    check("buddy_offers_capacity_check", sql`${t.capacity} between 1 and 3`),
  ],
);

export const buddyPairs = orgTable(
  "buddy_pairs",
  {
    requestId: uuid("request_id").notNull(),
    offerId: uuid("offer_id").notNull(),
    matchedBy: person("matched_by"),
    matchedAt: at("matched_at").notNull().defaultNow(),
  },
  (t) => [
    belongsTo(buddyRequests, t.requestId),
    belongsTo(buddyOffers, t.offerId),
    // One buddy per request: two coordinators matching at once, the second is refused.
    uniqueIndex("buddy_pairs_request_key").on(t.orgId, t.requestId),
    index("buddy_pairs_offer_idx").on(t.orgId, t.offerId),
  ],
);
