/**
 * Who may see one three-way conversation (a booking in a three-way round), and as whom: the
 * teacher whose slot it is, or a guardian of the child (both guardians when they share the
 * booking; only the booking guardian when guardians who live apart book separately). Anyone
 * else, any other kind of round, an unpublished fair allocation: 404, so nothing is revealed.
 */
import { eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { conversationBookings, conversationRounds, conversationSlots, users } from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";
import type { ViewerScope } from "../../../db/org-scope.js";
import { childrenWithGuardians, type ChildWithGuardians } from "../../pupils/index.js";
import { roundOfBooking, slotOfBooking } from "./joins.js";

export interface Conversation {
  bookingId: string;
  roundId: string;
  roundName: string;
  pupilId: string;
  pupilFirstName: string;
  pupilName: string;
  teacherId: string | null;
  /** Null for a teacher who deleted their account (teacherLabel). */
  teacherName: string | null;
  startsAt: Date;
  endsAt: Date;
  /** The viewer is the teacher of this conversation. */
  asTeacher: boolean;
  /** The parents in the conversation, by name: the one who booked a separate conversation, else all the child's guardians. */
  parentNames: string[];
  /** The viewer's guardian record for the child, when they are a parent in this conversation. */
  guardianId: string | null;
}

/** The conversation as the viewer may see it, or 404. */
export async function conversationFor(tx: Tx, scope: ViewerScope, bookingId: string): Promise<Conversation> {
  const [row] = await tx
    .select({ booking: conversationBookings, round: conversationRounds, slot: conversationSlots })
    .from(conversationBookings)
    .innerJoin(conversationRounds, roundOfBooking)
    .innerJoin(conversationSlots, slotOfBooking)
    .where(ofOrg(conversationBookings, scope.orgId, { id: bookingId }));
  const [pupil] = row ? await childrenWithGuardians(tx, scope.orgId, [row.booking.pupilId]) : [];
  if (!row || !pupil || row.round.kind !== "three_way") throw new NotFoundError("conversation");
  const { booking, round, slot } = row;
  const asTeacher = slot.teacherId === scope.userId;
  const guardianId = viewerGuardianOf(scope, booking, pupil);
  // Parents see a fair round's conversation only once the school has published the result.
  const published = round.mode === "first_come" || round.publishedAt !== null;
  if (!asTeacher && (guardianId === null || !published)) throw new NotFoundError("conversation");
  const [teacher] = slot.teacherId
    ? await tx.select({ name: users.name }).from(users).where(eq(users.id, slot.teacherId))
    : [];
  return {
    bookingId: booking.id,
    roundId: round.id,
    roundName: round.name,
    pupilId: pupil.pupilId,
    pupilFirstName: pupil.firstName,
    pupilName: pupil.name,
    teacherId: slot.teacherId,
    teacherName: teacher?.name ?? null,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    asTeacher,
    parentNames: pupil.guardians
      .filter((g) => !booking.separate || g.guardianId === booking.guardianId)
      .map((g) => g.name),
    guardianId: published ? guardianId : null,
  };
}

function viewerGuardianOf(
  scope: ViewerScope,
  booking: typeof conversationBookings.$inferSelect,
  pupil: ChildWithGuardians,
): string | null {
  const own = pupil.guardians.find((g) => g.userId === scope.userId);
  if (!own) return null;
  return !booking.separate || own.guardianId === booking.guardianId ? own.guardianId : null;
}

/** The conversation, for its teacher only (a parent of the child gets 404 too). */
export async function teacherConversation(tx: Tx, scope: ViewerScope, bookingId: string): Promise<Conversation> {
  const conversation = await conversationFor(tx, scope, bookingId);
  if (!conversation.asTeacher) throw new NotFoundError("conversation");
  return conversation;
}

/** The conversation, for a parent in it only. */
export async function parentConversation(
  tx: Tx,
  scope: ViewerScope,
  bookingId: string,
): Promise<Conversation & { guardianId: string }> {
  const conversation = await conversationFor(tx, scope, bookingId);
  const { guardianId } = conversation;
  if (guardianId === null) throw new NotFoundError("conversation");
  return { ...conversation, guardianId };
}
