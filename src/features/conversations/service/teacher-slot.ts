/**
 * A slot for a time a teacher chose themselves (answering a request for another time): their
 * slot that starts then, or a new one of the round's length. It may lie outside their
 * availability; slot regeneration keeps it while it is booked.
 */
import { and, eq, gt, lt } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { conversationSlots } from "../../../db/schema/index.js";
import type { ViewerScope } from "../../../db/org-scope.js";
import type { Round } from "./find-round.js";
import { slotsOfTeacherIn } from "./joins.js";
import { lockTeacherTimes } from "./teacher-lock.js";

/**
 * The teacher's slot at this moment: their existing one if it starts then, otherwise a new
 * one of the round's length, unless it would overlap another of their slots (checked under the
 * teacher's lock, so a time given to them meanwhile is seen).
 */
export async function teacherSlotAt(tx: Tx, scope: ViewerScope & { round: Round }, startsAt: Date) {
  const { round } = scope;
  const endsAt = new Date(startsAt.getTime() + round.slotSettings.slotMinutes * 60_000);
  await lockTeacherTimes(tx, scope.orgId, scope.userId);
  const mine = slotsOfTeacherIn(scope, round.id);
  const [same] = await tx
    .select()
    .from(conversationSlots)
    .where(and(mine, eq(conversationSlots.startsAt, startsAt)));
  if (same) return same;
  const [overlap] = await tx
    .select({ id: conversationSlots.id })
    .from(conversationSlots)
    .where(and(mine, lt(conversationSlots.startsAt, endsAt), gt(conversationSlots.endsAt, startsAt)));
  if (overlap) return "overlaps" as const;
  const [made] = await tx
    .insert(conversationSlots)
    .values({ orgId: scope.orgId, roundId: round.id, teacherId: scope.userId, startsAt, endsAt })
    .returning();
  return made!;
}
