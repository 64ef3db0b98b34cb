/**
 * Fair mode, after the preference window: staff run the allocation (the domain's
 * allocateFairly over every slot, family and mark of the round), look at the result, run it
 * again if they like, and publish it; publishing mails every family their time. Until then
 * parents see nothing of it.
 */
import { eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import {
  conversationBookings,
  conversationPreferences,
  conversationRoundGroups,
  conversationRounds,
  conversationSlots,
  conversationUnplaced,
  users,
} from "../../../db/schema/index.js";
import { childrenWithGuardians, pupilsOfGroups } from "../../pupils/index.js";
import { allocateFairly } from "../domain/fair-allocation.js";
import { buildFamilies, type RoundPupil } from "./families.js";
import { roundTeachersOf } from "./family.js";
import { loadNotices, notifyBookings, type Messenger } from "./notices.js";
import { staffRound, type StaffAccess } from "./rounds.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import type { Round } from "./find-round.js";
import { slotOfPreference } from "./joins.js";

type AllocationScope = ViewerScope & { access: StaffAccess; roundId: string; now: Date };
type Refusal = Refused<"notRun" | "published" | "tooEarly">;
export type AllocationAnswer = Outcome<object, Refusal>;

/** Runs (or runs again) the allocation; the result replaces the previous one. */
export function runAllocation(scope: AllocationScope): Promise<AllocationAnswer> {
  return inOrg(scope, async (tx) => {
    const round = await staffRound(tx, scope, scope.roundId);
    const refusal = refusalFor(round, scope.now);
    if (refusal) return refusal;
    // A slot whose teacher deleted their account has no one to talk to: the inner join leaves it out.
    const slots = await tx
      .select({
        id: conversationSlots.id,
        teacherId: users.id,
        start: conversationSlots.startsAt,
        end: conversationSlots.endsAt,
      })
      .from(conversationSlots)
      .innerJoin(users, eq(users.id, conversationSlots.teacherId))
      .where(ofOrg(conversationSlots, round.orgId, { roundId: round.id }));
    const { families, bookedFor, withoutTeacher } = buildFamilies(
      await pupilsOf(tx, round),
      await marksOf(tx, round),
      round.separateGuardianBookings,
    );
    const seed = round.allocationSeed ?? round.id;
    const result = allocateFairly({
      slots,
      families,
      settings: { seed, bufferMinutes: round.bufferMinutes, toleranceMinutes: round.toleranceMinutes },
    });
    const where = (table: typeof conversationBookings | typeof conversationUnplaced) =>
      ofOrg(table, round.orgId, { roundId: round.id });
    await tx.delete(conversationBookings).where(where(conversationBookings));
    await tx.delete(conversationUnplaced).where(where(conversationUnplaced));
    const base = { orgId: round.orgId, roundId: round.id };
    if (result.placements.length) {
      await tx.insert(conversationBookings).values(
        result.placements.map((p) => ({
          ...base,
          slotId: p.slotId,
          pupilId: p.childId,
          guardianId: bookedFor.get(p.familyId)?.get(p.childId) ?? "",
          separate: round.separateGuardianBookings,
        })),
      );
    }
    const unplaced = [
      ...withoutTeacher.map((pupilId) => ({ ...base, pupilId, reason: "noSuitableTime" as const })),
      ...result.unplaced.flatMap(({ familyId, reason }) =>
        (families.find((f) => f.familyId === familyId)?.children ?? []).map((c) => ({
          ...base,
          pupilId: c.childId,
          reason,
        })),
      ),
    ];
    if (unplaced.length) await tx.insert(conversationUnplaced).values(unplaced);
    await tx
      .update(conversationRounds)
      .set({ allocationSeed: seed, allocatedAt: scope.now })
      .where(ofOrg(conversationRounds, round.orgId, { id: round.id }));
    return { ok: true as const };
  });
}

/**
 * How many families publishing would mail, for the question before it: one per guardian the
 * allocation booked for (children who share a guardian are one family).
 */
export function familiesToTell(scope: Omit<AllocationScope, "now">): Promise<number> {
  return inOrg(scope, async (tx) => {
    const round = await staffRound(tx, scope, scope.roundId);
    const booked = await tx
      .selectDistinct({ guardianId: conversationBookings.guardianId })
      .from(conversationBookings)
      .where(ofOrg(conversationBookings, round.orgId, { roundId: round.id }));
    return booked.length;
  });
}

/** Publishes the allocation: parents see their time, and every family gets a confirmation. */
export async function publishAllocation(scope: AllocationScope & { messenger: Messenger }): Promise<AllocationAnswer> {
  const outcome = await inOrg(scope, async (tx) => {
    const round = await staffRound(tx, scope, scope.roundId);
    const refusal = refusalFor(round, scope.now) ?? (round.allocatedAt ? null : notRun);
    if (refusal) return refusal;
    await tx
      .update(conversationRounds)
      .set({ publishedAt: scope.now })
      .where(ofOrg(conversationRounds, round.orgId, { id: round.id }));
    const ids = await tx
      .select({ id: conversationBookings.id })
      .from(conversationBookings)
      .where(ofOrg(conversationBookings, round.orgId, { roundId: round.id }));
    const notices = await loadNotices(
      tx,
      round.orgId,
      ids.map((r) => r.id),
    );
    await notifyBookings(tx, scope.messenger, "booked", notices);
    return { ok: true as const };
  });
  if (!outcome.ok) return outcome;
  return { ok: true };
}

const notRun = refuse("notRun", "conversations.allocation.error.notRun", "conflict");

function refusalFor(round: Round, now: Date): Refusal | null {
  if (round.mode !== "fair" || round.publishedAt)
    return refuse("published", "conversations.allocation.error.published", "conflict");
  if (now < round.closesAt) return refuse("tooEarly", "conversations.allocation.error.tooEarly", "conflict");
  return null;
}

/** The pupils of the round's groups, with their guardians and the teachers of their group (any of them may talk with them). */
async function pupilsOf(tx: Tx, round: Round): Promise<RoundPupil[]> {
  const roundGroups = await tx
    .select({ groupId: conversationRoundGroups.groupId })
    .from(conversationRoundGroups)
    .where(ofOrg(conversationRoundGroups, round.orgId, { roundId: round.id }));
  const groupIds = roundGroups.map((g) => g.groupId);
  const pupils = await pupilsOfGroups(tx, round.orgId, groupIds);
  const families = await childrenWithGuardians(
    tx,
    round.orgId,
    pupils.map((p) => p.pupilId),
  );
  const teachers = await roundTeachersOf(tx, round.orgId, round.id, groupIds);
  // By id, guardians too: the allocation's seed gives the same result for the same round.
  return families
    .sort((a, b) => compare(a.pupilId, b.pupilId))
    .map((child) => ({
      pupilId: child.pupilId,
      teacherIds: ((child.groupId && teachers.get(child.groupId)) || []).map((t) => t.id),
      guardianIds: child.guardians.map((g) => g.guardianId).sort(compare),
    }));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function marksOf(tx: Tx, round: Round) {
  return tx
    .select({
      guardianId: conversationPreferences.guardianId,
      pupilId: conversationPreferences.pupilId,
      answer: conversationPreferences.answer,
      start: conversationSlots.startsAt,
      end: conversationSlots.endsAt,
    })
    .from(conversationPreferences)
    .innerJoin(conversationSlots, slotOfPreference)
    .where(ofOrg(conversationPreferences, round.orgId, { roundId: round.id }));
}
