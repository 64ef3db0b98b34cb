/**
 * What the pages show. A parent sees only their own request and offer and, once paired, the
 * other parent of each pairing (introduced by mail). The coordinator sees the open requests with
 * ranked suggestions, the volunteers, and the pairs with how long they have been paired; only
 * current parents of the organisation are listed (the network's `currentParents`).
 */
import { and, asc, eq, sql } from "drizzle-orm";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { buddyOffers, buddyPairs, buddyRequests, users } from "../../../db/schema/index.js";
import { currentParents } from "../../network/index.js";
import { rankBuddies, type Suggestion, type Volunteer } from "../domain/ranking.js";
import { onPairOffer, onPairRequest } from "./joins.js";

export interface Partner {
  pairId: string;
  name: string;
  email: string;
  since: Date;
}

export interface MyBuddies {
  request: { languages: string[]; availability: string[]; reasons: string[]; note: string } | null;
  offer: { languages: string[]; availability: string[]; capacity: number; note: string } | null;
  /** My buddy (when my request is paired). */
  buddy: Partner | null;
  /** The parents I am buddy of. */
  parents: Partner[];
}

export function myBuddies(scope: ViewerScope): Promise<MyBuddies> {
  return inOrg(scope, async (tx) => {
    const [request] = await tx
      .select()
      .from(buddyRequests)
      .where(ofOrg(buddyRequests, scope.orgId, { userId: scope.userId }));
    const [offer] = await tx
      .select()
      .from(buddyOffers)
      .where(ofOrg(buddyOffers, scope.orgId, { userId: scope.userId }));
    const partners = (side: "request" | "offer", id: string) =>
      tx
        .select({ pairId: buddyPairs.id, name: users.name, email: users.email, since: buddyPairs.matchedAt })
        .from(buddyPairs)
        .innerJoin(
          side === "request" ? buddyOffers : buddyRequests,
          and(
            eq((side === "request" ? buddyOffers : buddyRequests).orgId, buddyPairs.orgId),
            eq(
              (side === "request" ? buddyOffers : buddyRequests).id,
              side === "request" ? buddyPairs.offerId : buddyPairs.requestId,
            ),
          ),
        )
        .innerJoin(users, eq(users.id, (side === "request" ? buddyOffers : buddyRequests).userId))
        .where(
          and(
            eq(buddyPairs.orgId, scope.orgId),
            eq(side === "request" ? buddyPairs.requestId : buddyPairs.offerId, id),
          ),
        )
        .orderBy(asc(buddyPairs.matchedAt), asc(buddyPairs.id));
    return {
      request: request ?? null,
      offer: offer ?? null,
      buddy: request ? ((await partners("request", request.id))[0] ?? null) : null,
      parents: offer ? await partners("offer", offer.id) : [],
    };
  });
}

export interface VolunteerRow extends Volunteer {
  name: string;
  groupNames: string[];
  note: string;
}

export interface OpenRequest {
  id: string;
  name: string;
  reasons: string[];
  languages: string[];
  availability: string[];
  groupNames: string[];
  note: string;
  createdAt: Date;
  suggestions: Suggestion<VolunteerRow>[];
}

export interface PairRow {
  id: string;
  parent: string;
  buddy: string;
  matchedAt: Date;
}

export interface Coordination {
  requests: OpenRequest[];
  volunteers: VolunteerRow[];
  pairs: PairRow[];
}

export function coordination(scope: ViewerScope): Promise<Coordination> {
  return inOrg(scope, async (tx) => {
    const parents = await currentParents(tx, scope.orgId);
    const offers = await tx
      .select({
        offerId: buddyOffers.id,
        userId: buddyOffers.userId,
        languages: buddyOffers.languages,
        availability: buddyOffers.availability,
        capacity: buddyOffers.capacity,
        note: buddyOffers.note,
        paired: sql<number>`(select count(*)::int from buddy_pairs p where p.org_id = buddy_offers.org_id and p.offer_id = buddy_offers.id)`,
      })
      .from(buddyOffers)
      .where(eq(buddyOffers.orgId, scope.orgId))
      .orderBy(asc(buddyOffers.createdAt), asc(buddyOffers.id));
    const volunteers: VolunteerRow[] = offers.flatMap((offer) => {
      const parent = parents.get(offer.userId);
      if (!parent) return [];
      return [
        {
          ...offer,
          paired: Number(offer.paired),
          name: parent.name,
          groupIds: parent.groups.map((g) => g.groupId),
          groupNames: parent.groups.map((g) => g.groupName),
        },
      ];
    });
    const requests = await tx
      .select({
        id: buddyRequests.id,
        userId: buddyRequests.userId,
        reasons: buddyRequests.reasons,
        languages: buddyRequests.languages,
        availability: buddyRequests.availability,
        note: buddyRequests.note,
        createdAt: buddyRequests.createdAt,
        paired: sql<boolean>`exists (select 1 from buddy_pairs p where p.org_id = buddy_requests.org_id and p.request_id = buddy_requests.id)`,
      })
      .from(buddyRequests)
      .where(eq(buddyRequests.orgId, scope.orgId))
      .orderBy(asc(buddyRequests.createdAt), asc(buddyRequests.id));
    const open = requests.flatMap((request) => {
      const parent = parents.get(request.userId);
      if (!parent || request.paired) return [];
      const seeker = { ...request, groupIds: parent.groups.map((g) => g.groupId) };
      return [
        {
          ...request,
          name: parent.name,
          groupNames: parent.groups.map((g) => g.groupName),
          suggestions: rankBuddies(seeker, volunteers).slice(0, 5),
        },
      ];
    });
    const pairs = await tx
      .select({
        id: buddyPairs.id,
        parentId: buddyRequests.userId,
        buddyId: buddyOffers.userId,
        matchedAt: buddyPairs.matchedAt,
      })
      .from(buddyPairs)
      .innerJoin(buddyRequests, onPairRequest)
      .innerJoin(buddyOffers, onPairOffer)
      .where(eq(buddyPairs.orgId, scope.orgId))
      .orderBy(asc(buddyPairs.matchedAt), asc(buddyPairs.id));
    const nameOf = (id: string) => parents.get(id)?.name ?? "—";
    return {
      requests: open,
      volunteers,
      pairs: pairs.map((p) => ({
        id: p.id,
        parent: nameOf(p.parentId),
        buddy: nameOf(p.buddyId),
        matchedAt: p.matchedAt,
      })),
    };
  });
}
