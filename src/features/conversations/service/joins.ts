/**
 * The join conditions from a booking (or a parent's mark) to what it belongs to, each within one organisation
 * (every key here is (org_id, id), so a join never crosses schools).
 */
import { gt, lt, type SQL } from "drizzle-orm";
import { ofOrg } from "../../../db/of-org.js";
import { onKey } from "../../../db/on-key.js";
import {
  conversationBookings,
  conversationOutcomes,
  conversationPreferences,
  conversationRounds,
  conversationSlots,
} from "../../../db/schema/index.js";

export const slotOfBooking = onKey(conversationSlots, conversationBookings.orgId, conversationBookings.slotId);

/** The slot a parent's mark (fair allocation) is for. */
export const slotOfPreference = onKey(conversationSlots, conversationPreferences.orgId, conversationPreferences.slotId);

export const roundOfBooking = onKey(conversationRounds, conversationBookings.orgId, conversationBookings.roundId);

/** One teacher's slots in one round; a booking's round is its slot's (the foreign key holds both). */
export const slotsOfTeacherIn = ({ orgId, userId }: { orgId: string; userId: string }, roundId: string) =>
  ofOrg(conversationSlots, orgId, { roundId, teacherId: userId });

export const bookingOfOutcome = onKey(conversationBookings, conversationOutcomes.orgId, conversationOutcomes.bookingId);

/**
 * A teacher's slots, in any round, that overlap the span: a teacher is in one place at a time, so every
 * path that gives them a time checks this (under teacher-lock.ts's lock).
 */
export const teacherSlotsOverlapping = (
  { orgId, teacherId }: { orgId: string; teacherId: string },
  span: { startsAt: Date; endsAt: Date },
  ...more: SQL[]
) =>
  ofOrg(
    conversationSlots,
    orgId,
    { teacherId },
    lt(conversationSlots.startsAt, span.endsAt),
    gt(conversationSlots.endsAt, span.startsAt),
    ...more,
  );
