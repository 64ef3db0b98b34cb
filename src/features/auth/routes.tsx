/** Sign in with an e-mailed link (or a password for staff), and sign out. */
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../../web/env.js";
import { renderPage } from "../../web/layout.js";
import { parseForm } from "../../web/validation.js";
import { clientIp } from "../../web/client-ip.js";
import { endSession, startSession } from "../../web/session-cookie.js";
import { destroyAllSessions } from "../../auth/sessions.js";
import { redirectWithFlash } from "../../web/flash.js";
import { rememberReturnPath, takeReturnPath } from "../../web/return-path.js";
import { requestSignInLink, signInWithLink, signInWithPassword } from "./service.js";
import { ConfirmLink, InvalidLink, LinkSent, PasswordForm, SignInForm } from "./views.js";

const emailSchema = z.object({
  email: z.string().trim().min(1, "error.required").max(254, "error.tooLong").email("error.email"),
});
const passwordSchema = emailSchema.extend({ password: z.string().min(1, "error.required").max(1000, "error.tooLong") });
const tokenSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });

/** Where a new sign-in goes: back to the page that asked for it, or first to the second step (via /home). */
async function signedInTo(c: Context<AppEnv>, userId: string): Promise<string> {
  return (await startSession(c, userId)) ? takeReturnPath(c) : "/home";
}

export const authRoutes = new Hono<AppEnv>()
  .get("/sign-in", (c) => {
    rememberReturnPath(c);
    return renderPage(c, {
      title: c.var.t("signIn.title"),
      children: <SignInForm t={c.var.t} csrf={c.var.csrfToken} />,
    });
  })
  .post("/sign-in", async (c) => {
    const { t, csrfToken } = c.var;
    const form = await parseForm(c, emailSchema);
    if (!form.ok) {
      const page = <SignInForm t={t} csrf={csrfToken} values={form.values} errors={form.errors} />;
      return renderPage(c, { title: t("signIn.title"), children: page }, 422);
    }
    await requestSignInLink(c.var.deps, { email: form.data.email, ip: clientIp(c), locale: c.var.locale });
    return renderPage(c, { title: t("signIn.sent.title"), children: <LinkSent t={t} email={form.data.email} /> });
  })
  // Opening the link only shows a button: mail scanners open links, and a GET never signs in.
  .get("/sign-in/link", (c) => {
    const { t } = c.var;
    const parsed = tokenSchema.safeParse({ token: c.req.query("token") });
    if (!parsed.success)
      return renderPage(c, { title: t("signIn.link.invalid.title"), children: <InvalidLink t={t} /> }, 400);
    const page = <ConfirmLink t={t} csrf={c.var.csrfToken} token={parsed.data.token} />;
    return renderPage(c, { title: t("signIn.link.title"), children: page });
  })
  .post("/sign-in/link", async (c) => {
    const { t } = c.var;
    const form = await parseForm(c, tokenSchema);
    const userId = form.ok ? await signInWithLink(c.var.deps, form.data.token) : null;
    if (!userId) return renderPage(c, { title: t("signIn.link.invalid.title"), children: <InvalidLink t={t} /> }, 400);
    return c.redirect(await signedInTo(c, userId), 303);
  })
  .get("/sign-in/password", (c) =>
    renderPage(c, {
      title: c.var.t("signIn.password.title"),
      children: <PasswordForm t={c.var.t} csrf={c.var.csrfToken} />,
    }),
  )
  .post("/sign-in/password", async (c) => {
    const { t, csrfToken } = c.var;
    const form = await parseForm(c, passwordSchema);
    const userId = form.ok ? await signInWithPassword(c.var.deps, { ...form.data, ip: clientIp(c) }) : null;
    if (!form.ok || !userId) {
      const errors = form.ok ? { password: t("signIn.password.wrong") } : form.errors;
      const page = <PasswordForm t={t} csrf={csrfToken} values={{ email: form.values.email ?? "" }} errors={errors} />;
      return renderPage(c, { title: t("signIn.password.title"), children: page }, 422);
    }
    return c.redirect(await signedInTo(c, userId), 303);
  })
  .post("/sign-out", async (c) => {
    await endSession(c);
    return redirectWithFlash(c, "/", "signOut.done");
  })
  .post("/sign-out/everywhere", async (c) => {
    if (c.var.viewer) await destroyAllSessions(c.var.deps.db, c.var.viewer.userId);
    await endSession(c);
    return redirectWithFlash(c, "/", "signOut.done");
  });
