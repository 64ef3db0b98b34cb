/**
 * Keeps a teacher's persisted slots in step with what the domain generates from their
 * availability. Slots that stay keep their id (and the preferences marked on them); booked
 * slots are never removed, and no new slot may overlap one.
 */
import { and, eq, inArray, not, sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { conversationSlots } from "../../../db/schema/index.js";
import type { Slot } from "../domain/slots.js";
import { slotsOfTeacherIn } from "./joins.js";
import { lockTeacherTimes } from "./teacher-lock.js";

/**
 * Whether a slot row has a booking. Written with table names: Drizzle leaves column names
 * unqualified inside selected sql, where "id" would mean the booking's id.
 */
export const slotIsBooked = sql<boolean>`exists (select 1 from conversation_bookings b where b.org_id = conversation_slots.org_id and b.slot_id = conversation_slots.id)`;

interface Span {
  startsAt: Date;
  endsAt: Date;
}

const overlaps = (a: Span, b: Span) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;
const sameTime = (a: Span, b: Span) =>
  a.startsAt.getTime() === b.startsAt.getTime() && a.endsAt.getTime() === b.endsAt.getTime();

/** Replaces the teacher's free slots in the round by the generated ones; returns how many slots they have. */
export async function syncTeacherSlots(
  tx: Tx,
  target: { orgId: string; roundId: string; teacherId: string },
  generated: readonly Slot[],
): Promise<number> {
  const { orgId, roundId, teacherId } = target;
  // Before reading what to keep: a time given to the teacher meanwhile is then among it.
  await lockTeacherTimes(tx, orgId, teacherId);
  const existing = await tx
    .select({
      id: conversationSlots.id,
      startsAt: conversationSlots.startsAt,
      endsAt: conversationSlots.endsAt,
      booked: slotIsBooked,
    })
    .from(conversationSlots)
    .where(slotsOfTeacherIn({ orgId, userId: teacherId }, roundId));
  const wanted = generated.map((s) => ({ startsAt: s.start, endsAt: s.end }));
  const keep = existing.filter((slot) => slot.booked || wanted.some((w) => sameTime(w, slot)));
  const remove = existing.filter((slot) => !keep.includes(slot)).map((slot) => slot.id);
  if (remove.length) {
    await tx
      .delete(conversationSlots)
      .where(and(eq(conversationSlots.orgId, orgId), inArray(conversationSlots.id, remove), not(slotIsBooked)));
  }
  const add = wanted.filter((w) => !keep.some((k) => overlaps(k, w)));
  if (add.length) {
    await tx
      .insert(conversationSlots)
      .values(add.map((w) => ({ orgId, roundId, teacherId, ...w })))
      .onConflictDoNothing();
  }
  return keep.length + add.length;
}
