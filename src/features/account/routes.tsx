/** The viewer's own account: name, language, password, and the language switch for everyone. */
import { eq } from "drizzle-orm";
import { Hono } from "hono";
import { setCookie } from "hono/cookie";
import { z } from "zod";
import type { AppEnv } from "../../web/env.js";
import { users } from "../../db/schema/index.js";
import { renderPage } from "../../web/layout.js";
import { requireViewer, viewerOf } from "../../web/guards.js";
import { parseForm } from "../../web/validation.js";
import { redirectWithFlash } from "../../web/flash.js";
import { isStaff } from "../../auth/viewer.js";
import { ForbiddenError } from "../../web/errors.js";
import { personalExport } from "./personal-data.js";
import { AccountPage, SignInAgainPage } from "./views.js";
import { setPassword, signedInRecently, RECENT_SIGN_IN_MINUTES } from "./password.js";
import { accountDeletedRoutes, accountDeletionRoutes } from "./deletion-routes.js";
import { localPath } from "../../web/local-path.js";
import { LANGUAGE_COOKIE } from "../../web/i18n/index.js";

const detailsSchema = z.object({
  name: z.string().trim().min(1, "error.required").max(200, "error.tooLong"),
  locale: z.enum(["", "nl", "en"]),
});
const passwordSchema = z.object({
  password: z.string().min(12, "account.password.tooShort").max(1000, "error.tooLong"),
});

export const accountRoutes = new Hono<AppEnv>()
  .post("/language", async (c) => {
    const form = await parseForm(c, z.object({ locale: z.enum(["nl", "en"]), back: z.string().max(500).optional() }));
    if (!form.ok) return c.redirect("/", 303);
    setCookie(c, LANGUAGE_COOKIE, form.data.locale, { path: "/", sameSite: "Lax", httpOnly: true, maxAge: 31_536_000 });
    const viewer = c.var.viewer;
    if (viewer) await c.var.deps.db.update(users).set({ locale: form.data.locale }).where(eq(users.id, viewer.userId));
    return c.redirect(localPath(form.data.back) ?? "/", 303);
  })
  .route("/", accountDeletedRoutes)
  .use("/account", requireViewer)
  .use("/account/*", requireViewer)
  .route("/", accountDeletionRoutes)
  .get("/account", (c) => {
    const viewer = viewerOf(c);
    const values = { name: viewer.name, locale: viewer.locale ?? "" };
    return renderPage(c, {
      title: c.var.t("account.title"),
      children: (
        <AccountPage t={c.var.t} locale={c.var.locale} viewer={viewer} csrf={c.var.csrfToken} values={values} />
      ),
    });
  })
  .post("/account", async (c) => {
    const viewer = viewerOf(c);
    const form = await parseForm(c, detailsSchema);
    if (!form.ok) {
      const page = (
        <AccountPage
          t={c.var.t}
          locale={c.var.locale}
          viewer={viewer}
          csrf={c.var.csrfToken}
          values={form.values}
          errors={form.errors}
        />
      );
      return renderPage(c, { title: c.var.t("account.title"), children: page }, 422);
    }
    await c.var.deps.db
      .update(users)
      .set({ name: form.data.name, locale: form.data.locale || null })
      .where(eq(users.id, viewer.userId));
    return redirectWithFlash(c, "/account", "account.saved");
  })
  .get("/account/export.json", async (c) => {
    const data = await personalExport(c.var.deps.db, viewerOf(c), c.var.t);
    c.header("content-disposition", 'attachment; filename="samen-mijn-gegevens.json"');
    c.header("cache-control", "no-store");
    return c.json(data);
  })
  .post("/account/password", async (c) => {
    const viewer = viewerOf(c);
    if (!isStaff(viewer) && !viewer.isPlatformAdmin) throw new ForbiddenError("password is for staff");
    const form = await parseForm(c, passwordSchema);
    if (!form.ok) {
      const values = { name: viewer.name, locale: viewer.locale ?? "" };
      const page = (
        <AccountPage
          t={c.var.t}
          locale={c.var.locale}
          viewer={viewer}
          csrf={c.var.csrfToken}
          values={values}
          errors={form.errors}
        />
      );
      return renderPage(c, { title: c.var.t("account.title"), children: page }, 422);
    }
    if (!(await signedInRecently(c.var.deps, viewer))) {
      const page = <SignInAgainPage t={c.var.t} minutes={RECENT_SIGN_IN_MINUTES} back="/account" />;
      return renderPage(c, { title: c.var.t("account.password.signInAgain.title"), children: page }, 403);
    }
    await setPassword(c.var.deps, viewer, { password: form.data.password, locale: c.var.locale });
    return redirectWithFlash(c, "/account", "account.password.saved");
  });
