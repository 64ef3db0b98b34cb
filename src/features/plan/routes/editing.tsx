/**
 * /plan for staff: the plan as it is now; for the school leader and coordinator the vision, goals
 * (also taken from the nulmeting's priorities), actions and publishing. Bad input comes back with
 * its messages beside the fields and changes nothing.
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { NotFoundError } from "../../../web/errors.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { formErrorsOf, inputErrors, refusalStatus } from "../../../web/form-refusal.js";
import { allow, viewerOf } from "../../../web/guards.js";
import { mayLeadTrajectory, NoTrajectory } from "../../trajectory/index.js";
import { renderPage } from "../../../web/layout.js";
import { oncePerForm } from "../../../web/once-per-form.js";
import { pathId, scopeOf } from "../../../web/route-context.js";
import { parseForm, type FormErrors } from "../../../web/validation.js";
import { mayEditPlan, mayReadPlan } from "../policy.js";
import { actionForm, goalForm, publishForm, visionForm } from "../schemas.js";
import {
  addAction,
  addGoal,
  publishPlan,
  removeAction,
  removeGoal,
  setVision,
  updateAction,
  updateGoal,
} from "../service/commands.js";
import { staffPlan, type StaffPlan } from "../service/reads.js";
import { ActionPage, type ActionFormState } from "../views/action-form.js";
import { GoalPage } from "../views/goal-form.js";
import { noForms, PlanPage, type PlanForms } from "../views/plan-page.js";
import { planBase } from "./context.js";

type Status = 200 | 403 | 404 | 409 | 422;
/** The plan's goals, where adding, changing or removing one leads back to. */
const GOALS = "/plan#goals-edit-title";
/** The plan's actions, where saving or removing one leads back to. */
const ACTIONS = "/plan#actions-title";

async function dataOf(c: Context<AppEnv>): Promise<StaffPlan> {
  const data = await staffPlan(scopeOf(c));
  if (!data) throw new NotFoundError("plan");
  return data;
}

async function planPage(c: Context<AppEnv>, form: PlanForms = noForms, status: Status = 200) {
  const data = await staffPlan(scopeOf(c));
  const { t } = c.var;
  const children = data ? (
    <PlanPage {...planBase(c)} data={data} form={form} />
  ) : (
    <>
      <h1>{t("plan.title")}</h1>
      <NoTrajectory t={t} because={t("plan.noTrajectory")} mayStart={mayLeadTrajectory(viewerOf(c))} />
    </>
  );
  return renderPage(c, { title: t("plan.title"), children }, status);
}

async function goalPage(
  c: Context<AppEnv>,
  goalId: string,
  posted?: { values: Record<string, string>; errors: FormErrors },
) {
  const goal = (await dataOf(c)).plan.goals.find((g) => g.id === goalId);
  if (!goal) throw new NotFoundError("goal");
  const form = posted ?? { values: { domain: goal.domain, title: goal.title }, errors: {} };
  const page = <GoalPage {...planBase(c)} goal={goal} {...form} />;
  return renderPage(c, { title: c.var.t("plan.goal.editTitle"), children: page }, posted ? 422 : 200);
}

async function actionPage(c: Context<AppEnv>, actionId: string | null, posted?: ActionFormState, status: Status = 422) {
  const data = await dataOf(c);
  const action = actionId ? data.plan.actions.find((a) => a.id === actionId) : null;
  if (actionId && !action) throw new NotFoundError("action");
  const form: ActionFormState =
    posted ??
    (action
      ? {
          values: {
            title: action.title,
            details: action.details,
            domain: action.domain,
            owner: action.owner,
            responsible: action.responsible,
            dueOn: action.dueOn ?? "",
            status: action.status,
          },
          ideas: action.ideaIds,
          errors: {},
        }
      : { values: {}, ideas: [], errors: {} });
  const page = <ActionPage {...planBase(c)} actionId={actionId} ideas={data.ideas} form={form} />;
  const title = c.var.t(actionId ? "plan.action.editTitle" : "plan.action.newTitle");
  return renderPage(c, { title, children: page }, posted ? status : 200);
}

/** The ticked ideas as posted, to show the form again as it was sent. */
async function tickedIdeas(c: Context<AppEnv>): Promise<string[]> {
  const body = await c.req.parseBody({ all: true });
  const ideas = body.ideas;
  return (Array.isArray(ideas) ? ideas : [ideas]).filter((v): v is string => typeof v === "string");
}

