/**
 * Changing a booking to another slot, or cancelling it, up to the round's deadline. Only a
 * guardian of the child may, and in a round where guardians who live apart book separately
 * only the guardian whose booking it is. A change lands on the slot's unique constraint like
 * a new booking, so it can never take a slot someone else holds.
 */
import { sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { conversationBookings } from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";
import { decideCancel, decideChange, type Asker } from "../domain/rules.js";
import { auditBookings } from "./audit.js";
import { askerFor, familyClash, slotsOfChildren, withAlternatives, type Target } from "./booking-checks.js";
import type { BookingScope } from "./booking.js";
import { violatedConstraint } from "./constraint.js";
import { myChildrenInRound } from "./family.js";
import { loadNotices, notifyBookings, type BookingNotice } from "./notices.js";
import { refusalOfConstraint, refused, type BookingOutcome } from "./refusals.js";
import { inOrg } from "../../../db/org-scope.js";
import { findRound, type Round } from "./find-round.js";

type ChangeScope = Omit<BookingScope, "roundId"> & { bookingId: string };

/** The outcome, and the round the booking belongs to (for the page that shows it). */
export interface ChangeResult {
  roundId: string;
  outcome: BookingOutcome<null>;
}

/** Moves the booking to another free slot of the child's teachers (null: none was chosen). */
export async function changeBooking(scope: ChangeScope & { slotId: string | null }): Promise<ChangeResult> {
  let target: Target | null = null;
  let roundId = "";
  let outcome: BookingOutcome<BookingNotice[]>;
  try {
    outcome = await inOrg(scope, async (tx): Promise<BookingOutcome<BookingNotice[]>> => {
      const { booking, round, asker, children } = await ownBooking(tx, scope);
      roundId = round.id;
      if (scope.slotId === null) return refused("unknownSlot", booking.pupilId);
      const request = { pupilId: booking.pupilId, slotId: scope.slotId };
      const slots = await slotsOfChildren(tx, round, [request], children);
      if (!slots.ok) return slots;
      target = slots.value[0] ?? null;
      const withSlot = await askerFor(tx, { round, now: scope.now, guardianId: asker.guardianId, children }, [request]);
      const decision = decideChange(withSlot, { booking: toDomain(booking), slotId: request.slotId });
      if (!decision.ok) return refused(decision.reason, booking.pupilId);
      if (booking.slotId === request.slotId) return { ok: true, value: [] };
      if ((await familyClash(tx, round, children, [request], slots.value)) !== null)
        return refused("familyClash", booking.pupilId);
      await tx
        .update(conversationBookings)
        .set({ slotId: request.slotId, sequence: sql`${conversationBookings.sequence} + 1` })
        .where(ofOrg(conversationBookings, scope.orgId, { id: booking.id }));
      await auditBookings(tx, scope, "move", [{ bookingId: booking.id, slotId: request.slotId }], "parent");
      const notices = await loadNotices(tx, scope.orgId, [booking.id]);
      await notifyBookings(tx, scope.messenger, "changed", notices);
      return { ok: true, value: notices };
    });
  } catch (error) {
    const constraint = violatedConstraint(error);
    if (constraint === null) throw error;
    outcome = refused(refusalOfConstraint(constraint));
  }
  if (!outcome.ok) return { roundId, outcome: await withAlternatives({ ...scope, roundId }, outcome, target) };
  return { roundId, outcome: { ok: true, value: null } };
}

/** Cancels the booking; the guardians get a cancellation for their calendar. */
export async function cancelBooking(scope: ChangeScope): Promise<ChangeResult> {
  let roundId = "";
  const outcome = await inOrg(scope, async (tx): Promise<BookingOutcome<BookingNotice[]>> => {
    const { booking, round, asker } = await ownBooking(tx, scope);
    roundId = round.id;
    const decision = decideCancel(asker, { booking: toDomain(booking) });
    if (!decision.ok) return refused(decision.reason, booking.pupilId);
    const notices = await loadNotices(tx, scope.orgId, [booking.id]);
    await tx.delete(conversationBookings).where(ofOrg(conversationBookings, scope.orgId, { id: booking.id }));
    await auditBookings(tx, scope, "delete", [{ bookingId: booking.id, slotId: booking.slotId }], "parent");
    const cancelled = notices.map((n) => ({ ...n, sequence: n.sequence + 1 }));
    await notifyBookings(tx, scope.messenger, "cancelled", cancelled);
    return { ok: true, value: cancelled };
  });
  if (!outcome.ok) return { roundId, outcome };
  return { roundId, outcome: { ok: true, value: null } };
}

/** What the parent is asked to confirm before cancelling: whose conversation, when, with whom. */
export function bookingToCancel(scope: ChangeScope): Promise<BookingNotice> {
  return inOrg(scope, async (tx) => {
    const { booking } = await ownBooking(tx, scope);
    const [notice] = await loadNotices(tx, scope.orgId, [booking.id]);
    if (!notice) throw new NotFoundError("booking");
    return notice;
  });
}

type BookingRow = typeof conversationBookings.$inferSelect;

const toDomain = (b: BookingRow) => ({ slotId: b.slotId, childId: b.pupilId, guardianId: b.guardianId });

/**
 * The booking, if it is for one of the parent's children; 404 otherwise, as for a booking of
 * another school: another family's booking is not there for this parent. Locked until the
 * transaction ends, so that a change or cancellation pressed twice at once runs once: the second
 * finds the booking moved already (nothing to do) or gone (404), and mails nothing.
 */
async function ownBooking(tx: Tx, scope: ChangeScope) {
  const [booking] = await tx
    .select()
    .from(conversationBookings)
    .where(ofOrg(conversationBookings, scope.orgId, { id: scope.bookingId }))
    .for("update");
  if (!booking) throw new NotFoundError("booking");
  const round: Round = await findRound(tx, scope.orgId, booking.roundId);
  const children = await myChildrenInRound(tx, scope, round.id);
  const child = children.find((c) => c.pupilId === booking.pupilId);
  if (!child) throw new NotFoundError("booking");
  const asker: Asker = {
    round,
    now: scope.now,
    guardianId: child.guardianId,
    childIds: children.map((c) => c.pupilId),
    bookings: [toDomain(booking)],
  };
  return { booking, round, asker, children };
}
