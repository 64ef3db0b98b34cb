/**
 * Fair mode, during the preference window: a parent marks, per child, the times that suit
 * them (yes) and those that do not (no). Saving replaces the parent's earlier marks.
 */
import { inArray } from "drizzle-orm";
import { conversationPreferences } from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";
import { bookingWindow } from "../domain/rules.js";
import type { PreferenceInput } from "../schemas.js";
import { slotsOfChildren } from "./booking-checks.js";
import { myChildrenInRound, type RoundChild } from "./family.js";
import { refused, type FreeSlot, type BookingOutcome } from "./refusals.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { findRound, type Round } from "./find-round.js";
import { slotsOf } from "./free-slots.js";
import { ofOrg } from "../../../db/of-org.js";

export interface PreferencesPageData {
  round: Round;
  children: (RoundChild & { slots: FreeSlot[] })[];
  /** "pupilId:slotId" → the answer given. */
  marks: Map<string, "yes" | "no">;
}

/** The marks the guardians of these children gave in the round. */
function marksOf(orgId: string, roundId: string, children: RoundChild[]) {
  return ofOrg(
    conversationPreferences,
    orgId,
    { roundId },
    inArray(
      conversationPreferences.guardianId,
      children.map((c) => c.guardianId),
    ),
  );
}

/** The round's times per child and the parent's marks so far; 404 when no child of theirs takes part. */
export function preferencesPage(scope: ViewerScope & { roundId: string }): Promise<PreferencesPageData> {
  return inOrg(scope, async (tx) => {
    const round = await findRound(tx, scope.orgId, scope.roundId);
    const children = await myChildrenInRound(tx, scope, round.id);
    if (children.length === 0 || round.mode !== "fair") throw new NotFoundError("round");
    const teacherIds = [...new Set(children.flatMap((c) => c.teachers.map((t) => t.id)))];
    const slots = await slotsOf(tx, { orgId: scope.orgId, roundId: round.id, teacherIds, freeOnly: false });
    const marks = await tx
      .select()
      .from(conversationPreferences)
      .where(marksOf(scope.orgId, round.id, children));
    return {
      round,
      children: children.map((c) => ({
        ...c,
        slots: slots.filter((s) => c.teachers.some((t) => t.id === s.teacherId)),
      })),
      marks: new Map(marks.map((m) => [`${m.pupilId}:${m.slotId}`, m.answer])),
    };
  });
}

/** Replaces the parent's marks for their children in the round, while the preference window is open. */
export function savePreferences(
  scope: ViewerScope & { roundId: string; now: Date; marks: PreferenceInput[] },
): Promise<BookingOutcome<null>> {
  return inOrg(scope, async (tx) => {
    const round = await findRound(tx, scope.orgId, scope.roundId);
    const children = await myChildrenInRound(tx, scope, round.id);
    const stranger = scope.marks.find((m) => !children.some((c) => c.pupilId === m.pupilId));
    if (stranger || children.length === 0) return refused("notYourChild", stranger?.pupilId ?? null);
    if (round.mode !== "fair" || bookingWindow(round, scope.now) !== "open") return refused("outsideWindow");
    const given = scope.marks.filter((m) => m.answer !== "open");
    if (given.length) {
      const slots = await slotsOfChildren(tx, round, given, children);
      if (!slots.ok) return slots;
    }
    const guardianOf = (pupilId: string) => children.find((c) => c.pupilId === pupilId)?.guardianId ?? "";
    await tx.delete(conversationPreferences).where(marksOf(scope.orgId, round.id, children));
    const rows = given.map((m) => ({
      orgId: scope.orgId,
      roundId: round.id,
      guardianId: guardianOf(m.pupilId),
      pupilId: m.pupilId,
      slotId: m.slotId,
      answer: m.answer === "yes" ? ("yes" as const) : ("no" as const),
    }));
    if (rows.length) await tx.insert(conversationPreferences).values(rows).onConflictDoNothing();
    return { ok: true, value: null };
  });
}
