/**
 * A teacher moves or cancels a conversation at one of their own times. A move lands on the
 * slot's unique constraint like any booking; the sequence rises so calendars replace the
 * invitation, and the guardians get the new confirmation or the cancellation.
 */
import { sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { conversationBookings, conversationSlots } from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";
import { auditBookings } from "./audit.js";
import { loadNotices } from "./notices.js";
import { refuse } from "../../../web/outcome.js";
import { ownFutureSlot, runStaffChange, type StaffAnswer, type StaffBookingScope } from "./placement.js";
import { staffRound } from "./rounds.js";
import { slotOfBooking } from "./joins.js";

type ManageScope = StaffBookingScope & { bookingId: string };

/** Moves the booking to another free slot of the teacher's own. */
export function moveBooking(scope: ManageScope & { slotId: string }): Promise<StaffAnswer> {
  return runStaffChange(scope, "changed", async (tx) => {
    const found = await ownBooking(tx, scope);
    if ("ok" in found) return found;
    const slot = await ownFutureSlot(tx, scope, found.round, scope.slotId);
    if ("ok" in slot) return slot;
    if (slot.id === found.booking.slotId) return [];
    await tx
      .update(conversationBookings)
      .set({ slotId: slot.id, sequence: sql`${conversationBookings.sequence} + 1` })
      .where(ofOrg(conversationBookings, scope.orgId, { id: found.booking.id }));
    await auditBookings(tx, scope, "move", [{ bookingId: found.booking.id, slotId: slot.id }], "teacher");
    return loadNotices(tx, scope.orgId, [found.booking.id]);
  });
}

/** Cancels the booking; the guardians get a cancellation for their calendar. */
export function cancelByTeacher(scope: ManageScope): Promise<StaffAnswer> {
  return runStaffChange(scope, "cancelled", async (tx) => {
    const found = await ownBooking(tx, scope);
    if ("ok" in found) return found;
    const notices = await loadNotices(tx, scope.orgId, [found.booking.id]);
    await tx.delete(conversationBookings).where(ofOrg(conversationBookings, scope.orgId, { id: found.booking.id }));
    await auditBookings(
      tx,
      scope,
      "delete",
      [{ bookingId: found.booking.id, slotId: found.booking.slotId }],
      "teacher",
    );
    return notices.map((n) => ({ ...n, sequence: n.sequence + 1 }));
  });
}

/**
 * The booking of this round (404 otherwise) at one of the teacher's own times; read with its
 * slot's teacher in one query, locked, so a parent's change cannot slip in between.
 */
export async function ownBooking(tx: Tx, scope: Omit<ManageScope, "messenger" | "now">) {
  const round = await staffRound(tx, scope, scope.roundId);
  const [row] = await tx
    .select({ booking: conversationBookings, teacherId: conversationSlots.teacherId })
    .from(conversationBookings)
    .innerJoin(conversationSlots, slotOfBooking)
    .where(ofOrg(conversationBookings, scope.orgId, { roundId: round.id, id: scope.bookingId }))
    .for("update", { of: conversationBookings });
  if (!row) throw new NotFoundError("booking");
  if (row.teacherId !== scope.userId) return refuse("notYours", "conversations.manage.error.notYours", "forbidden");
  return { round, booking: row.booking };
}
