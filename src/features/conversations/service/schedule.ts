/** A teacher's own conversations in a round, day by day: who comes when, and which times are free. */
import { and, asc, eq, inArray } from "drizzle-orm";
import {
  conversationBookings,
  conversationSlots,
  groups,
  guardians,
  pupilGuardians,
  pupils,
} from "../../../db/schema/index.js";
import { fullName } from "../../../lib/names.js";
import { teacherRound } from "./rounds.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import type { Round } from "./find-round.js";
import { pupilOfBooking } from "./joins.js";

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
      .select({ slot: conversationSlots, booking: conversationBookings, pupil: pupils, groupName: groups.name })
      .from(conversationSlots)
      .leftJoin(
        conversationBookings,
        and(
          eq(conversationBookings.orgId, conversationSlots.orgId),
          eq(conversationBookings.slotId, conversationSlots.id),
        ),
      )
      .leftJoin(pupils, pupilOfBooking)
      .leftJoin(groups, and(eq(groups.orgId, pupils.orgId), eq(groups.id, pupils.groupId)))
      .where(
        and(
          eq(conversationSlots.orgId, scope.orgId),
          eq(conversationSlots.roundId, round.id),
          eq(conversationSlots.teacherId, scope.userId),
        ),
      )
      .orderBy(asc(conversationSlots.startsAt));
    const pupilIds = slots.flatMap((s) => (s.pupil ? [s.pupil.id] : []));
    const parents = pupilIds.length
      ? await tx
          .select({ pupilId: pupilGuardians.pupilId, guardianId: guardians.id, name: guardians.name })
          .from(pupilGuardians)
          .innerJoin(
            guardians,
            and(eq(guardians.orgId, pupilGuardians.orgId), eq(guardians.id, pupilGuardians.guardianId)),
          )
          .where(and(eq(pupilGuardians.orgId, scope.orgId), inArray(pupilGuardians.pupilId, pupilIds)))
          .orderBy(asc(guardians.name))
      : [];
    const rows = slots.map(({ slot, booking, pupil, groupName }) => ({
      slotId: slot.id,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      booking:
        booking && pupil
          ? {
              bookingId: booking.id,
              pupilName: fullName(pupil),
              groupName: groupName ?? "",
              // Guardians who live apart and booked separately each come to their own conversation.
              guardians: parents
                .filter((p) => p.pupilId === pupil.id && (!booking.separate || p.guardianId === booking.guardianId))
                .map((p) => p.name),
            }
          : null,
    }));
    return { round, rows };
  });
}
