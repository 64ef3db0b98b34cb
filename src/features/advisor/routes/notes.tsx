/**
 * The advisor's notes about the organisation they work in now, at /advisor/notes: only an advisor
 * of that organisation (isAdvisor); each note is theirs alone until they share it.
 */
import { Hono, type Context } from "hono";
import { isAdvisor } from "../../../auth/viewer.js";
import type { AppEnv } from "../../../web/env.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { formErrorsOf, refusalStatus } from "../../../web/form-refusal.js";
import { allow, viewerOf } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import { oncePerForm } from "../../../web/once-per-form.js";
import { pathId, scopeOf } from "../../../web/route-context.js";
import { emptyForm, parseForm, type FormState } from "../../../web/validation.js";
import { noteForm, sharingForm } from "../schemas.js";
import { addNote, deleteNote, myNotes, setNoteShared } from "../service/notes.js";
import { NotesPageView } from "../views/notes.js";

export const NOTES = "/advisor/notes";

async function page(c: Context<AppEnv>, form: FormState, status: 200 | 403 | 409 | 422 = 200) {
  const data = await myNotes(scopeOf(c));
  const orgName = viewerOf(c).current?.orgName ?? "";
  const props = { t: c.var.t, locale: c.var.locale, csrf: c.var.csrfToken, orgName, data, ...form };
  return renderPage(
    c,
    { title: c.var.t("advisor.notes.title", { org: orgName }), children: <NotesPageView {...props} /> },
    status,
  );
}

export const noteRoutes = new Hono<AppEnv>()
  .get("/", allow(isAdvisor), (c) => page(c, emptyForm))
  .post("/", allow(isAdvisor), async (c) => {
    const form = await parseForm(c, noteForm);
    if (!form.ok) return page(c, form, 422);
    const done = await oncePerForm(c, async (db) => {
      const added = await addNote({ ...scopeOf(c), db, input: form.data });
      return added.ok ? NOTES : added;
    });
    if (typeof done !== "string")
      return page(c, { values: form.values, errors: formErrorsOf(c, done) }, refusalStatus(done));
    return redirectWithFlash(c, done, form.data.shared ? "advisor.notes.savedShared" : "advisor.notes.saved");
  })
  .post("/:noteId/sharing", allow(isAdvisor), async (c) => {
    const form = await parseForm(c, sharingForm);
    const shared = form.ok && form.data.shared;
    await setNoteShared({ ...scopeOf(c), noteId: pathId(c, "noteId"), shared });
    return redirectWithFlash(c, NOTES, shared ? "advisor.notes.sharedNow" : "advisor.notes.unshared");
  })
  .post("/:noteId/delete", allow(isAdvisor), async (c) => {
    await deleteNote({ ...scopeOf(c), noteId: pathId(c, "noteId") });
    return redirectWithFlash(c, NOTES, "advisor.notes.deleted");
  });
