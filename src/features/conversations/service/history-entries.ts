/**
 * The held conversations of children: round bookings whose time has passed, and
 * conversations on request the teacher marked held. What, when and with whom; no notes.
 */
import { and, eq, inArray, lte } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import {
  conversationBookings,
  conversationRequests,
  conversationRounds,
  conversationSlots,
  users,
} from "../../../db/schema/index.js";
import type { RequestTopic } from "../domain/requests.js";
import { roundOfBooking, slotOfBooking } from "./joins.js";

/** What a held conversation was about: a round's kind, or the topic of a request. */
export type HistoryTopic = { round: "parent_teacher" | "three_way"; name: string } | { topic: RequestTopic };

export interface HistoryEntry {
  at: Date;
  /** Null for a teacher who deleted their account (teacherLabel). */
  teacherName: string | null;
  about: HistoryTopic;
}

/** Every held conversation of these children, unordered. */
export async function heldEntries(tx: Tx, orgId: string, now: Date, pupilIds: string[]) {
  if (pupilIds.length === 0) return [];
  const booked = await tx
    .select({
      pupilId: conversationBookings.pupilId,
      at: conversationSlots.startsAt,
      teacherName: users.name,
      round: conversationRounds,
    })
    .from(conversationBookings)
    .innerJoin(conversationSlots, slotOfBooking)
    .innerJoin(conversationRounds, roundOfBooking)
    .leftJoin(users, eq(users.id, conversationSlots.teacherId))
    .where(
      and(
        eq(conversationBookings.orgId, orgId),
        inArray(conversationBookings.pupilId, pupilIds),
        lte(conversationSlots.endsAt, now),
      ),
    );
  const requested = await tx
    .select({
      pupilId: conversationRequests.pupilId,
      at: conversationRequests.startsAt,
      teacherName: users.name,
      topic: conversationRequests.topic,
    })
    .from(conversationRequests)
    .innerJoin(users, eq(users.id, conversationRequests.teacherId))
    .where(
      and(
        eq(conversationRequests.orgId, orgId),
        inArray(conversationRequests.pupilId, pupilIds),
        eq(conversationRequests.status, "held"),
      ),
    );
  return [
    ...booked.map((b) => ({
      pupilId: b.pupilId,
      at: b.at,
      teacherName: b.teacherName,
      about: { round: b.round.kind, name: b.round.name },
    })),
    ...requested.map((r) => ({
      pupilId: r.pupilId,
      at: r.at ?? new Date(0),
      teacherName: r.teacherName,
      about: { topic: r.topic },
    })),
  ];
}
