/**
 * Teachers place families by hand: a child of their own groups in a free slot of their own,
 * for instance a family on the list of who has not booked yet. The insert lands on the same
 * constraints as a parent's booking (one booking per slot, one per child), so a parent who
 * books the same slot at the same moment and a teacher cannot both have it; the loser gets a
 * definite answer. The guardians get the confirmation with the calendar invitation, and the
 * reminder is queued. Booking windows and the change deadline bind parents, not the school.
 */
import { and, eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { conversationBookings, conversationSlots } from "../../../db/schema/index.js";
import { childrenWithGuardians, type ChildWithGuardians } from "../../pupils/index.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { auditBookings } from "./audit.js";
import { retryOnDeadlock, violatedConstraint } from "./constraint.js";
import { loadNotices, notifyBookings, type BookingNotice, type Messenger } from "./notices.js";
import { refusalOfConstraint } from "./refusals.js";
import { roundGroupsFor } from "./round-groups.js";
import { staffRound, type StaffAccess } from "./rounds.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import type { Round } from "./find-round.js";
import { slotsOfTeacherIn } from "./joins.js";

export interface StaffBookingScope extends ViewerScope {
  access: StaffAccess;
  roundId: string;
  now: Date;
  messenger: Messenger;
}

export type StaffRefusal =
  | "alreadyBooked"
  | "slotTaken"
  | "slotGone"
  | "notYourSlot"
  | "past"
  | "notPublished"
  | "notYourPupil"
  | "noGuardian"
  | "notYours";

/** A teacher's action: done, or refused with the message the page shows. */
export type StaffAnswer = Outcome<object, Refused<StaffRefusal>>;

/**
 * Runs a teacher's change of bookings and the guardians' mails in one transaction; a unique
 * violation (the slot or the child was booked meanwhile) becomes a refusal.
 */
export async function runStaffChange(
  scope: StaffBookingScope,
  kind: "booked" | "changed" | "cancelled",
  change: (tx: Tx) => Promise<StaffAnswer | BookingNotice[]>,
): Promise<StaffAnswer> {
  let result: StaffAnswer | BookingNotice[];
  try {
    result = await retryOnDeadlock(() =>
      inOrg(scope, async (tx) => {
        const changed = await change(tx);
        if (Array.isArray(changed)) await notifyBookings(tx, scope.messenger, kind, changed);
        return changed;
      }),
    );
  } catch (error) {
    const constraint = violatedConstraint(error);
    if (constraint === null) throw error;
    const reason = refusalOfConstraint(constraint);
    if (reason === "alreadyBooked") return refuse(reason, "conversations.place.error.alreadyBooked", "conflict");
    if (reason === "slotTaken") return refuse(reason, "conversations.place.error.taken", "conflict");
    return refuse("slotGone", "conversations.place.error.notYourSlot", "conflict");
  }
  return Array.isArray(result) ? { ok: true } : result;
}

/** One of the teacher's own slots in the round that has not begun yet, or the refusal. */
export async function ownFutureSlot(tx: Tx, scope: StaffBookingScope, round: Round, slotId: string) {
  const [slot] = await tx
    .select()
    .from(conversationSlots)
    .where(
      and(slotsOfTeacherIn({ orgId: round.orgId, userId: scope.userId }, round.id), eq(conversationSlots.id, slotId)),
    );
  if (!slot) return refuse("notYourSlot", "conversations.place.error.notYourSlot", "invalid");
  if (slot.startsAt <= scope.now) return refuse("past", "conversations.place.error.past", "invalid");
  return slot;
}

/** Places a child of the teacher's groups in one of the teacher's free slots. */
export function placeFamily(scope: StaffBookingScope & { pupilId: string; slotId: string }): Promise<StaffAnswer> {
  return runStaffChange(scope, "booked", async (tx) => {
    const round = await staffRound(tx, scope, scope.roundId);
    if (round.mode === "fair" && !round.publishedAt)
      return refuse("notPublished", "conversations.place.error.notPublished", "conflict");
    const { own } = await roundGroupsFor(tx, scope, round);
    const [pupil] = await childrenWithGuardians(tx, round.orgId, [scope.pupilId]);
    if (!pupil || pupil.archived || !own.includes(pupil.groupId ?? ""))
      return refuse("notYourPupil", "conversations.place.error.notYourPupil", "forbidden");
    const slot = await ownFutureSlot(tx, scope, round, scope.slotId);
    if ("ok" in slot) return slot;
    const guardianId = await guardianToBookFor(tx, round, pupil);
    if (!guardianId) return refuse("noGuardian", "conversations.place.error.noGuardian", "invalid");
    const [booking] = await tx
      .insert(conversationBookings)
      .values({
        orgId: round.orgId,
        roundId: round.id,
        slotId: slot.id,
        pupilId: pupil.pupilId,
        guardianId,
        separate: round.separateGuardianBookings,
      })
      .returning({ id: conversationBookings.id });
    if (!booking) throw new Error("booking not inserted");
    await auditBookings(tx, scope, "create", [{ bookingId: booking.id, slotId: slot.id }], "teacher");
    return loadNotices(tx, round.orgId, [booking.id]);
  });
}

/**
 * The guardian the booking is made for: the first of the child's guardians, or, when
 * guardians who live apart book separately, the first who has no conversation yet.
 */
async function guardianToBookFor(tx: Tx, round: Round, pupil: ChildWithGuardians): Promise<string | null> {
  const booked = await tx
    .select({ guardianId: conversationBookings.guardianId })
    .from(conversationBookings)
    .where(ofOrg(conversationBookings, round.orgId, { roundId: round.id, pupilId: pupil.pupilId }));
  const ids = pupil.guardians.map((g) => g.guardianId).sort();
  const free = round.separateGuardianBookings ? ids.filter((id) => !booked.some((b) => b.guardianId === id)) : ids;
  return free[0] ?? null;
}
