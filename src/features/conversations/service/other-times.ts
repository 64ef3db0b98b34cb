/**
 * "Another time" within a round: a parent who cannot make any slot leaves a short note for a
 * child; the teachers of the child's group see the notes of their round and answer with a
 * message or a time. A time becomes a booking in the round (a slot made for it when the
 * teacher has none at that moment), so the round's constraints still hold: one booking per
 * child, a slot booked once.
 */
import { asc, inArray } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { conversationOtherTimes } from "../../../db/schema/index.js";
import { childrenWithGuardians, guardianIdsOfUser, guardiansById } from "../../pupils/index.js";
import { violatedConstraint } from "./constraint.js";
import { NotFoundError } from "../../../web/errors.js";
import { myChildrenInRound, type RoundChild } from "./family.js";
import { roundGroupsFor } from "./round-groups.js";
import { staffRound, type StaffAccess } from "./rounds.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { findRound, type Round } from "./find-round.js";

export type OtherTime = typeof conversationOtherTimes.$inferSelect;

export type AskOtherTimeOutcome = Outcome<object, Refused<"notYourChild" | "alreadyAsked">>;

/** Stores the parent's note; a child who is not theirs (or not in the round) changes nothing. */
export async function askOtherTime(
  scope: ViewerScope & { roundId: string; pupilId: string; note: string },
): Promise<AskOtherTimeOutcome> {
  try {
    return await inOrg(scope, async (tx) => {
      const round = await findRound(tx, scope.orgId, scope.roundId);
      const child = (await myChildrenInRound(tx, scope, round.id)).find((c) => c.pupilId === scope.pupilId);
      if (!child) return refuse("notYourChild", "conversations.otherTime.refusal.notYourChild", "forbidden");
      await tx.insert(conversationOtherTimes).values({
        orgId: scope.orgId,
        roundId: round.id,
        pupilId: child.pupilId,
        guardianId: child.guardianId,
        note: scope.note,
      });
      return { ok: true as const };
    });
  } catch (error) {
    if (violatedConstraint(error) === "conversation_other_times_open_key")
      return refuse("alreadyAsked", "conversations.otherTime.refusal.alreadyAsked", "conflict");
    throw error;
  }
}

/** The parent's page: the round, their children in it, and their notes so far (oldest first). */
export function otherTimeAsk(
  scope: ViewerScope & { roundId: string },
): Promise<{ round: Round; children: RoundChild[]; mine: OtherTime[] }> {
  return inOrg(scope, async (tx) => {
    const round = await findRound(tx, scope.orgId, scope.roundId);
    const children = await myChildrenInRound(tx, scope, round.id);
    if (children.length === 0) throw new NotFoundError("no children in this round");
    const mine = await tx
      .select()
      .from(conversationOtherTimes)
      .where(
        ofOrg(
          conversationOtherTimes,
          scope.orgId,
          { roundId: round.id },
          inArray(conversationOtherTimes.guardianId, await guardianIdsOfUser(tx, scope.orgId, scope.userId)),
        ),
      )
      .orderBy(asc(conversationOtherTimes.createdAt), asc(conversationOtherTimes.id));
    return { round, children, mine };
  });
}

export interface OtherTimeRow {
  otherTime: OtherTime;
  childName: string;
  guardianName: string;
}

/** The notes of a round for staff: managers all, teachers those of children in their groups. */
export function otherTimesOfRound(
  scope: ViewerScope & { access: StaffAccess; roundId: string },
): Promise<{ round: Round; rows: OtherTimeRow[]; canAnswer: boolean }> {
  return inOrg(scope, async (tx) => {
    const round = await staffRound(tx, scope, scope.roundId);
    const { own, visible } = await roundGroupsFor(tx, scope, round);
    return { round, rows: await notesOf(tx, scope.orgId, round.id, visible), canAnswer: own.length > 0 };
  });
}

async function notesOf(tx: Tx, orgId: string, roundId: string, groupIds: string[]): Promise<OtherTimeRow[]> {
  if (groupIds.length === 0) return [];
  const notes = await tx
    .select()
    .from(conversationOtherTimes)
    .where(ofOrg(conversationOtherTimes, orgId, { roundId }))
    .orderBy(asc(conversationOtherTimes.status), asc(conversationOtherTimes.createdAt), asc(conversationOtherTimes.id));
  const children = await childrenWithGuardians(tx, orgId, [...new Set(notes.map((n) => n.pupilId))]);
  const guardians = await guardiansById(tx, orgId, [...new Set(notes.map((n) => n.guardianId))]);
  return notes.flatMap((otherTime) => {
    const child = children.find((c) => c.pupilId === otherTime.pupilId && groupIds.includes(c.groupId ?? ""));
    const guardian = guardians.find((g) => g.guardianId === otherTime.guardianId);
    return child && guardian ? [{ otherTime, childName: child.name, guardianName: guardian.name }] : [];
  });
}
