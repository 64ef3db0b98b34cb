/**
 * Every change to the plan writes a version: its number, who and when, what changed (a change
 * kind and the name of the goal or action) and the whole plan as it became. The same change is
 * in the audit log, in the same transaction.
 */
import { sql } from "drizzle-orm";
import { recordAuditBy, type AuditAction, type AuditEntity } from "../../../audit/record.js";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import type { ViewerScope } from "../../../db/org-scope.js";
import { planVersions, plans } from "../../../db/schema/index.js";
import type { PlanRow } from "./plan-row.js";
import { readSnapshot } from "./snapshot.js";

export const changeKinds = [
  "vision",
  "goalAdded",
  "goalChanged",
  "goalRemoved",
  "actionAdded",
  "actionChanged",
  "actionRemoved",
] as const;
export type ChangeKind = (typeof changeKinds)[number];

const audited: Record<ChangeKind, { action: AuditAction; entity: AuditEntity }> = {
  vision: { action: "update", entity: "plan" },
  goalAdded: { action: "create", entity: "plan_goal" },
  goalChanged: { action: "update", entity: "plan_goal" },
  goalRemoved: { action: "delete", entity: "plan_goal" },
  actionAdded: { action: "create", entity: "plan_action" },
  actionChanged: { action: "update", entity: "plan_action" },
  actionRemoved: { action: "delete", entity: "plan_action" },
};

/** Records a change made to the locked plan in this transaction; returns the new version's number. */
export async function recordChange(
  tx: Tx,
  scope: ViewerScope,
  plan: PlanRow,
  change: { kind: ChangeKind; subject: string; entityId: string },
): Promise<number> {
  const [bumped] = await tx
    .update(plans)
    .set({ version: sql`${plans.version} + 1` })
    .where(ofOrg(plans, plan.orgId, { id: plan.id }))
    .returning({ version: plans.version });
  const version = bumped!.version;
  await tx.insert(planVersions).values({
    orgId: plan.orgId,
    planId: plan.id,
    version,
    changedBy: scope.userId,
    change: change.kind,
    subject: change.subject,
    snapshot: await readSnapshot(tx, plan.orgId, plan.id),
  });
  await recordAuditBy(tx, scope, { ...audited[change.kind], entityId: change.entityId, detail: `version:${version}` });
  return version;
}
