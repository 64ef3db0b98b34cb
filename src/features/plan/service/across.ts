/**
 * The plans of many trajectories at once, for the advisor's workspace: when each was first
 * published (its trajectory's plan step) and how far it is (domain/progress.ts, over the actions
 * as they are now). Two queries whatever the number of trajectories; under the caller's
 * transaction and row-level security.
 */
import { and } from "drizzle-orm";
import { anyOf, type Tx } from "../../../db/client.js";
import { planActions, plans } from "../../../db/schema/index.js";
import { groupBy } from "../../../lib/group-by.js";
import { schoolDate } from "../../../lib/time/school-date.js";
import { progressOf, type Progress } from "../domain/progress.js";

export interface PlanAcross {
  /** The school date of the first publication; null while never published. */
  firstPublishedOn: string | null;
  progress: Progress;
}

/** Each trajectory's plan, by trajectory id; a trajectory without a plan yet is left out. */
export async function plansOf(
  tx: Tx,
  orgIds: readonly string[],
  trajectoryIds: readonly string[],
  today: string,
): Promise<Map<string, PlanAcross>> {
  if (!trajectoryIds.length) return new Map();
  const rows = await tx
    .select({ id: plans.id, trajectoryId: plans.trajectoryId, firstPublishedAt: plans.firstPublishedAt })
    .from(plans)
    .where(and(anyOf(plans.orgId, orgIds), anyOf(plans.trajectoryId, trajectoryIds)));
  if (!rows.length) return new Map();
  const actions = await tx
    .select({ planId: planActions.planId, status: planActions.status, dueOn: planActions.dueOn })
    .from(planActions)
    .where(
      and(
        anyOf(planActions.orgId, orgIds),
        anyOf(
          planActions.planId,
          rows.map((r) => r.id),
        ),
      ),
    );
  const byPlan = groupBy(actions, (a) => a.planId);
  return new Map(
    rows.map((plan) => [
      plan.trajectoryId,
      {
        firstPublishedOn: plan.firstPublishedAt ? schoolDate(plan.firstPublishedAt) : null,
        progress: progressOf(byPlan.get(plan.id) ?? [], today),
      },
    ]),
  );
}
