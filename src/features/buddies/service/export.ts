/** A person's own buddy request, offer and pairings in one organisation, for their data export. */
import { and, eq, or } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { buddyOffers, buddyPairs, buddyRequests } from "../../../db/schema/index.js";

export async function buddiesOfPerson(tx: Tx, orgId: string, userId: string) {
  const request = await tx
    .select()
    .from(buddyRequests)
    .where(ofOrg(buddyRequests, orgId, { userId }));
  const offer = await tx
    .select()
    .from(buddyOffers)
    .where(ofOrg(buddyOffers, orgId, { userId }));
  const ids = { request: request[0]?.id, offer: offer[0]?.id };
  const pairs =
    ids.request || ids.offer
      ? await tx
          .select({ matchedAt: buddyPairs.matchedAt, requestId: buddyPairs.requestId, offerId: buddyPairs.offerId })
          .from(buddyPairs)
          .where(
            and(
              eq(buddyPairs.orgId, orgId),
              or(
                ids.request ? eq(buddyPairs.requestId, ids.request) : undefined,
                ids.offer ? eq(buddyPairs.offerId, ids.offer) : undefined,
              ),
            ),
          )
      : [];
  const strip = <T extends { orgId: string; userId: string }>({ orgId: _o, userId: _u, ...rest }: T) => rest;
  return {
    request: request.map(strip)[0] ?? null,
    offer: offer.map(strip)[0] ?? null,
    pairings: pairs.map((p) => ({ since: p.matchedAt, as: p.requestId === ids.request ? "asked" : "buddy" })),
  };
}
