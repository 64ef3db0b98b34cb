/**
 * /ideas/:ideaId/{status,hide,unhide,keep,merge}: the school leader and coordinator moderate;
 * /ideas/:ideaId/report: anyone on the board reports. Each route carries the guard itself: a
 * sub-app's `use("*")` would also guard the board's pages.
 */
import { Hono, type Context } from "hono";
import { contentModerationRoutes } from "../../../moderation/index.js";
import type { AppEnv } from "../../../web/env.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { formErrorsOf, refusalStatus } from "../../../web/form-refusal.js";
import { allow } from "../../../web/guards.js";
import { pathId, scopeOf } from "../../../web/route-context.js";
import { parseForm, type FormErrors, type FormValues } from "../../../web/validation.js";
import { mayModerateIdeas, mayUseIdeaBoard } from "../policy.js";
import { hideForm, mergeForm, statusForm } from "../schemas.js";
import { hideIdea, keepIdea, mergeIdea, reportIdea, setIdeaStatus, unhideIdea } from "../service/moderation.js";
import { ideaPath } from "../views/idea-card.js";
import { emptyIdeaState, ideaPage } from "./pages.js";

const moderators = allow(mayModerateIdeas);

function invalid(
  c: Context<AppEnv>,
  ideaId: string,
  values: FormValues,
  errors: FormErrors,
  status: 403 | 409 | 422 = 422,
) {
  return ideaPage(c, ideaId, { ...emptyIdeaState, moderation: { values, errors } }, status);
}

export const moderationRoutes = new Hono<AppEnv>()
  .post("/:ideaId/status", moderators, async (c) => {
    const ideaId = pathId(c, "ideaId");
    const form = await parseForm(c, statusForm);
    if (!form.ok) return invalid(c, ideaId, form.values, form.errors);
    await setIdeaStatus({ ...scopeOf(c), ideaId, ...form.data });
    return redirectWithFlash(c, ideaPath(ideaId), "ideas.statusSaved");
  })
  .route(
    "/",
    contentModerationRoutes({
      path: "/:ideaId",
      scope: (c) => ({ ...scopeOf(c), ideaId: pathId(c, "ideaId") }),
      commands: { report: reportIdea, hide: hideIdea, restore: unhideIdea, keep: keepIdea },
      guards: { report: allow(mayUseIdeaBoard), moderate: moderators },
      hideForm,
      again: (c, scope, form, status) => {
        const state = form.name === "hide" ? { moderation: form } : { report: form };
        return ideaPage(c, scope.ideaId, { ...emptyIdeaState, ...state }, status);
      },
      contentPath: (scope) => ideaPath(scope.ideaId),
      queuePath: "/ideas",
      flash: { hidden: "ideas.hidden", restored: "ideas.unhidden" },
      restore: "unhide",
    }),
  )
  .post("/:ideaId/merge", moderators, async (c) => {
    const ideaId = pathId(c, "ideaId");
    const form = await parseForm(c, mergeForm);
    if (!form.ok) return invalid(c, ideaId, form.values, form.errors);
    const outcome = await mergeIdea({ ...scopeOf(c), ideaId, into: form.data.into });
    if (!outcome.ok) return invalid(c, ideaId, form.values, formErrorsOf(c, outcome), refusalStatus(outcome));
    return redirectWithFlash(c, ideaPath(form.data.into), "ideas.merged");
  });
