/**
 * A teacher answers a parent's request for another time: with a message, a time, or both. A
 * time is booked in the round for the child with this teacher, in one transaction with the
 * answer; the database's constraints keep one booking per child and a slot booked once.
 * The guardians get the usual confirmation with a calendar invitation, the asker the message.
 */
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { conversationBookings, conversationOtherTimes } from "../../../db/schema/index.js";
import { ForbiddenError, NotFoundError } from "../../../web/errors.js";
import { childrenWithGuardians, groupIdsOfTeacher, guardiansById, schoolNameOf } from "../../pupils/index.js";
import { violatedConstraint } from "./constraint.js";
import { loadNotices, notifyBookings, type Messenger } from "./notices.js";
import { refusalOfConstraint } from "./refusals.js";
import { notifyAnswer } from "./other-time-mail.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { findRound } from "./find-round.js";
import { teacherSlotAt } from "./teacher-slot.js";

export type AnswerRefusal = "alreadyAnswered" | "alreadyBooked" | "slotTaken" | "overlaps";
export type AnswerOutcome = Outcome<{ roundId: string }, Refused<AnswerRefusal> & { roundId: string }>;

/** The note was answered or the time taken meanwhile: refused as a conflict. */
const answerRefused = (reason: AnswerRefusal, roundId: string) => ({
  ...refuse(reason, `conversations.otherTime.refusal.${reason}`, "conflict"),
  roundId,
});

interface AnswerScope extends ViewerScope {
  otherTimeId: string;
  time: Date | undefined;
  message: string;
  now: Date;
  messenger: Messenger;
}

export async function answerOtherTime(scope: AnswerScope): Promise<AnswerOutcome> {
  const roundId = await inOrg(scope, async (tx) => (await loadOwn(tx, scope)).roundId);
  try {
    const result = await inOrg(scope, (tx) => answerIn(tx, scope));
    if (result !== "done") return answerRefused(result, roundId);
  } catch (error) {
    const constraint = violatedConstraint(error);
    if (constraint === null) throw error;
    const reason = refusalOfConstraint(constraint);
    return answerRefused(reason === "slotTaken" ? "slotTaken" : "alreadyBooked", roundId);
  }
  return { ok: true, roundId };
}

/** One note with its round, for the answer page. */
export function otherTimeToAnswer(scope: ViewerScope & { otherTimeId: string }) {
  return inOrg(scope, async (tx) => {
    const otherTime = await loadOwn(tx, scope);
    const round = await findRound(tx, scope.orgId, otherTime.roundId);
    const [child] = await childrenWithGuardians(tx, scope.orgId, [otherTime.pupilId]);
    const [guardian] = await guardiansById(tx, scope.orgId, [otherTime.guardianId]);
    return {
      round,
      row: { otherTime, childName: child?.name ?? "", guardianName: guardian?.name ?? "" },
    };
  });
}

/** The note, for a teacher of the child's group; 404 when it does not exist here. */
async function loadOwn(tx: Tx, scope: ViewerScope & { otherTimeId: string }) {
  const [otherTime] = await tx
    .select()
    .from(conversationOtherTimes)
    .where(ofOrg(conversationOtherTimes, scope.orgId, { id: scope.otherTimeId }));
  const [child] = otherTime ? await childrenWithGuardians(tx, scope.orgId, [otherTime.pupilId]) : [];
  if (!otherTime || !child) throw new NotFoundError("other time request");
  if (!child.groupId) throw new ForbiddenError("the child has no group");
  if (!(await groupIdsOfTeacher(tx, scope.orgId, scope.userId)).includes(child.groupId))
    throw new ForbiddenError("not a teacher of this child");
  return otherTime;
}

async function answerIn(tx: Tx, scope: AnswerScope) {
  // Two answers at once: the second waits here, then finds the note answered and writes nothing.
  await tx
    .select({ id: conversationOtherTimes.id })
    .from(conversationOtherTimes)
    .where(ofOrg(conversationOtherTimes, scope.orgId, { id: scope.otherTimeId }))
    .for("update");
  const note = await loadOwn(tx, scope);
  if (note.status !== "open") return "alreadyAnswered" as const;
  const round = await findRound(tx, scope.orgId, note.roundId);
  let slot: { id: string; startsAt: Date; endsAt: Date } | null = null;
  if (scope.time) {
    const found = await teacherSlotAt(tx, { ...scope, round }, scope.time);
    if (typeof found === "string") return found;
    slot = found;
  }
  const [answered] = await tx
    .update(conversationOtherTimes)
    .set({
      status: "answered",
      answer: scope.message || null,
      answeredStartsAt: slot?.startsAt ?? null,
      answeredBy: scope.userId,
      answeredAt: scope.now,
    })
    .where(ofOrg(conversationOtherTimes, scope.orgId, { id: note.id, status: "open" }))
    .returning();
  if (!answered) return "alreadyAnswered" as const;
  const booked = slot
    ? await tx
        .insert(conversationBookings)
        .values({
          orgId: scope.orgId,
          roundId: round.id,
          slotId: slot.id,
          pupilId: note.pupilId,
          guardianId: note.guardianId,
          separate: round.separateGuardianBookings,
        })
        .returning({ id: conversationBookings.id })
    : [];
  const [asker] = await guardiansById(tx, scope.orgId, [note.guardianId]);
  const notices = await loadNotices(
    tx,
    scope.orgId,
    booked.map((b) => b.id),
  );
  await notifyBookings(tx, scope.messenger, "booked", notices);
  if (scope.message && asker?.email) {
    await notifyAnswer(tx, scope.messenger, {
      to: asker.email,
      name: asker.name,
      school: await schoolNameOf(tx, scope.orgId),
      locale: asker.locale,
      message: scope.message,
      time: slot,
    });
  }
  return "done" as const;
}
