/**
 * The join conditions from a booking (or a parent's mark) to what it belongs to, each within one organisation
 * (every key here is (org_id, id), so a join never crosses schools).
 */
import { ofOrg } from "../../../db/of-org.js";
import {
  conversationBookings,
  conversationOutcomes,
  conversationPreferences,
  conversationRounds,
  conversationSlots,
} from "../../../db/schema/index.js";

export const slotOfBooking = ofOrg(conversationSlots, conversationBookings.orgId, { id: conversationBookings.slotId });

/** The slot a parent's mark (fair allocation) is for. */
export const slotOfPreference = ofOrg(conversationSlots, conversationPreferences.orgId, {
  id: conversationPreferences.slotId,
});

export const roundOfBooking = ofOrg(conversationRounds, conversationBookings.orgId, {
  id: conversationBookings.roundId,
});

/** One teacher's slots in one round; a booking's round is its slot's (the foreign key holds both). */
export const slotsOfTeacherIn = ({ orgId, userId }: { orgId: string; userId: string }, roundId: string) =>
  ofOrg(conversationSlots, orgId, { roundId, teacherId: userId });

export const bookingOfOutcome = ofOrg(conversationBookings, conversationOutcomes.orgId, {
  id: conversationOutcomes.bookingId,
});
