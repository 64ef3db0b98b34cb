/**
 * A pairing's joins to its request (the parent who asked) and its offer (the buddy), each kept
 * inside one organisation (both sides' org_id), written once for the pairings' queries.
 */
import { and, eq } from "drizzle-orm";
import { buddyOffers, buddyPairs, buddyRequests } from "../../../db/schema/index.js";

/** A pairing and the request it answers. */
export const onPairRequest = and(
  eq(buddyRequests.orgId, buddyPairs.orgId),
  eq(buddyRequests.id, buddyPairs.requestId),
)!;

/** A pairing and the buddy's offer. */
export const onPairOffer = and(eq(buddyOffers.orgId, buddyPairs.orgId), eq(buddyOffers.id, buddyPairs.offerId))!;
