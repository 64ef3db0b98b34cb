/**
 * A slot for a time a teacher chose themselves (answering a request for another time): their
 * slot that starts then, or a new one of the round's length. It may lie outside their
 * availability; slot regeneration keeps it while it is booked.
 */
import { and, eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { conversationSlots } from "../../../db/schema/index.js";
import type { ViewerScope } from "../../../db/org-scope.js";
import type { Round } from "./find-round.js";
import { slotsOfTeacherIn, teacherSlotsOverlapping } from "./joins.js";
import { lockTeacherTimes } from "./teacher-lock.js";

/**
 * The teacher's slot at this moment: their existing one in the round if it starts then, otherwise
 * a new one of the round's length, unless it would overlap another of their slots in any round (a
 * teacher is in one place at a time, as a hand-over checks too; under the teacher's lock, so a
 * time given to them meanwhile is seen).
 */
export async function teacherSlotAt(tx: Tx, scope: ViewerScope & { round: Round }, startsAt: Date) {
  const { round } = scope;
  const endsAt = new Date(startsAt.getTime() + round.slotSettings.slotMinutes * 60_000);
  await lockTeacherTimes(tx, scope.orgId, scope.userId);
  const [same] = await tx
    .select()
    .from(conversationSlots)
    .where(and(slotsOfTeacherIn(scope, round.id), eq(conversationSlots.startsAt, startsAt)));
  if (same) return same;
  const [overlap] = await tx
    .select({ id: conversationSlots.id })
    .from(conversationSlots)
    .where(teacherSlotsOverlapping({ orgId: scope.orgId, teacherId: scope.userId }, { startsAt, endsAt }));
  if (overlap) return "overlaps" as const;
  const [made] = await tx
    .insert(conversationSlots)
    .values({ orgId: scope.orgId, roundId: round.id, teacherId: scope.userId, startsAt, endsAt })
    .returning();
  return made!;
}
