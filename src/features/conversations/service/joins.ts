/**
 * The join conditions from a booking to what it belongs to, each within one organisation
 * (every key here is (org_id, id), so a join never crosses schools).
 */
import { and, eq } from "drizzle-orm";
import {
  conversationBookings,
  conversationOutcomes,
  conversationRounds,
  conversationSlots,
} from "../../../db/schema/index.js";

export const slotOfBooking = and(
  eq(conversationSlots.orgId, conversationBookings.orgId),
  eq(conversationSlots.id, conversationBookings.slotId),
);

export const roundOfBooking = and(
  eq(conversationRounds.orgId, conversationBookings.orgId),
  eq(conversationRounds.id, conversationBookings.roundId),
);

/** One teacher's slots in one round; a booking's round is its slot's (the foreign key holds both). */
export const slotsOfTeacherIn = ({ orgId, userId }: { orgId: string; userId: string }, roundId: string) =>
  and(
    eq(conversationSlots.orgId, orgId),
    eq(conversationSlots.roundId, roundId),
    eq(conversationSlots.teacherId, userId),
  );

export const bookingOfOutcome = and(
  eq(conversationBookings.orgId, conversationOutcomes.orgId),
  eq(conversationBookings.id, conversationOutcomes.bookingId),
);
