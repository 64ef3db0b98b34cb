/** Free slots of a round: for the booking page, sibling combinations and the nearest alternatives. */
import { asc, eq, not, sql } from "drizzle-orm";
import { anyOfPlaceholder, preparedQuery, type Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { conversationSlots, users } from "../../../db/schema/index.js";
import type { FreeSlot } from "./refusals.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { slotIsBooked } from "./slot-sync.js";

/** The free slots of these teachers in the round, by start. */
export function freeSlotsOf(tx: Tx, orgId: string, roundId: string, teacherIds: string[]): Promise<FreeSlot[]> {
  return slotsOf(tx, { orgId, roundId, teacherIds, freeOnly: true });
}

/** The slots of these teachers in the round, by start: all of them, or only the free ones. */
export function slotsOf(
  tx: Tx,
  { orgId, roundId, teacherIds, freeOnly }: { orgId: string; roundId: string; teacherIds: string[]; freeOnly: boolean },
): Promise<FreeSlot[]> {
  if (teacherIds.length === 0) return Promise.resolve([]);
  return (freeOnly ? freeSlots : allSlots)(tx, { orgId, roundId, teacherIds });
}

/** The slots of the teachers in the round by start, free ones only or all: built once (prepared). */
const slotsQuery = (name: string, freeOnly: boolean) =>
  preparedQuery(name, (db) =>
    db
      .select({
        id: conversationSlots.id,
        teacherId: users.id,
        teacherName: users.name,
        startsAt: conversationSlots.startsAt,
        endsAt: conversationSlots.endsAt,
      })
      .from(conversationSlots)
      .innerJoin(users, eq(users.id, conversationSlots.teacherId))
      .where(
        ofOrg(
          conversationSlots,
          sql.placeholder("orgId"),
          { roundId: sql.placeholder("roundId") },
          anyOfPlaceholder(conversationSlots.teacherId, "teacherIds"),
          freeOnly ? not(slotIsBooked) : undefined,
        ),
      )
      .orderBy(asc(conversationSlots.startsAt), asc(conversationSlots.id)),
  );
const freeSlots = slotsQuery("round_free_slots", true);
const allSlots = slotsQuery("round_slots", false);

type NearScope = ViewerScope & { roundId: string; teacherIds: string[]; near: Date; limit?: number };

/** Up to `limit` free slots of the same teachers nearest in time to the one asked for. */
export function nearestFree(scope: NearScope): Promise<FreeSlot[]> {
  return inOrg(scope, (tx) => nearestFreeIn(tx, scope));
}

/** The same, in a transaction already open (a refused booking's own). */
export async function nearestFreeIn(tx: Tx, scope: NearScope): Promise<FreeSlot[]> {
  const free = await freeSlotsOf(tx, scope.orgId, scope.roundId, scope.teacherIds);
  return nearestOf(free, scope.near, scope.limit);
}

/** Of these free slots, up to `limit` nearest in time to `near`, by start. */
export function nearestOf(free: readonly FreeSlot[], near: Date, limit = 3): FreeSlot[] {
  const distance = (slot: FreeSlot) => Math.abs(slot.startsAt.getTime() - near.getTime());
  return [...free]
    .sort((a, b) => distance(a) - distance(b) || a.startsAt.getTime() - b.startsAt.getTime())
    .slice(0, limit)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
