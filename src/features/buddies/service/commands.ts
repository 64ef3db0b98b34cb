/**
 * A parent asks for a buddy or volunteers (one of each per parent; withdrawing deletes it); the
 * coordinator pairs a request with a volunteer, and both get the introduction mail with the other's
 * name and address, in the transaction that pairs them; either parent or the coordinator ends a
 * pairing, which deletes it and the request it answered, and tells the other parent. Pairing and
 * ending are audited.
 */
import { and, eq, sql } from "drizzle-orm";
import { recordAuditBy } from "../../../audit/record.js";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { buddyOffers, buddyPairs, buddyRequests, users } from "../../../db/schema/index.js";
import { letter } from "../../../mail/letter.js";
import { asRecipient, notify, type MailDeps } from "../../../mail/notify.js";
import { NotFoundError } from "../../../web/errors.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { languageName } from "../../network/index.js";
import { buddyEnded, buddyIntroduction } from "../notifications.js";
import type { OfferInput, RequestInput } from "../schemas.js";
import { schoolNameOf } from "../../pupils/index.js";
import { onPairOffer, onPairRequest } from "./joins.js";

export type AskRefusal = Refused<"already">;

export function askForBuddy(scope: ViewerScope & { input: RequestInput }): Promise<Outcome<object, AskRefusal>> {
  return inOrg(scope, async (tx) => {
    const inserted = await tx
      .insert(buddyRequests)
      .values({ orgId: scope.orgId, userId: scope.userId, ...scope.input })
      .onConflictDoNothing()
      .returning({ id: buddyRequests.id });
    if (inserted.length === 0) return refuse("already", "buddies.refusal.alreadyAsked", "conflict");
    return { ok: true };
  });
}

export function volunteer(scope: ViewerScope & { input: OfferInput }): Promise<void> {
  return inOrg(scope, async (tx) => {
    await tx
      .insert(buddyOffers)
      .values({ orgId: scope.orgId, userId: scope.userId, ...scope.input })
      .onConflictDoUpdate({
        target: [buddyOffers.orgId, buddyOffers.userId],
        set: { ...scope.input },
      });
  });
}

/** Withdraws one's request or offer: it is deleted with its pairings (the other parent is told). */
export function withdraw(scope: ViewerScope & { what: "request" | "offer"; deps: MailDeps }): Promise<void> {
  return inOrg(scope, async (tx) => {
    const table = scope.what === "request" ? buddyRequests : buddyOffers;
    const [own] = await tx
      .select({ id: table.id })
      .from(table)
      .where(ofOrg(table, scope.orgId, { userId: scope.userId }))
      .for("update");
    if (!own) return;
    const pairs = await tx
      .select({ id: buddyPairs.id })
      .from(buddyPairs)
      .where(
        and(
          eq(buddyPairs.orgId, scope.orgId),
          eq(scope.what === "request" ? buddyPairs.requestId : buddyPairs.offerId, own.id),
        ),
      );
    for (const pair of pairs) await endPair(tx, scope, pair.id, scope.deps);
    await tx.delete(table).where(ofOrg(table, scope.orgId, { id: own.id }));
  });
}

interface Side {
  userId: string;
  name: string;
  email: string;
  locale: string | null;
}

async function sideOf(tx: Tx, userId: string): Promise<Side> {
  const [row] = await tx
    .select({ userId: users.id, name: users.name, email: users.email, locale: users.locale })
    .from(users)
    .where(eq(users.id, userId));
  if (!row) throw new NotFoundError("user");
  return row;
}

export type MatchRefusal = Refused<"paired" | "full" | "self">;

