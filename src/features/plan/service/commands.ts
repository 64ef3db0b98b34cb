/**
 * Writing the plan: the vision, goals, actions (with the ideas they take up) and publishing. Each
 * change locks the plan, writes a version and an audit entry in one transaction; refused input
 * changes nothing. Only the school leader and coordinator get here (policy.ts, on every route).
 */
import { recordAuditBy } from "../../../audit/record.js";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { rowOfOrg } from "../../../db/row-of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { planActionIdeas, planActions, planGoals, plans } from "../../../db/schema/index.js";
import { schoolToday } from "../../../lib/time/school-date.js";
import { InputError } from "../../../web/input-error.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { ideasForPlan, takeUpIdeas } from "../../ideas/index.js";
import type { ActionInput, GoalInput } from "../schemas.js";
import { movedIntoPast } from "../domain/due.js";
import { lockedPlan, type PlanRow } from "./plan-row.js";
import { mailParentsOfPublication } from "./publish-mail.js";
import type { MailDeps } from "../../../mail/notify.js";
import { startingPoints } from "./starting-points.js";
import { recordChange } from "./versions.js";

type Command<T = object> = ViewerScope & T & { now?: Date };

export function setVision(scope: Command<{ vision: string }>): Promise<void> {
  return inOrg(scope, async (tx) => {
    const plan = await lockedPlan(tx, scope.orgId);
    if (plan.vision === scope.vision) return;
    await tx
      .update(plans)
      .set({ vision: scope.vision })
      .where(ofOrg(plans, plan.orgId, { id: plan.id }));
    await recordChange(tx, scope, plan, { kind: "vision", subject: "", entityId: plan.id });
  });
}

type GoalRefusal = Refused<"noPriority">;

/** The figures a goal taken from a priority starts with, read again from the nulmeting. */
async function baselineOf(tx: Tx, plan: PlanRow, input: GoalInput) {
  if (!input.fromGroup) return { baselineGroup: null, baselineCurrent: null, baselineDesired: null };
  const { priorities } = await startingPoints(tx, plan.orgId, plan.trajectoryId);
  const gap = priorities.find((p) => p.group === input.fromGroup && p.domain === input.domain);
  if (!gap) return null;
  return { baselineGroup: gap.group, baselineCurrent: gap.current, baselineDesired: gap.desired };
}

export function addGoal(scope: Command<{ goal: GoalInput }>): Promise<Outcome<{ id: string }, GoalRefusal>> {
  return inOrg(scope, async (tx): Promise<Outcome<{ id: string }, GoalRefusal>> => {
    const plan = await lockedPlan(tx, scope.orgId);
    const baseline = await baselineOf(tx, plan, scope.goal);
    if (!baseline) return refuse("noPriority", "plan.refusal.noPriority", "invalid", "fromGroup");
    const [made] = await tx
      .insert(planGoals)
      .values({ orgId: plan.orgId, planId: plan.id, domain: scope.goal.domain, title: scope.goal.title, ...baseline })
      .returning({ id: planGoals.id });
    await recordChange(tx, scope, plan, { kind: "goalAdded", subject: scope.goal.title, entityId: made!.id });
    return { ok: true, id: made!.id };
  });
}

async function goalRow(tx: Tx, plan: PlanRow, goalId: string) {
  return rowOfOrg(tx, planGoals, plan.orgId, { planId: plan.id, id: goalId }, "goal");
}

/** Another wording or domain; a goal moved to another domain loses the figures of the old one. */
export function updateGoal(scope: Command<{ goalId: string; domain: GoalInput["domain"]; title: string }>) {
  return inOrg(scope, async (tx) => {
    const plan = await lockedPlan(tx, scope.orgId);
    const row = await goalRow(tx, plan, scope.goalId);
    if (row.title === scope.title && row.domain === scope.domain) return;
    const moved = row.domain !== scope.domain;
    await tx
      .update(planGoals)
      .set({
        title: scope.title,
        domain: scope.domain,
        ...(moved ? { baselineGroup: null, baselineCurrent: null, baselineDesired: null } : {}),
      })
      .where(ofOrg(planGoals, plan.orgId, { id: row.id }));
    await recordChange(tx, scope, plan, { kind: "goalChanged", subject: scope.title, entityId: row.id });
  });
}

export function removeGoal(scope: Command<{ goalId: string }>) {
  return inOrg(scope, async (tx) => {
    const plan = await lockedPlan(tx, scope.orgId);
    const row = await goalRow(tx, plan, scope.goalId);
    await tx.delete(planGoals).where(ofOrg(planGoals, plan.orgId, { id: row.id }));
    await recordChange(tx, scope, plan, { kind: "goalRemoved", subject: row.title, entityId: row.id });
  });
}

type ActionRefusal = Refused<"pastDue">;

/** The ideas an action takes up must be on the trajectory's board for everyone to see. */
async function checkedIdeas(tx: Tx, plan: PlanRow, ideaIds: readonly string[]): Promise<string[]> {
  if (!ideaIds.length) return [];
  const shown = new Set((await ideasForPlan(tx, plan.orgId, plan.trajectoryId)).map((i) => i.id));
  if (ideaIds.some((id) => !shown.has(id))) throw new InputError("ideas", "plan.error.ideas");
  return [...ideaIds];
}

