/**
 * /ideas/:ideaId/{status,hide,unhide,keep,merge}: the school leader and coordinator moderate. Each
 * route carries the guard itself: a sub-app's `use("*")` would also guard the board's pages.
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { formErrorsOf, refusalStatus } from "../../../web/form-refusal.js";
import { allow } from "../../../web/guards.js";
import { pathId, scopeOf } from "../../../web/route-context.js";
import { parseForm, type FormErrors, type FormValues } from "../../../web/validation.js";
import { mayModerateIdeas } from "../policy.js";
import { hideForm, mergeForm, statusForm } from "../schemas.js";
import { hideIdea, keepIdea, mergeIdea, setIdeaStatus, unhideIdea } from "../service/moderation.js";
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
  .post("/:ideaId/hide", moderators, async (c) => {
    const ideaId = pathId(c, "ideaId");
    const form = await parseForm(c, hideForm);
    if (!form.ok) return invalid(c, ideaId, form.values, form.errors);
    await hideIdea({ ...scopeOf(c), ideaId, reason: form.data.reason });
    return redirectWithFlash(c, ideaPath(ideaId), "ideas.hidden");
  })
  .post("/:ideaId/unhide", moderators, async (c) => {
    const ideaId = pathId(c, "ideaId");
    await unhideIdea({ ...scopeOf(c), ideaId });
    return redirectWithFlash(c, ideaPath(ideaId), "ideas.unhidden");
  })
  .post("/:ideaId/keep", moderators, async (c) => {
    await keepIdea({ ...scopeOf(c), ideaId: pathId(c, "ideaId") });
    return redirectWithFlash(c, "/ideas", "moderation.kept");
  })
  .post("/:ideaId/merge", moderators, async (c) => {
    const ideaId = pathId(c, "ideaId");
    const form = await parseForm(c, mergeForm);
    if (!form.ok) return invalid(c, ideaId, form.values, form.errors);
    const outcome = await mergeIdea({ ...scopeOf(c), ideaId, into: form.data.into });
    if (!outcome.ok) return invalid(c, ideaId, form.values, formErrorsOf(c, outcome), refusalStatus(outcome));
    return redirectWithFlash(c, ideaPath(form.data.into), "ideas.merged");
  });
