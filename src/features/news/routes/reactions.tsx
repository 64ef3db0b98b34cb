/**
 * /news/:postId/reactions…: a parent reacts (refused while reactions are off), staff answer, anyone
 * who sees a reaction but its writer reports it, the managers hide it with a reason, restore it or
 * keep it. Each route carries its guard.
 */
import { Hono, type Context } from "hono";
import { contentModerationRoutes } from "../../../moderation/index.js";
import type { AppEnv } from "../../../web/env.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { formErrorsOf, refusalStatus } from "../../../web/form-refusal.js";
import { allow, viewerOf } from "../../../web/guards.js";
import { oncePerForm } from "../../../web/once-per-form.js";
import { pathId, scopeOf } from "../../../web/route-context.js";
import { parseForm } from "../../../web/validation.js";
import { mayManageNews, mayPostNews, mayReactToNews, mayReadNews, readsAsStaff } from "../policy.js";
import { answerForm, reactionForm, reasonForm } from "../schemas.js";
import {
  answerReaction,
  hideReaction,
  keepReaction,
  reactToPost,
  reportReaction,
  restoreReaction,
} from "../service/reactions.js";
import { postPath } from "../views/props.js";
import { mailDeps } from "./context.js";
import { postPage } from "./pages.js";

const ids = (c: Context<AppEnv>) => ({
  ...scopeOf(c),
  postId: pathId(c, "postId"),
  reactionId: pathId(c, "reactionId"),
  staff: readsAsStaff(viewerOf(c)),
});
const toReaction = (postId: string, reactionId: string) => `${postPath(postId)}#reaction-${reactionId}`;

export const reactionRoutes = new Hono<AppEnv>()
  .post("/:postId/reactions", allow(mayReactToNews), async (c) => {
    const postId = pathId(c, "postId");
    const form = await parseForm(c, reactionForm);
    if (!form.ok) return postPage(c, postId, { state: { form: "react", ...form } }, 422);
    const done = await oncePerForm(c, async (db) => {
      const reacted = await reactToPost({ ...scopeOf(c), db, postId, ...form.data });
      return reacted.ok ? `${postPath(postId)}#reactions-title` : reacted;
    });
    if (typeof done !== "string") {
      const state = { form: "react", values: form.values, errors: formErrorsOf(c, done) };
      return postPage(c, postId, { state, problem: c.var.t(done.key) }, refusalStatus(done));
    }
    return redirectWithFlash(c, done, "news.reacted");
  })
  .post("/:postId/reactions/:reactionId/answer", allow(mayPostNews), async (c) => {
    const scope = ids(c);
    const form = await parseForm(c, answerForm);
    if (!form.ok) return postPage(c, scope.postId, { state: { form: `answer:${scope.reactionId}`, ...form } }, 422);
    await answerReaction({ ...scope, answer: form.data.answer, deps: mailDeps(c) });
    return redirectWithFlash(c, toReaction(scope.postId, scope.reactionId), "news.answeredFlash");
  })
  .route(
    "/",
    contentModerationRoutes({
      path: "/:postId/reactions/:reactionId",
      scope: ids,
      commands: { report: reportReaction, hide: hideReaction, restore: restoreReaction, keep: keepReaction },
      guards: { report: allow(mayReadNews), moderate: allow(mayManageNews) },
      hideForm: reasonForm,
      again: (c, scope, { name, ...form }, status) =>
        postPage(c, scope.postId, { state: { form: `${name}:${scope.reactionId}`, ...form } }, status),
      contentPath: (scope) => toReaction(scope.postId, scope.reactionId),
      queuePath: "/news",
      flash: { hidden: "news.hiddenFlash", restored: "news.restoredFlash" },
    }),
  );
