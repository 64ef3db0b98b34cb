/**
 * What staff change on the timeline besides sessions: a step skipped with a reason (or taken
 * back), a measurement linked to the trajectory (or unlinked). Each is audited in its own
 * transaction; the phase then follows by itself.
 */
import { and, eq } from "drizzle-orm";
import { recordAudit } from "../../../audit/record.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { trajectoryMeasurements, trajectorySkips } from "../../../db/schema/index.js";
import { schoolToday } from "../../../lib/time/school-date.js";
import { isUniqueViolation } from "../../../web/input-error.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { measurementSummaries } from "../../measurements/index.js";
import { trajectoryState, type SkippableStep } from "../domain/phase.js";
import { linkedMeasurements, recordOf, skipsOf } from "./facts.js";
import { requireActive } from "./trajectories.js";

export async function skipStep(
  scope: ViewerScope & { step: SkippableStep; reason: string },
): Promise<Outcome<object, Refused<"alreadyDone" | "alreadySkipped">>> {
  return inOrg(scope, async (tx) => {
    const trajectory = await requireActive(tx, scope.orgId);
    const { facts } = await recordOf(tx, trajectory);
    const state = trajectoryState(facts, schoolToday()).steps.find((s) => s.step === scope.step);
    if (state?.state === "done") return refuse("alreadyDone", "trajectory.refusal.alreadyDone", "conflict");
    const { orgId, userId, step, reason } = scope;
    if (state?.state === "skipped") {
      // The same skip sent twice is done; another reason for a skipped step is a conflict.
      const same = (await skipsOf(tx, orgId, trajectory.id)).some((s) => s.step === step && s.reason === reason);
      return same ? { ok: true } : refuse("alreadySkipped", "trajectory.refusal.alreadySkipped", "conflict");
    }
    await tx.insert(trajectorySkips).values({ orgId, trajectoryId: trajectory.id, step, reason, skippedBy: userId });
    const detail = `${step}: ${reason}`;
    await recordAudit(tx, { orgId, userId, action: "skip", entity: "trajectory", entityId: trajectory.id, detail });
    return { ok: true };
  });
}

/** Takes a skip back: the step counts again. A step not skipped (the button pressed twice) is left as it is. */
export function unskipStep(scope: ViewerScope & { step: SkippableStep }): Promise<void> {
  return inOrg(scope, async (tx) => {
    const trajectory = await requireActive(tx, scope.orgId);
    const where = and(
      eq(trajectorySkips.orgId, scope.orgId),
      eq(trajectorySkips.trajectoryId, trajectory.id),
      eq(trajectorySkips.step, scope.step),
    );
    const removed = await tx.delete(trajectorySkips).where(where).returning({ step: trajectorySkips.step });
    if (!removed.length) return;
    const entry = { orgId: scope.orgId, userId: scope.userId, entity: "trajectory", entityId: trajectory.id } as const;
    await recordAudit(tx, { ...entry, action: "unskip", detail: scope.step });
  });
}

type LinkRefusal = Refused<"unknownMeasurement" | "poll" | "alreadyLinked">;

export async function linkMeasurement(
  scope: ViewerScope & { measurementId: string },
): Promise<Outcome<object, LinkRefusal>> {
  const alreadyLinked = refuse("alreadyLinked", "trajectory.refusal.alreadyLinked", "conflict", "measurementId");
  try {
    return await inOrg(scope, async (tx): Promise<Outcome<object, LinkRefusal>> => {
      const trajectory = await requireActive(tx, scope.orgId);
      const [measurement] = await measurementSummaries(tx, scope.orgId, [scope.measurementId]);
      if (!measurement)
        return refuse("unknownMeasurement", "trajectory.error.chooseMeasurement", "invalid", "measurementId");
      if (measurement.kind === "poll") return refuse("poll", "trajectory.refusal.poll", "invalid", "measurementId");
      const { orgId, userId, measurementId } = scope;
      // Linked to this trajectory already (the form sent twice): done.
      if ((await linkedMeasurements(tx, orgId, trajectory.id)).some((m) => m.id === measurementId)) return { ok: true };
      await tx.insert(trajectoryMeasurements).values({ orgId, trajectoryId: trajectory.id, measurementId });
      await recordAudit(tx, {
        orgId,
        userId,
        action: "link",
        entity: "trajectory",
        entityId: trajectory.id,
        detail: measurementId,
      });
      return { ok: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return alreadyLinked;
    throw error;
  }
}

/** Unlinks a measurement; one not linked (the button pressed twice) is left as it is. */
export function unlinkMeasurement(scope: ViewerScope & { measurementId: string }): Promise<void> {
  return inOrg(scope, async (tx) => {
    const trajectory = await requireActive(tx, scope.orgId);
    const removed = await tx
      .delete(trajectoryMeasurements)
      .where(
        ofOrg(trajectoryMeasurements, scope.orgId, { trajectoryId: trajectory.id, measurementId: scope.measurementId }),
      )
      .returning({ id: trajectoryMeasurements.measurementId });
    if (!removed.length) return;
    const entry = { orgId: scope.orgId, userId: scope.userId, entity: "trajectory", entityId: trajectory.id } as const;
    await recordAudit(tx, { ...entry, action: "unlink", detail: scope.measurementId });
  });
}