/** Pairs the request with the volunteer's offer and introduces the two parents to each other by mail. */
export function matchBuddy(
  scope: ViewerScope & { requestId: string; offerId: string; deps: MailDeps },
): Promise<Outcome<object, MatchRefusal>> {
  return inOrg(scope, async (tx) => {
    const [request] = await tx
      .select()
      .from(buddyRequests)
      .where(ofOrg(buddyRequests, scope.orgId, { id: scope.requestId }))
      .for("update");
    if (!request) throw new NotFoundError("buddyRequest");
    const [offer] = await tx
      .select()
      .from(buddyOffers)
      .where(ofOrg(buddyOffers, scope.orgId, { id: scope.offerId }))
      .for("update");
    if (!offer) return refuse("full", "buddies.refusal.offerGone", "conflict", "offerId");
    if (offer.userId === request.userId) return refuse("self", "buddies.refusal.self", "invalid", "offerId");
    const [{ paired } = { paired: 0 }] = await tx
      .select({ paired: sql<number>`count(*)::int` })
      .from(buddyPairs)
      .where(ofOrg(buddyPairs, scope.orgId, { offerId: offer.id }));
    if (Number(paired) >= offer.capacity) return refuse("full", "buddies.refusal.full", "conflict", "offerId");
    const inserted = await tx
      .insert(buddyPairs)
      .values({ orgId: scope.orgId, requestId: request.id, offerId: offer.id, matchedBy: scope.userId })
      .onConflictDoNothing()
      .returning({ id: buddyPairs.id });
    if (inserted.length === 0) return refuse("paired", "buddies.refusal.paired", "conflict", "offerId");
    await recordAuditBy(tx, scope, { action: "match", entity: "buddy_pair", entityId: inserted[0]!.id });
    const [parent, buddy] = [await sideOf(tx, request.userId), await sideOf(tx, offer.userId)];
    const from = await schoolNameOf(tx, scope.orgId);
    const shared = request.languages.filter((code) => offer.languages.includes(code));
    const introduce = (to: Side, other: Side, asBuddy: boolean) =>
      notify(tx, scope.deps.jobs, buddyIntroduction, [asRecipient(to)], (recipient, t) => ({
        subject: t("buddies.mail.intro.subject", { name: other.name }),
        text: letter(
          t,
          { name: recipient.name, from },
          t(asBuddy ? "buddies.mail.intro.toBuddy" : "buddies.mail.intro.toParent", {
            name: other.name,
            email: other.email,
            languages: shared.map((code) => languageName(recipient.locale, code)).join(", ") || "—",
            link: `${scope.deps.publicUrl}/buddies`,
          }),
        ),
      }));
    await introduce(parent, buddy, false);
    await introduce(buddy, parent, true);
    return { ok: true };
  });
}

/** Deletes the pairing and the request it answered; tells the parent(s) who did not end it. */
async function endPair(tx: Tx, scope: ViewerScope, pairId: string, deps: MailDeps) {
  const [pair] = await tx
    .select({
      id: buddyPairs.id,
      requestId: buddyPairs.requestId,
      parentId: buddyRequests.userId,
      buddyId: buddyOffers.userId,
    })
    .from(buddyPairs)
    .innerJoin(buddyRequests, onPairRequest)
    .innerJoin(buddyOffers, onPairOffer)
    .where(ofOrg(buddyPairs, scope.orgId, { id: pairId }))
    .for("update", { of: buddyPairs });
  if (!pair) return null;
  await tx.delete(buddyRequests).where(ofOrg(buddyRequests, scope.orgId, { id: pair.requestId }));
  await recordAuditBy(tx, scope, { action: "end", entity: "buddy_pair", entityId: pair.id });
  const from = await schoolNameOf(tx, scope.orgId);
  const others = [pair.parentId, pair.buddyId].filter((id) => id !== scope.userId);
  for (const id of others) {
    const to = await sideOf(tx, id);
    await notify(tx, deps.jobs, buddyEnded, [asRecipient(to)], (recipient, t) => ({
      subject: t("buddies.mail.ended.subject"),
      text: letter(
        t,
        { name: recipient.name, from },
        t("buddies.mail.ended.text", { link: `${deps.publicUrl}/buddies` }),
      ),
    }));
  }
  return pair;
}

/** Ends a pairing: for either parent of it and the coordinator; anyone else finds nothing. */
export function endPairing(
  scope: ViewerScope & { pairId: string; coordinates: boolean; deps: MailDeps },
): Promise<void> {
  return inOrg(scope, async (tx) => {
    const [pair] = await tx
      .select({ parentId: buddyRequests.userId, buddyId: buddyOffers.userId })
      .from(buddyPairs)
      .innerJoin(buddyRequests, onPairRequest)
      .innerJoin(buddyOffers, onPairOffer)
      .where(ofOrg(buddyPairs, scope.orgId, { id: scope.pairId }));
    const involved = pair && (scope.coordinates || pair.parentId === scope.userId || pair.buddyId === scope.userId);
    if (!involved) throw new NotFoundError("buddyPair");
    await endPair(tx, scope, scope.pairId, scope.deps);
  });
}
