/**
 * Volunteer tasks: /network/tasks lists those still to come (staff: all, with the form for a new
 * one; a parent: those asking their children's groups), /network/tasks/:taskId shows one. A
 * parent signs up or cancels; on a full task they join its waiting list; a second sign-up or a
 * started task is refused with a sentence and nothing changed (409). Staff see who is coming and write to them.
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { inputErrors, refusalStatus } from "../../../web/form-refusal.js";
import { allow, viewerOf } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import { inOrg } from "../../../db/org-scope.js";
import { pathId, scopeOf } from "../../../web/route-context.js";
import { parseForm } from "../../../web/validation.js";
import { oncePerForm } from "../../../web/once-per-form.js";
import { currentGroups } from "../../pupils/index.js";
import { isNetworkParent, isNetworkStaff, mayUseNetwork } from "../policy.js";
import { messageForm, taskForm } from "../schemas.js";
import {
  cancelTaskSignup,
  createTask,
  messageVolunteers,
  signUpForTask,
  taskPage,
  taskPath,
  upcomingTasks,
} from "../service/tasks.js";
import { TaskPage } from "../views/task-page.js";
import { TasksPage, type TaskFormState } from "../views/tasks-page.js";

const base = (c: Context<AppEnv>) => ({ t: c.var.t, locale: c.var.locale, csrf: c.var.csrfToken });

const emptyTaskForm: TaskFormState = {
  values: { startsAt: "09:00", endsAt: "12:00", needed: "4" },
  groupIds: [],
  errors: {},
};

async function tasksPage(c: Context<AppEnv>, form: TaskFormState = emptyTaskForm, status: 200 | 422 = 200) {
  const scope = scopeOf(c);
  const asStaff = isNetworkStaff(viewerOf(c));
  const tasks = await upcomingTasks({ ...scope, asStaff });
  const staff = asStaff
    ? {
        groups: (await inOrg(scope, (tx) => currentGroups(tx, scope.orgId))).map((g) => ({ id: g.id, name: g.name })),
        form,
      }
    : null;
  return renderPage(
    c,
    { title: c.var.t("network.tasks.title"), children: <TasksPage {...base(c)} tasks={tasks} staff={staff} /> },
    status,
  );
}

async function onePage(
  c: Context<AppEnv>,
  state: { problem?: string; message?: { value: string; error?: string } } = {},
  status: 200 | 403 | 409 | 422 = 200,
) {
  const asStaff = isNetworkStaff(viewerOf(c));
  const data = await taskPage({ ...scopeOf(c), taskId: pathId(c, "taskId"), asStaff });
  return renderPage(c, { title: data.task.title, children: <TaskPage {...base(c)} data={data} {...state} /> }, status);
}

function groupIdsOf(body: Record<string, unknown>): string[] {
  return [body.groupIds].flat().filter((v): v is string => typeof v === "string");
}

export const taskRoutes = new Hono<AppEnv>()
  .get("/tasks", allow(mayUseNetwork), (c) => tasksPage(c))
  .post("/tasks", allow(isNetworkStaff), async (c) => {
    const form = await parseForm(c, taskForm);
    const groupIds = groupIdsOf(await c.req.parseBody({ all: true }));
    if (!form.ok) return tasksPage(c, { values: form.values, groupIds, errors: form.errors }, 422);
    try {
      const made = await oncePerForm(c, async (db) =>
        taskPath((await createTask({ ...scopeOf(c), db, input: form.data })).taskId),
      );
      return redirectWithFlash(c, made, "network.tasks.created");
    } catch (error) {
      return tasksPage(c, { values: form.values, groupIds, errors: inputErrors(c, error) }, 422);
    }
  })
  .get("/tasks/:taskId", allow(mayUseNetwork), (c) => onePage(c))
  .post("/tasks/:taskId/signup", allow(isNetworkParent), async (c) => {
    const taskId = pathId(c, "taskId");
    const done = await signUpForTask({ ...scopeOf(c), taskId, deps: c.var.deps });
    if (!done.ok) return onePage(c, { problem: c.var.t(done.key) }, refusalStatus(done));
    const flash = done.waitingPosition === null ? "network.task.signedUp" : "network.task.onWaitingList";
    return redirectWithFlash(c, taskPath(taskId), flash);
  })
  .post("/tasks/:taskId/signup/cancel", allow(isNetworkParent), async (c) => {
    const taskId = pathId(c, "taskId");
    const done = await cancelTaskSignup({ ...scopeOf(c), taskId, deps: c.var.deps });
    if (!done.ok) return onePage(c, { problem: c.var.t(done.key) }, refusalStatus(done));
    return redirectWithFlash(
      c,
      taskPath(taskId),
      done.wasWaiting ? "network.task.leftWaiting" : "network.task.cancelled",
    );
  })
  .post("/tasks/:taskId/message", allow(isNetworkStaff), async (c) => {
    const taskId = pathId(c, "taskId");
    const form = await parseForm(c, messageForm);
    if (!form.ok) return onePage(c, { message: { value: form.values.body ?? "", error: form.errors.body } }, 422);
    const deps = { jobs: c.var.deps.jobs, publicUrl: c.var.deps.config.publicUrl };
    const sent = await messageVolunteers({ ...scopeOf(c), taskId, deps, body: form.data.body });
    if (!sent.ok)
      return onePage(c, { message: { value: form.data.body, error: c.var.t(sent.key) } }, refusalStatus(sent));
    return redirectWithFlash(c, taskPath(taskId), "network.task.messageSent");
  });
