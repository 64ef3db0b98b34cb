/**
 * /sign-in/second-factor: after the link or password, a person with an
 * authenticator app or a passkey gives it here. On success the session is
 * replaced by a new one (new id) that counts as fully signed in. Someone who
 * lost both gives a recovery code instead.
 */
import { Hono, type Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../../web/env.js";
import { renderPage } from "../../web/layout.js";
import { viewerOf } from "../../web/guards.js";
import { parseForm, type FormErrors } from "../../web/validation.js";
import { startSession } from "../../web/session-cookie.js";
import { secondFactorState } from "../../auth/viewer.js";
import { factorsOf } from "./factors.js";
import { authenticationSchema, codeSchema, recoveryCodeSchema } from "./schema.js";
import { useRecoveryCode } from "./recovery-codes.js";
import { redirectWithFlash } from "../../web/flash.js";
import { takeReturnPath } from "../../web/return-path.js";
import { checkTotpCode } from "./totp-service.js";
import { signInOptions, verifyPasskeySignIn } from "./webauthn.js";
import { SecondFactorPage } from "./views/second-factor-page.js";

/** Only a person half-way through signing in belongs here. */
const requireSecondStep = createMiddleware<AppEnv>(async (c, next) => {
  const viewer = c.var.viewer;
  if (!viewer) return c.redirect("/sign-in", 303);
  if (secondFactorState(viewer) !== "verify") return c.redirect("/home", 303);
  await next();
});

async function showPage(c: Context<AppEnv>, errors: FormErrors = {}) {
  const factors = await factorsOf(c.var.deps.db, viewerOf(c).userId);
  const page = (
    <SecondFactorPage
      t={c.var.t}
      csrf={c.var.csrfToken}
      hasTotp={factors.totp}
      hasPasskey={factors.passkeys.length > 0}
      errors={errors}
    />
  );
  const status = Object.keys(errors).length ? 422 : 200;
  return renderPage(c, { title: c.var.t("secondFactor.title"), children: page, scripts: ["passkeys"] }, status);
}

export const secondFactorRoutes = new Hono<AppEnv>()
  .use("/sign-in/second-factor", requireSecondStep)
  .use("/sign-in/second-factor/*", requireSecondStep)
  .get("/sign-in/second-factor", (c) => showPage(c))
  .post("/sign-in/second-factor", async (c) => {
    const viewer = viewerOf(c);
    const form = await parseForm(c, codeSchema);
    if (!form.ok) return showPage(c, form.errors);
    const check = await checkTotpCode(c.var.deps, { userId: viewer.userId, code: form.data.code });
    if (check !== "ok")
      return showPage(c, { code: c.var.t(check === "reused" ? "twoFactor.code.reused" : "twoFactor.code.wrong") });
    await startSession(c, viewer.userId, { secondFactorGiven: true });
    return c.redirect(takeReturnPath(c), 303);
  })
  .post("/sign-in/second-factor/passkey/options", async (c) => {
    return c.json(await signInOptions(c.var.deps, viewerOf(c)));
  })
  .post("/sign-in/second-factor/passkey", async (c) => {
    const viewer = viewerOf(c);
    const body = authenticationSchema.safeParse(await c.req.json().catch(() => null));
    const verified =
      body.success && (await verifyPasskeySignIn(c.var.deps, { ...viewer, response: body.data.response }));
    if (!verified) return c.json({ error: c.var.t("secondFactor.passkey.failed") }, 422);
    await startSession(c, viewer.userId, { secondFactorGiven: true });
    return c.json({ redirect: takeReturnPath(c) });
  })
  .post("/sign-in/second-factor/recovery", async (c) => {
    const viewer = viewerOf(c);
    const form = await parseForm(c, recoveryCodeSchema);
    if (!form.ok) return showPage(c, form.errors);
    const options = { userId: viewer.userId, code: form.data.recoveryCode, secretKey: c.var.deps.config.SECRET_KEY };
    if (!(await useRecoveryCode(c.var.deps.db, options)))
      return showPage(c, { recoveryCode: c.var.t("secondFactor.recovery.wrong") });
    await startSession(c, viewer.userId, { secondFactorGiven: true });
    return redirectWithFlash(c, "/account/two-factor", "secondFactor.recovery.used");
  });
