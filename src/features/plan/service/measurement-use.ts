/**
 * What the plan tells before its trajectory's nulmeting is deleted: the starting points come from
 * it (`nulmetingOf`), and goals taken from them keep copies of their figures, so they stay.
 */
import { and, count, eq, isNotNull } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { planGoals, plans } from "../../../db/schema/index.js";
import type { MeasurementDependent } from "../../measurements/index.js";
import { linkedMeasurements } from "../../trajectory/index.js";
import { nulmetingOf } from "./starting-points.js";

export async function planUseOf(
  tx: Tx,
  orgId: string,
  measurement: { id: string; kind: string },
): Promise<MeasurementDependent[]> {
  if (measurement.kind !== "baseline") return [];
  const found: MeasurementDependent[] = [];
  for (const plan of await tx.select().from(plans).where(eq(plans.orgId, orgId))) {
    const nulmeting = nulmetingOf(await linkedMeasurements(tx, orgId, plan.trajectoryId));
    if (nulmeting?.id !== measurement.id) continue;
    found.push({ key: "plan.measurementUse.startingPoints" });
    const [goals] = await tx
      .select({ n: count() })
      .from(planGoals)
      .where(and(eq(planGoals.orgId, orgId), eq(planGoals.planId, plan.id), isNotNull(planGoals.baselineGroup)));
    if (goals?.n) found.push({ key: "plan.measurementUse.goals", values: { count: Number(goals.n) } });
  }
  return found;
}
