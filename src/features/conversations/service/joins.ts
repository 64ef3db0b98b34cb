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

export const bookingOfOutcome = and(
  eq(conversationBookings.orgId, conversationOutcomes.orgId),
  eq(conversationBookings.id, conversationOutcomes.bookingId),
);
