/**
 * /account/delete: what deleting one's account does, confirmed by typing one's e-mail address (a
 * plain form, CSRF-protected like every other) within minutes of signing in; then /account-deleted, outside the signed-in
 * pages, since the person no longer has a session.
 */
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../../web/env.js";
import type { Viewer } from "../../auth/viewer.js";
import { renderPage } from "../../web/layout.js";
import { viewerOf } from "../../web/guards.js";
import { parseForm, type FormErrors } from "../../web/validation.js";
import { endSession } from "../../web/session-cookie.js";
import { deleteOwnAccount, deletionRefusal, type DeletionRefusal } from "./deletion.js";
import { AccountDeletedPage, DeleteAccountPage } from "./deletion-views.js";
import { RECENT_SIGN_IN_MINUTES, signedInRecently } from "./password.js";

const confirmSchema = z.object({ email: z.string().trim().min(1, "error.required").max(254, "error.tooLong") });

/**
 * Like setting a password, deleting needs a recent sign-in, so a session someone took over cannot
 * do it. For a person with a second factor that sign-in includes it: the second step starts the
 * session, and a session without it never passes requireViewer.
 */
async function signInAgainMinutes(c: Context<AppEnv>): Promise<number | undefined> {
  return (await signedInRecently(c.var.deps, viewerOf(c))) ? undefined : RECENT_SIGN_IN_MINUTES;
}

/** A teacher or mentor in any of their organisations: the page says what becomes of their conversation times. */
const teachesAnywhere = (viewer: Viewer) =>
  viewer.organisations.some((org) => org.staffRoles.some((role) => role === "teacher" || role === "mentor"));

async function showPage(
  c: Context<AppEnv>,
  refusal: DeletionRefusal | null,
  errors: FormErrors = {},
  status: 200 | 403 | 422 = 200,
) {
  const page = (
    <DeleteAccountPage
      t={c.var.t}
      csrf={c.var.csrfToken}
      refusal={refusal}
      teaches={teachesAnywhere(viewerOf(c))}
      signInAgain={await signInAgainMinutes(c)}
      errors={errors}
    />
  );
  return renderPage(c, { title: c.var.t("account.delete.title"), children: page }, status);
}

/** Mounted behind the account routes' requireViewer, except /account-deleted. */
export const accountDeletionRoutes = new Hono<AppEnv>()
  .get("/account/delete", async (c) => showPage(c, await deletionRefusal(c.var.deps.db, viewerOf(c).userId)))
  .post("/account/delete", async (c) => {
    const viewer = viewerOf(c);
    const form = await parseForm(c, confirmSchema);
    const refusal = await deletionRefusal(c.var.deps.db, viewer.userId);
    if (await signInAgainMinutes(c)) return showPage(c, refusal, {}, 403);
    if (!form.ok) return showPage(c, refusal, form.errors, 422);
    if (form.data.email.toLowerCase() !== viewer.email.toLowerCase())
      return showPage(c, refusal, { email: c.var.t("account.delete.email.wrong") }, 422);
    const refused = await deleteOwnAccount(c.var.deps, viewer.userId);
    if (refused) return showPage(c, refused, {}, 422);
    await endSession(c);
    return c.redirect("/account-deleted", 303);
  });

export const accountDeletedRoutes = new Hono<AppEnv>().get("/account-deleted", (c) =>
  renderPage(c, { title: c.var.t("account.deleted.title"), children: <AccountDeletedPage t={c.var.t} /> }),
);
