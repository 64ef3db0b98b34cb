/**
 * The advisor's decision on the active trajectory: award the certificate, or "not yet" with
 * reasons the school reads. Only the trajectory's advisor decides (any advisor of the school
 * while the trajectory names none); a trajectory that is not ready gets no certificate, and a
 * refusal changes nothing. Each decision is audited in its own transaction.
 */
import { isNull } from "drizzle-orm";
import { recordAuditBy } from "../../../audit/record.js";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { certificates, certificationReviews, memberships } from "../../../db/schema/index.js";
import { addMonths, schoolToday } from "../../../lib/time/school-date.js";
import { isUniqueViolation } from "../../../web/input-error.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { activeTrajectory, type TrajectoryRow } from "../../trajectory/index.js";
import { newCode } from "../domain/code.js";
import { currentCriteria } from "./criteria.js";
import { readinessOf } from "./readiness.js";

type DecisionRefusal = Refused<"noTrajectory" | "notTheAdvisor" | "notReady" | "alreadyAwarded">;

const alreadyAwarded = refuse("alreadyAwarded", "certification.refusal.alreadyAwarded", "conflict");

/** The trajectory's advisor, or any advisor of the school while the trajectory names none. */
export async function isTheAdvisor(tx: Tx, trajectory: TrajectoryRow, userId: string): Promise<boolean> {
  if (trajectory.advisorId) return trajectory.advisorId === userId;
  const [row] = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(ofOrg(memberships, trajectory.orgId, { userId, role: "advisor" }));
  return row !== undefined;
}

async function decidable(tx: Tx, scope: ViewerScope): Promise<TrajectoryRow | DecisionRefusal> {
  const trajectory = await activeTrajectory(tx, scope.orgId);
  if (!trajectory) return refuse("noTrajectory", "certification.refusal.noTrajectory", "conflict");
  if (!(await isTheAdvisor(tx, trajectory, scope.userId)))
    return refuse("notTheAdvisor", "certification.refusal.notTheAdvisor", "forbidden");
  return trajectory;
}

async function certified(tx: Tx, trajectory: TrajectoryRow): Promise<boolean> {
  const [row] = await tx
    .select({ id: certificates.id })
    .from(certificates)
    .where(ofOrg(certificates, trajectory.orgId, { trajectoryId: trajectory.id }, isNull(certificates.revokedAt)));
  return row !== undefined;
}

/** Awards the certificate when the trajectory is ready; valid for the platform's number of years. */
export async function awardCertificate(
  scope: ViewerScope & { now?: Date },
): Promise<Outcome<{ certificateId: string }, DecisionRefusal>> {
  try {
    return await inOrg(scope, async (tx): Promise<Outcome<{ certificateId: string }, DecisionRefusal>> => {
      const trajectory = await decidable(tx, scope);
      if ("ok" in trajectory) return trajectory;
      if (await certified(tx, trajectory)) return alreadyAwarded;
      const check = await readinessOf(tx, trajectory);
      if (!check.ready) return refuse("notReady", "certification.refusal.notReady", "conflict");
      const awardedOn = schoolToday(scope.now);
      const { validityYears } = await currentCriteria(tx);
      const [made] = await tx
        .insert(certificates)
        .values({
          orgId: scope.orgId,
          trajectoryId: trajectory.id,
          code: newCode(),
          awardedOn,
          validUntil: addMonths(awardedOn, 12 * validityYears),
          awardedBy: scope.userId,
        })
        .returning({ id: certificates.id });
      await recordAuditBy(tx, scope, { action: "award", entity: "certificate", entityId: made!.id });
      return { ok: true, certificateId: made!.id };
    });
  } catch (error) {
    // Two awards at once: the index lets one through; the other is told.
    if (isUniqueViolation(error, "certificates_trajectory_key")) return alreadyAwarded;
    throw error;
  }
}

/** "Not yet", with the reasons the school reads on its certification page. */
export function notYet(scope: ViewerScope & { reasons: string }): Promise<Outcome<object, DecisionRefusal>> {
  return inOrg(scope, async (tx): Promise<Outcome<object, DecisionRefusal>> => {
    const trajectory = await decidable(tx, scope);
    if ("ok" in trajectory) return trajectory;
    if (await certified(tx, trajectory)) return alreadyAwarded;
    const [made] = await tx
      .insert(certificationReviews)
      .values({ orgId: scope.orgId, trajectoryId: trajectory.id, reasons: scope.reasons, reviewedBy: scope.userId })
      .returning({ id: certificationReviews.id });
    await recordAuditBy(tx, scope, {
      action: "notYet",
      entity: "certificate",
      entityId: made!.id,
      detail: scope.reasons,
    });
    return { ok: true };
  });
}