/** The date an action has now, which a change may keep even when it has passed. */
async function keptDueOn(c: Context<AppEnv>, actionId: string): Promise<string | null> {
  const action = (await dataOf(c)).plan.actions.find((a) => a.id === actionId);
  if (!action) throw new NotFoundError("action");
  return action.dueOn;
}

/** Saves an action (new or changed): refusals and bad input go back to the form, as sent. */
async function saveAction(c: Context<AppEnv>, actionId: string | null) {
  const form = await parseForm(c, actionForm(actionId ? await keptDueOn(c, actionId) : null));
  const sent = { values: form.values, ideas: await tickedIdeas(c) };
  if (!form.ok) return actionPage(c, actionId, { ...sent, errors: form.errors });
  try {
    const scope = { ...scopeOf(c), action: form.data };
    // A new action once per form (decision 007): sent again, it answers as the first.
    const outcome = actionId
      ? await updateAction({ ...scope, actionId })
      : await oncePerForm(c, async (db) => {
          const added = await addAction({ ...scope, db });
          return added.ok ? ACTIONS : added;
        });
    if (typeof outcome !== "string" && !outcome.ok)
      return actionPage(c, actionId, { ...sent, errors: formErrorsOf(c, outcome) }, refusalStatus(outcome));
  } catch (error) {
    return actionPage(c, actionId, { ...sent, errors: inputErrors(c, error) });
  }
  return redirectWithFlash(c, ACTIONS, actionId ? "plan.action.saved" : "plan.action.added");
}

const edit = allow(mayEditPlan);

export const editingRoutes = new Hono<AppEnv>()
  .get("/", allow(mayReadPlan), (c) => planPage(c))
  .post("/vision", edit, async (c) => {
    const form = await parseForm(c, visionForm);
    if (!form.ok) return planPage(c, form, 422);
    await setVision({ ...scopeOf(c), vision: form.data.vision });
    // An emptied vision is a change too (a version in the history): say what happened.
    return redirectWithFlash(c, "/plan", form.data.vision.trim() ? "plan.vision.saved" : "plan.vision.cleared");
  })
  .post("/goals", edit, async (c) => {
    const form = await parseForm(c, goalForm);
    if (!form.ok) return planPage(c, form, 422);
    const done = await oncePerForm(c, async (db) => {
      const added = await addGoal({ ...scopeOf(c), db, goal: form.data });
      return added.ok ? GOALS : added;
    });
    if (typeof done !== "string")
      return planPage(c, { values: form.values, errors: formErrorsOf(c, done) }, refusalStatus(done));
    return redirectWithFlash(c, done, "plan.goal.added");
  })
  .get("/goals/:goalId", edit, (c) => goalPage(c, pathId(c, "goalId")))
  .post("/goals/:goalId", edit, async (c) => {
    const goalId = pathId(c, "goalId");
    const form = await parseForm(c, goalForm);
    if (!form.ok) return goalPage(c, goalId, form);
    await updateGoal({ ...scopeOf(c), goalId, domain: form.data.domain, title: form.data.title });
    return redirectWithFlash(c, GOALS, "plan.goal.saved");
  })
  .post("/goals/:goalId/delete", edit, async (c) => {
    await removeGoal({ ...scopeOf(c), goalId: pathId(c, "goalId") });
    return redirectWithFlash(c, GOALS, "plan.goal.removed");
  })
  .get("/actions/new", edit, (c) => actionPage(c, null))
  .post("/actions", edit, (c) => saveAction(c, null))
  .get("/actions/:actionId", edit, (c) => actionPage(c, pathId(c, "actionId")))
  .post("/actions/:actionId", edit, (c) => saveAction(c, pathId(c, "actionId")))
  .post("/actions/:actionId/delete", edit, async (c) => {
    await removeAction({ ...scopeOf(c), actionId: pathId(c, "actionId") });
    return redirectWithFlash(c, ACTIONS, "plan.action.removed");
  })
  .post("/publish", edit, async (c) => {
    const form = await parseForm(c, publishForm);
    if (!form.ok) return planPage(c, form, 422);
    const deps = { jobs: c.var.deps.jobs, publicUrl: c.var.deps.config.publicUrl };
    const outcome = await publishPlan({ ...scopeOf(c), tellParents: form.data.tellParents, deps });
    if (!outcome.ok) return planPage(c, { values: {}, errors: formErrorsOf(c, outcome) }, refusalStatus(outcome));
    return redirectWithFlash(c, "/plan", outcome.mailed ? "plan.publish.mailed" : "plan.publish.done");
  });
