/**
 * /news/suggestions: a parent suggests an item for the newsletter and reads what became of their
 * suggestions; the managers accept one (a draft post made from it, opened for editing) or decline
 * it with a reason.
 */
import { Hono, type Context } from "hono";
import { isGuardianHere } from "../../../auth/viewer.js";
import type { AppEnv } from "../../../web/env.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { refusalStatus } from "../../../web/form-refusal.js";
import { allow, viewerOf } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import { oncePerForm } from "../../../web/once-per-form.js";
import { pageProps, pathId, scopeOf } from "../../../web/route-context.js";
import { parseForm, type FormErrors, type FormValues } from "../../../web/validation.js";
import { mayManageNews, mayReactToNews, mayReadNews } from "../policy.js";
import { reasonForm, suggestionForm } from "../schemas.js";
import { acceptSuggestion, declineSuggestion, suggestItem, suggestionsFor } from "../service/suggestions.js";
import { SuggestionsPage } from "../views/other-pages.js";
import { postPath } from "../views/props.js";
import { mailDeps } from "./context.js";
import { Problem } from "../../../web/components/problem.js";

async function suggestionsPage(
  c: Context<AppEnv>,
  form: { values: FormValues; errors: FormErrors; declining?: string; problem?: string } = { values: {}, errors: {} },
  status: 200 | 403 | 409 | 422 = 200,
) {
  const viewer = viewerOf(c);
  const manager = mayManageNews(viewer);
  const suggestions = await suggestionsFor({ ...scopeOf(c), manager });
  const page = (
    <>
      <Problem message={form.problem} />
      <SuggestionsPage
        {...pageProps(c)}
        manager={manager}
        parent={mayReactToNews(viewer) && isGuardianHere(viewer)}
        suggestions={suggestions}
        values={form.values}
        errors={form.errors}
        declining={form.declining}
      />
    </>
  );
  return renderPage(c, { title: c.var.t("news.suggestions.title"), children: page }, status);
}

export const suggestionRoutes = new Hono<AppEnv>()
  .get("/suggestions", allow(mayReadNews), (c) => suggestionsPage(c))
  .post("/suggestions", allow(mayReactToNews), async (c) => {
    const form = await parseForm(c, suggestionForm);
    if (!form.ok) return suggestionsPage(c, form, 422);
    const done = await oncePerForm(c, async (db) => {
      const id = await suggestItem({ ...scopeOf(c), db, ...form.data });
      return `/news/suggestions#suggestion-${id}`;
    });
    return redirectWithFlash(c, done, "news.suggested");
  })
  .post("/suggestions/:suggestionId/accept", allow(mayManageNews), async (c) => {
    const suggestionId = pathId(c, "suggestionId");
    const accepted = await acceptSuggestion({ ...scopeOf(c), suggestionId, deps: mailDeps(c) });
    if (!accepted.ok)
      return suggestionsPage(c, { values: {}, errors: {}, problem: c.var.t(accepted.key) }, refusalStatus(accepted));
    return redirectWithFlash(c, `${postPath(accepted.postId)}/edit`, "news.suggestion.acceptedFlash");
  })
  .post("/suggestions/:suggestionId/decline", allow(mayManageNews), async (c) => {
    const suggestionId = pathId(c, "suggestionId");
    const form = await parseForm(c, reasonForm);
    if (!form.ok) return suggestionsPage(c, { ...form, declining: suggestionId }, 422);
    const declined = await declineSuggestion({
      ...scopeOf(c),
      suggestionId,
      reason: form.data.reason,
      deps: mailDeps(c),
    });
    if (!declined.ok)
      return suggestionsPage(c, { values: {}, errors: {}, problem: c.var.t(declined.key) }, refusalStatus(declined));
    return redirectWithFlash(c, "/news/suggestions", "news.suggestion.declinedFlash");
  });
