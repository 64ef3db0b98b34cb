/** The plan's rows read as one snapshot (domain/snapshot.ts): what a new version stores. */
import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { planActionIdeas, planActions, planGoals, plans } from "../../../db/schema/index.js";
import type { DomainId, RespondentGroup } from "../../measurements/index.js";
import type { ActionSnapshot, GoalSnapshot, PlanSnapshot } from "../domain/snapshot.js";
import { onKey } from "../../../db/on-key.js";

export async function readSnapshot(tx: Tx, orgId: string, planId: string): Promise<PlanSnapshot> {
  const [plan] = await tx
    .select({ vision: plans.vision })
    .from(plans)
    .where(ofOrg(plans, orgId, { id: planId }));
  const goalRows = await tx
    .select()
    .from(planGoals)
    .where(ofOrg(planGoals, orgId, { planId }))
    .orderBy(asc(planGoals.createdAt), asc(planGoals.id));
  const actionRows = await tx
    .select()
    .from(planActions)
    .where(ofOrg(planActions, orgId, { planId }))
    .orderBy(asc(planActions.createdAt), asc(planActions.id));
  const links = await tx
    .select({ actionId: planActionIdeas.actionId, ideaId: planActionIdeas.ideaId })
    .from(planActionIdeas)
    .innerJoin(planActions, onKey(planActions, planActionIdeas.orgId, planActionIdeas.actionId))
    .where(and(eq(planActionIdeas.orgId, orgId), eq(planActions.planId, planId)))
    .orderBy(asc(planActionIdeas.ideaId));
  const goals = goalRows.map((g): GoalSnapshot => ({
    id: g.id,
    domain: g.domain as DomainId,
    title: g.title,
    baseline:
      g.baselineGroup === null || g.baselineCurrent === null || g.baselineDesired === null
        ? null
        : { group: g.baselineGroup as RespondentGroup, current: g.baselineCurrent, desired: g.baselineDesired },
  }));
  const actions = actionRows.map((a): ActionSnapshot => ({
    id: a.id,
    domain: a.domain as DomainId,
    title: a.title,
    details: a.details,
    owner: a.owner,
    responsible: a.responsible,
    dueOn: a.dueOn,
    status: a.status,
    ideaIds: links.filter((l) => l.actionId === a.id).map((l) => l.ideaId),
  }));
  return { vision: plan?.vision ?? "", goals, actions };
}