async function linkIdeas(tx: Tx, scope: ViewerScope, actionId: string, ideaIds: readonly string[]) {
  await tx.delete(planActionIdeas).where(ofOrg(planActionIdeas, scope.orgId, { actionId }));
  if (ideaIds.length)
    await tx.insert(planActionIdeas).values(ideaIds.map((ideaId) => ({ orgId: scope.orgId, actionId, ideaId })));
  await takeUpIdeas(tx, scope, ideaIds);
}

const pastDueRefusal = () => refuse("pastDue", "plan.refusal.pastDue", "invalid", "dueOn");

const actionValues = ({ ideas: _ideas, ...input }: ActionInput) => input;

/** A new action; one due before today is refused (it would start overdue). */
export function addAction(scope: Command<{ action: ActionInput }>): Promise<Outcome<{ id: string }, ActionRefusal>> {
  return inOrg(scope, async (tx): Promise<Outcome<{ id: string }, ActionRefusal>> => {
    if (movedIntoPast(scope.action.dueOn, null, schoolToday(scope.now))) return pastDueRefusal();
    const plan = await lockedPlan(tx, scope.orgId);
    const ideaIds = await checkedIdeas(tx, plan, scope.action.ideas);
    const [made] = await tx
      .insert(planActions)
      .values({ orgId: plan.orgId, planId: plan.id, ...actionValues(scope.action) })
      .returning({ id: planActions.id });
    const id = made!.id;
    await linkIdeas(tx, scope, id, ideaIds);
    await recordChange(tx, scope, plan, { kind: "actionAdded", subject: scope.action.title, entityId: id });
    return { ok: true, id };
  });
}

async function actionRow(tx: Tx, plan: PlanRow, actionId: string) {
  return rowOfOrg(tx, planActions, plan.orgId, { planId: plan.id, id: actionId }, "action");
}

/** Changes an action; its due date may stay in the past (it is overdue), but not be moved there. */
export function updateAction(
  scope: Command<{ actionId: string; action: ActionInput }>,
): Promise<Outcome<object, ActionRefusal>> {
  return inOrg(scope, async (tx): Promise<Outcome<object, ActionRefusal>> => {
    const plan = await lockedPlan(tx, scope.orgId);
    const row = await actionRow(tx, plan, scope.actionId);
    if (movedIntoPast(scope.action.dueOn, row.dueOn, schoolToday(scope.now))) return pastDueRefusal();
    const ideaIds = await checkedIdeas(tx, plan, scope.action.ideas);
    await tx
      .update(planActions)
      .set(actionValues(scope.action))
      .where(ofOrg(planActions, plan.orgId, { id: row.id }));
    await linkIdeas(tx, scope, row.id, ideaIds);
    await recordChange(tx, scope, plan, { kind: "actionChanged", subject: scope.action.title, entityId: row.id });
    return { ok: true };
  });
}

export function removeAction(scope: Command<{ actionId: string }>) {
  return inOrg(scope, async (tx) => {
    const plan = await lockedPlan(tx, scope.orgId);
    const row = await actionRow(tx, plan, scope.actionId);
    await tx.delete(planActions).where(ofOrg(planActions, plan.orgId, { id: row.id }));
    await recordChange(tx, scope, plan, { kind: "actionRemoved", subject: row.title, entityId: row.id });
  });
}

type PublishRefusal = Refused<"empty" | "unchanged">;

/**
 * Shows the latest version to every parent of the organisation. The first publication is the day
 * the trajectory's plan step is done and mails every parent; publishing again only moves what
 * parents see, and mails them only when `tellParents` is ticked.
 */
export function publishPlan(
  /** deps null: nobody is mailed (the demo, which writes a plan as if published earlier). */
  scope: Command<{ tellParents: boolean; deps: MailDeps | null }>,
): Promise<Outcome<{ version: number; mailed: number }, PublishRefusal>> {
  return inOrg(scope, async (tx): Promise<Outcome<{ version: number; mailed: number }, PublishRefusal>> => {
    const plan = await lockedPlan(tx, scope.orgId);
    if (plan.version === 0) return refuse("empty", "plan.refusal.empty", "conflict");
    if (plan.publishedVersion === plan.version) return refuse("unchanged", "plan.refusal.unchanged", "conflict");
    const at = scope.now ?? new Date();
    const first = plan.firstPublishedAt === null;
    await tx
      .update(plans)
      .set({
        publishedVersion: plan.version,
        publishedAt: at,
        publishedBy: scope.userId,
        firstPublishedAt: plan.firstPublishedAt ?? at,
      })
      .where(ofOrg(plans, plan.orgId, { id: plan.id }));
    const mailed =
      scope.deps && (first || scope.tellParents)
        ? await mailParentsOfPublication(tx, scope.deps, { orgId: plan.orgId, version: plan.version, first })
        : 0;
    await recordAuditBy(tx, scope, {
      action: "publish",
      entity: "plan",
      entityId: plan.id,
      detail: `version:${plan.version} mailed:${mailed}`,
    });
    return { ok: true, version: plan.version, mailed };
  });
}
