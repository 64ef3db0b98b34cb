/**
 * /ideas: parents and staff read the board, post an idea, support it or withdraw, react, and edit
 * their own idea. A refusal (a second support, a hidden idea, someone else's idea) comes back as
 * a message in the viewer's language with nothing changed. Posting an idea or a reaction creates
 * once per form (decision 007); a second support is refused by the supports' primary key.
 */
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../../../web/env.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { inputErrors, refusalStatus } from "../../../web/form-refusal.js";
import { allow } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import type { Refused } from "../../../web/outcome.js";
import { pathId, scopeOf } from "../../../web/route-context.js";
import { oncePerForm } from "../../../web/once-per-form.js";
import { parseForm, type FormErrors } from "../../../web/validation.js";
import { mayUseIdeaBoard } from "../policy.js";
import { ideaForm, reactionForm } from "../schemas.js";
import { editIdea, ideaToEdit, postIdea } from "../service/ideas.js";
import { reactToIdea } from "../service/reactions.js";
import { supportIdea, withdrawSupport } from "../service/support.js";
import { EditPage } from "../views/edit-page.js";
import { ideaPath } from "../views/idea-card.js";
import type { IdeaFormState } from "../views/idea-fields.js";
import { boardBase, boardPage, emptyIdeaState, ideaPage } from "./pages.js";

const backForm = z.object({ back: z.enum(["board", "idea"]).catch("idea") });

/** Where a support button leads back to: the card on the board, or the idea's page. */
async function backTo(c: Context<AppEnv>, ideaId: string): Promise<string> {
  const form = await parseForm(c, backForm);
  return form.ok && form.data.back === "board" ? `/ideas#idea-${ideaId}` : ideaPath(ideaId);
}

/** A refused support or reaction: the board (the idea may no longer be shown) with the reason. */
function refusedOnBoard(c: Context<AppEnv>, refused: Refused) {
  return boardPage(c, { problem: c.var.t(refused.key), status: refusalStatus(refused) });
}

/** The edit form: as the author wrote the idea, or as posted with its errors. */
async function editPage(c: Context<AppEnv>, ideaId: string, posted?: IdeaFormState) {
  const found = await ideaToEdit({ ...scopeOf(c), ideaId });
  if (!found.ok) return refusedOnBoard(c, found);
  const form = posted ?? { values: { ...found.idea }, errors: {} };
  const page = <EditPage {...boardBase(c)} ideaId={ideaId} form={form} groups={found.groups} />;
  return renderPage(c, { title: c.var.t("ideas.edit.title"), children: page }, posted ? 422 : 200);
}

/** A command that may refuse (an outcome) or find bad input deep down (an InputError beside its field). */
async function run<T>(c: Context<AppEnv>, call: () => Promise<T>): Promise<{ errors: FormErrors } | { outcome: T }> {
  try {
    return { outcome: await call() };
  } catch (error) {
    return { errors: inputErrors(c, error) };
  }
}

export const boardRoutes = new Hono<AppEnv>()
  .use("*", allow(mayUseIdeaBoard))
  .get("/", (c) => boardPage(c))
  .post("/", async (c) => {
    const form = await parseForm(c, ideaForm);
    if (!form.ok) return boardPage(c, { form, status: 422 });
    const posted = await run(c, () =>
      oncePerForm(c, async (db) => ideaPath((await postIdea({ ...scopeOf(c), db, input: form.data })).id)),
    );
    if ("errors" in posted) return boardPage(c, { form: { values: form.values, errors: posted.errors }, status: 422 });
    return redirectWithFlash(c, posted.outcome, "ideas.posted");
  })
  .get("/:ideaId", (c) => ideaPage(c, pathId(c, "ideaId")))
  .post("/:ideaId/support", async (c) => {
    const ideaId = pathId(c, "ideaId");
    const outcome = await supportIdea({ ...scopeOf(c), ideaId });
    if (!outcome.ok) return refusedOnBoard(c, outcome);
    return redirectWithFlash(c, await backTo(c, ideaId), "ideas.supported");
  })
  .post("/:ideaId/withdraw", async (c) => {
    const ideaId = pathId(c, "ideaId");
    await withdrawSupport({ ...scopeOf(c), ideaId });
    return redirectWithFlash(c, await backTo(c, ideaId), "ideas.withdrawn");
  })
  .post("/:ideaId/reactions", async (c) => {
    const ideaId = pathId(c, "ideaId");
    const form = await parseForm(c, reactionForm);
    const invalid = (errors: Record<string, string>) =>
      ideaPage(c, ideaId, { ...emptyIdeaState, reaction: { values: form.values, errors } }, 422);
    if (!form.ok) return invalid(form.errors);
    const done = await run(c, () =>
      oncePerForm(c, async (db) => {
        const reacted = await reactToIdea({ ...scopeOf(c), db, ideaId, input: form.data });
        return reacted.ok ? `${ideaPath(ideaId)}#reactions` : reacted;
      }),
    );
    if ("errors" in done) return invalid(done.errors);
    if (typeof done.outcome !== "string") return refusedOnBoard(c, done.outcome);
    return redirectWithFlash(c, done.outcome, "ideas.reacted");
  })
  .get("/:ideaId/edit", (c) => editPage(c, pathId(c, "ideaId")))
  .post("/:ideaId/edit", async (c) => {
    const ideaId = pathId(c, "ideaId");
    const form = await parseForm(c, ideaForm);
    if (!form.ok) return editPage(c, ideaId, form);
    const done = await run(c, () => editIdea({ ...scopeOf(c), ideaId, input: form.data }));
    if ("errors" in done) return editPage(c, ideaId, { values: form.values, errors: done.errors });
    if (!done.outcome.ok) return refusedOnBoard(c, done.outcome);
    return redirectWithFlash(c, ideaPath(ideaId), "ideas.edited");
  });
