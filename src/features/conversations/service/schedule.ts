/** A teacher's own conversations in a round, day by day: who comes when, and which times are free. */
import { asc } from "drizzle-orm";
import { conversationBookings, conversationSlots } from "../../../db/schema/index.js";
import { childrenWithGuardians } from "../../pupils/index.js";
import { slotOfBooking, slotsOfTeacherIn } from "./joins.js";
import { teacherRound } from "./rounds.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import type { Round } from "./find-round.js";

export interface ScheduleRow {
  slotId: string;
  startsAt: Date;
  endsAt: Date;
  booking: { bookingId: string; pupilName: string; groupName: string; guardians: string[] } | null;
}

/** The round and the teacher's slots with their bookings, by start. */
export function mySchedule(scope: ViewerScope & { roundId: string }): Promise<{ round: Round; rows: ScheduleRow[] }> {
  return inOrg(scope, async (tx) => {
    const round = await teacherRound(tx, scope, scope.roundId);
    const slots = await tx
      .select({ slot: conversationSlots, booking: conversationBookings })
      .from(conversationSlots)
      .leftJoin(conversationBookings, slotOfBooking)
      .where(slotsOfTeacherIn(scope, round.id))
      .orderBy(asc(conversationSlots.startsAt), asc(conversationSlots.id));
    const children = await childrenWithGuardians(
      tx,
      scope.orgId,
      slots.flatMap((s) => (s.booking ? [s.booking.pupilId] : [])),
    );
    const rows = slots.map(({ slot, booking }) => {
      const pupil = booking && children.find((c) => c.pupilId === booking.pupilId);
      return {
        slotId: slot.id,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        booking:
          booking && pupil
            ? {
                bookingId: booking.id,
                pupilName: pupil.name,
                groupName: pupil.groupName ?? "",
                // Guardians who live apart and booked separately each come to their own conversation.
                guardians: pupil.guardians
                  .filter((p) => !booking.separate || p.guardianId === booking.guardianId)
                  .map((p) => p.name),
              }
            : null,
      };
    });
    return { round, rows };
  });
}
