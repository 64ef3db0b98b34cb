/**
 * A teacher who deleted their account leaves their times in the round without a teacher (migration
 * 0063). Families with a conversation still ahead are told in the deletion's transaction, while the
 * times still name the teacher: once, since afterwards nothing names them. The school then hands the
 * times to a current teacher of the round's groups, all or nothing; the families with a booking are
 * told the new teacher's name, with the invitation for their calendar updated.
 */
import { eq, gt, gte, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { conversationAvailability, conversationBookings, conversationSlots } from "../../../db/schema/index.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import type { AccountDeletion } from "../../account/index.js";
import type { StaffRemoval } from "../../organisation/index.js";
import { utcToLocal } from "../../../lib/time/zone.js";
import { childrenWithGuardians, teachersOfGroups, type Teacher } from "../../pupils/index.js";
import type { Span } from "../domain/spans.js";
import type { HandOverForm } from "../schemas.js";
import { auditRound } from "./audit.js";
import { violatedConstraint } from "./constraint.js";
import { findRound, type Round } from "./find-round.js";
import { slotOfBooking, teacherSlotsOverlapping } from "./joins.js";
import { roundGroupIds } from "./round-groups.js";
import { loadNotices, messengerOf, notifyBookings, type Messenger } from "./notices.js";
import { lockTeacherTimes } from "./teacher-lock.js";

/** A teacher leaving: their account going (AccountDeletion) or the school removing them (StaffRemoval). */
type Leaving = AccountDeletion | StaffRemoval;

/** The bookings still ahead with the teacher who is leaving, in this organisation. */
export async function tellFamiliesTeacherLeft(tx: Tx, orgId: string, deletion: Leaving): Promise<void> {
  const ahead = await tx
    .select({ id: conversationBookings.id })
    .from(conversationBookings)
    .innerJoin(conversationSlots, slotOfBooking)
    .where(
      ofOrg(
        conversationBookings,
        orgId,
        {},
        eq(conversationSlots.teacherId, deletion.userId),
        gt(conversationSlots.startsAt, deletion.now),
      ),
    );
  if (ahead.length === 0) return;
  const notices = await loadNotices(
    tx,
    orgId,
    ahead.map((b) => b.id),
  );
  await notifyBookings(tx, messengerOf(deletion.deps.config, deletion.deps.jobs), "teacherLeft", notices);
}

/**
 * The school removed the teacher from its team: the families booked with them later are told, and
 * their times still ahead lose their teacher, as a deleted account's do, so the round's page offers
 * them for a hand-over and free ones are no longer booked. Their conversations that took place keep
 * their name; their available times from today on go, so being added again starts afresh.
 */
export async function releaseTimesOfRemovedTeacher(tx: Tx, orgId: string, removal: StaffRemoval): Promise<void> {
  await tellFamiliesTeacherLeft(tx, orgId, removal);
  await lockTeacherTimes(tx, orgId, removal.userId);
  await tx
    .update(conversationSlots)
    .set({ teacherId: null })
    .where(ofOrg(conversationSlots, orgId, { teacherId: removal.userId }, gt(conversationSlots.startsAt, removal.now)));
  await tx
    .delete(conversationAvailability)
    .where(
      ofOrg(
        conversationAvailability,
        orgId,
        { teacherId: removal.userId },
        gte(conversationAvailability.onDate, utcToLocal(removal.now).date),
      ),
    );
}

/** A time without a teacher, with the child booked in it (null: free) and the child's group. */
export interface FormerSlot {
  id: string;
  startsAt: Date;
  endsAt: Date;
  pupilName: string | null;
  groupName: string | null;
}

/** A teacher who may take the times over, with their groups in the round. */
export interface RoundTeacher extends Teacher {
  groupIds: string[];
}

/** The round's times without a teacher, by start, and the teachers who may take them over. */
export async function formerTeacherSlots(
  tx: Tx,
  round: Round,
): Promise<{ slots: FormerSlot[]; teachers: RoundTeacher[] }> {
  const rows = await tx
    .select({
      id: conversationSlots.id,
      startsAt: conversationSlots.startsAt,
      endsAt: conversationSlots.endsAt,
      pupilId: conversationBookings.pupilId,
    })
    .from(conversationSlots)
    .leftJoin(
      conversationBookings,
      ofOrg(conversationBookings, conversationSlots.orgId, { slotId: conversationSlots.id }),
    )
    .where(ofOrg(conversationSlots, round.orgId, { roundId: round.id }, isNull(conversationSlots.teacherId)))
    .orderBy(conversationSlots.startsAt, conversationSlots.id);
  if (rows.length === 0) return { slots: [], teachers: [] };
  const pupilIds = [...new Set(rows.flatMap((r) => r.pupilId ?? []))];
  const children = new Map((await childrenWithGuardians(tx, round.orgId, pupilIds)).map((c) => [c.pupilId, c]));
  const slots = rows.map(({ pupilId, ...slot }) => {
    const child = pupilId ? children.get(pupilId) : undefined;
    return { ...slot, pupilName: pupilId ? (child?.name ?? "") : null, groupName: child?.groupName ?? null };
  });
  return { slots, teachers: await teachersOfRound(tx, round) };
}

/** The current teachers of the round's groups, each once, by name, with the groups they teach in it. */
async function teachersOfRound(tx: Tx, round: Round): Promise<RoundTeacher[]> {
  const byGroup = await teachersOfGroups(tx, round.orgId, await roundGroupIds(tx, round));
  const teachers = new Map<string, RoundTeacher>();
  for (const [groupId, ofGroup] of byGroup)
    for (const { userId, name } of ofGroup) {
      const teacher = teachers.get(userId) ?? { userId, name, groupIds: [] };
      teacher.groupIds.push(groupId);
      teachers.set(userId, teacher);
    }
  return [...teachers.values()].sort((a, b) => a.name.localeCompare(b.name, "nl"));
}

/** The new teacher has a time then already: which of theirs. */
export type HandOverClash = Refused<"clash"> & { teacherName: string; times: Span[] };

/** Chosen times fall together: which. */
export type HandOverOverlap = Refused<"overlap"> & { times: Span[] };

export type HandOverOutcome = Outcome<
  { handedOver: number },
  Refused<"notTeacher" | "gone"> | HandOverOverlap | HandOverClash
>;

const clash = (teacherName: string, times: HandOverClash["times"]): HandOverClash => ({
  ...refuse("clash", "conversations.handOver.error.clash", "conflict"),
  teacherName,
  times,
});

/**
 * Gives the chosen times without a teacher to a teacher of the round's groups, in one transaction:
 * refused, with nothing changed, when that teacher has a time (in any round) that overlaps one of
 * them, when two of the chosen times overlap each other (times of two former teachers), or when a
 * time was handed over or made meanwhile.
 */
export async function handOverSlots(
  scope: ViewerScope & { roundId: string; messenger: Messenger; form: HandOverForm },
): Promise<HandOverOutcome> {
  const { teacherId, slotIds } = scope.form;
  try {
    return await inOrg(scope, async (tx): Promise<HandOverOutcome> => {
      const round = await findRound(tx, scope.orgId, scope.roundId);
      const teacher = (await teachersOfRound(tx, round)).find((t) => t.userId === teacherId);
      if (!teacher) return refuse("notTeacher", "conversations.handOver.error.notTeacher", "invalid", "teacherId");
      // Before the slots: a time the teacher is being given elsewhere is committed before the check below.
      await lockTeacherTimes(tx, scope.orgId, teacherId);
      // Locked: a second hand-over of the same times waits, then finds them taken.
      const chosen = await tx
        .select()
        .from(conversationSlots)
        .where(ofOrg(conversationSlots, scope.orgId, { roundId: round.id }, inArray(conversationSlots.id, slotIds)))
        .for("update");
      if (chosen.length !== slotIds.length || chosen.some((s) => s.teacherId !== null))
        return refuse("gone", "conversations.handOver.error.gone", "conflict");
      const together = chosen.filter((a) => chosen.some((b) => overlaps(a, b)));
      if (together.length)
        return {
          ...refuse("overlap", "conversations.handOver.error.overlap", "invalid", "slotIds"),
          times: together,
        };
      const clashes = await clashesOf(tx, scope.orgId, teacherId, chosen);
      if (clashes.length) return clash(teacher.name, clashes);
      await tx
        .update(conversationSlots)
        .set({ teacherId })
        .where(ofOrg(conversationSlots, scope.orgId, {}, inArray(conversationSlots.id, slotIds)));
      const booked = await tx
        .update(conversationBookings)
        .set({ sequence: sql`${conversationBookings.sequence} + 1` })
        .where(ofOrg(conversationBookings, scope.orgId, {}, inArray(conversationBookings.slotId, slotIds)))
        .returning({ id: conversationBookings.id });
      await auditRound(
        tx,
        scope,
        "update",
        round.id,
        `handOver: ${slotIds.length} times to ${teacherId}, ${booked.length} booked`,
      );
      const notices = await loadNotices(
        tx,
        scope.orgId,
        booked.map((b) => b.id),
      );
      await notifyBookings(tx, scope.messenger, "handedOver", notices);
      return { ok: true, handedOver: slotIds.length };
    });
  } catch (error) {
    // The slots' unique start per teacher and round: a time of theirs made meanwhile at the same start.
    if (violatedConstraint(error) !== "conversation_slots_start_key") throw error;
    return refuse("gone", "conversations.handOver.error.gone", "conflict");
  }
}

type Time = Span & { id: string };

const overlaps = (a: Time, b: Time) => a.id !== b.id && a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/** The teacher's own times, in any round, that overlap a chosen one, by start. */
async function clashesOf(tx: Tx, orgId: string, teacherId: string, chosen: readonly Time[]): Promise<Time[]> {
  const first = Math.min(...chosen.map((s) => s.startsAt.getTime()));
  const last = Math.max(...chosen.map((s) => s.endsAt.getTime()));
  const own = await tx
    .select({ id: conversationSlots.id, startsAt: conversationSlots.startsAt, endsAt: conversationSlots.endsAt })
    .from(conversationSlots)
    .where(teacherSlotsOverlapping({ orgId, teacherId }, { startsAt: new Date(first), endsAt: new Date(last) }))
    .orderBy(conversationSlots.startsAt);
  return own.filter((a) => chosen.some((b) => overlaps(a, b)));
}
