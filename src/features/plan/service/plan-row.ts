/**
 * The plan every service works on: the one of the organisation's active trajectory. It is made
 * by the first change; reading before that finds none. A form posted after the trajectory ended
 * finds nothing (404).
 */
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { plans } from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";
import { activeTrajectory, type TrajectoryRow } from "../../trajectory/index.js";

export type PlanRow = typeof plans.$inferSelect;

export async function planOfTrajectory(tx: Tx, orgId: string, trajectoryId: string): Promise<PlanRow | null> {
  const [row] = await tx
    .select()
    .from(plans)
    .where(ofOrg(plans, orgId, { trajectoryId }));
  return row ?? null;
}

/** The active trajectory and its plan (null before the first change); null without a trajectory. */
export async function activePlan(
  tx: Tx,
  orgId: string,
): Promise<{ trajectory: TrajectoryRow; plan: PlanRow | null } | null> {
  const trajectory = await activeTrajectory(tx, orgId);
  if (!trajectory) return null;
  return { trajectory, plan: await planOfTrajectory(tx, orgId, trajectory.id) };
}

/**
 * The active trajectory's plan for a change, made if it is not there yet, and locked: changes
 * to one plan take their version numbers one after another.
 */
export async function lockedPlan(tx: Tx, orgId: string): Promise<PlanRow> {
  const trajectory = await activeTrajectory(tx, orgId);
  if (!trajectory) throw new NotFoundError("plan");
  await tx.insert(plans).values({ orgId, trajectoryId: trajectory.id }).onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(plans)
    .where(ofOrg(plans, orgId, { trajectoryId: trajectory.id }))
    .for("update");
  return row!;
}
