/** A teacher's booked three-way conversations in a round, with how far each preparation is. */
import { and, asc, eq } from "drizzle-orm";
import {
  conversationBookings,
  conversationOutcomes,
  conversationPreparations,
  conversationSlots,
} from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";
import { childrenWithGuardians } from "../../pupils/index.js";
import type { Voice } from "../domain/guide.js";
import { teacherRound } from "./rounds.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import type { Round } from "./find-round.js";
import { bookingOfOutcome, slotOfBooking, slotsOfTeacherIn } from "./joins.js";
import { onKey } from "../../../db/on-key.js";

export interface MyConversation {
  bookingId: string;
  pupilName: string;
  startsAt: Date;
  endsAt: Date;
  prepared: Voice[];
  hasAgreements: boolean;
}

export function myConversations(
  scope: ViewerScope & { roundId: string },
): Promise<{ round: Round; conversations: MyConversation[] }> {
  return inOrg(scope, async (tx) => {
    const round = await teacherRound(tx, scope, scope.roundId);
    if (round.kind !== "three_way") throw new NotFoundError("round");
    const rows = await tx
      .select({
        bookingId: conversationBookings.id,
        pupilId: conversationBookings.pupilId,
        startsAt: conversationSlots.startsAt,
        endsAt: conversationSlots.endsAt,
        outcome: conversationOutcomes.bookingId,
      })
      .from(conversationBookings)
      .innerJoin(conversationSlots, slotOfBooking)
      .leftJoin(conversationOutcomes, bookingOfOutcome)
      .where(slotsOfTeacherIn(scope, round.id))
      .orderBy(asc(conversationSlots.startsAt), asc(conversationSlots.id));
    const prepared = await tx
      .select({ bookingId: conversationPreparations.bookingId, voice: conversationPreparations.voice })
      .from(conversationPreparations)
      .innerJoin(
        conversationBookings,
        onKey(conversationBookings, conversationPreparations.orgId, conversationPreparations.bookingId),
      )
      .where(and(eq(conversationPreparations.orgId, scope.orgId), eq(conversationBookings.roundId, round.id)));
    const children = await childrenWithGuardians(tx, scope.orgId, [...new Set(rows.map((r) => r.pupilId))]);
    const nameOf = new Map(children.map((c) => [c.pupilId, c.name]));
    const conversations = rows.map((r) => ({
      bookingId: r.bookingId,
      pupilName: nameOf.get(r.pupilId) ?? "",
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      prepared: prepared.filter((p) => p.bookingId === r.bookingId).map((p) => p.voice),
      hasAgreements: r.outcome !== null,
    }));
    return { round, conversations };
  });
}
