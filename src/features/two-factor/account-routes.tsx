/**
 * /account/two-factor: set up or turn off the authenticator app, add or remove
 * passkeys, make recovery codes; and a school leader's reset of a staff member's. Reachable while an organisation forces enrolment (requireViewer lets
 * /account through), never before the second step of a sign-in.
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../web/env.js";
import { renderPage } from "../../web/layout.js";
import { allow, currentOrgId, viewerOf } from "../../web/guards.js";
import { isId, pageProps } from "../../web/route-context.js";
import { parseForm, type FormErrors } from "../../web/validation.js";
import { redirectWithFlash, setFlash } from "../../web/flash.js";
import { NotFoundError } from "../../web/errors.js";
import { canManageOrganisation, secondFactorState, type Viewer } from "../../auth/viewer.js";
import { appState, factorsOf } from "./factors.js";
import { removePasskey } from "./passkeys.js";
import { mayUseSecondFactor, organisationsRequiring } from "./policy.js";
import { codeSchema, registrationSchema } from "./schema.js";
import { confirmTotpSetup, disableTotp, type CodeCheck } from "./totp-service.js";
import { registerPasskey, registrationOptions } from "./webauthn.js";
import { TwoFactorPage } from "./views/two-factor-page.js";
import { makeCodesIfNone, makeFreshCodes, takeFreshCodes } from "./fresh-codes.js";
import { unusedRecoveryCodes } from "./recovery-codes.js";
import { mayResetSecondFactor, resetSecondFactor } from "./reset.js";
import { destroyOtherSessions } from "../../auth/sessions.js";

const codeMessages = {
  wrong: "twoFactor.code.wrong",
  reused: "twoFactor.code.reused",
  expired: "twoFactor.code.expired",
} as const;

async function showPage(c: Context<AppEnv>, errors: FormErrors = {}) {
  const viewer = viewerOf(c);
  const factors = await factorsOf(c.var.deps.db, viewer.userId);
  const app = await appState(c.var.deps, { active: factors.totp, ...viewer });
  const hasFactor = factors.totp || factors.passkeys.length > 0;
  const recovery = hasFactor
    ? {
        fresh: await takeFreshCodes(c.var.deps, viewer.sessionHash),
        unused: await unusedRecoveryCodes(c.var.deps.db, viewer.userId),
      }
    : null;
  const page = (
    <TwoFactorPage
      {...pageProps(c)}
      requiredBy={secondFactorState(viewer) === "enrol" ? organisationsRequiring(viewer) : []}
      app={app}
      passkeys={factors.passkeys}
      recovery={recovery}
      errors={errors}
    />
  );
  return renderPage(
    c,
    { title: c.var.t("twoFactor.title"), children: page, scripts: ["passkeys"] },
    Object.keys(errors).length ? 422 : 200,
  );
}

/**
 * A first second factor ends the person's other sessions (this one stays): whoever had taken over
 * one of them must now sign in again, and meets the second step. True when it was the first.
 */
async function lockOutOthersIfFirst(c: Context<AppEnv>, viewer: Viewer): Promise<boolean> {
  if (viewer.hasSecondFactor) return false;
  await destroyOtherSessions(c.var.deps.db, viewer.userId, viewer.sessionHash);
  return true;
}

/**
 * Where to go after a second factor was added: back to this page when recovery codes were
 * made for it (to be shown once), else someone who was made to enrol goes on to their home page.
 */
async function nextPage(c: Context<AppEnv>, viewer: Viewer): Promise<string> {
  if (await makeCodesIfNone(c.var.deps, viewer)) return "/account/two-factor";
  return secondFactorState(viewer) === "enrol" ? "/home" : "/account/two-factor";
}

async function afterCodeChange(
  c: Context<AppEnv>,
  check: CodeCheck,
  flash: "twoFactor.app.enabled" | "twoFactor.app.disabled",
) {
  if (check !== "ok") return showPage(c, { code: c.var.t(codeMessages[check]) });
  const viewer = viewerOf(c);
  if (flash === "twoFactor.app.disabled") return redirectWithFlash(c, "/account/two-factor", flash);
  const first = await lockOutOthersIfFirst(c, viewer);
  return redirectWithFlash(c, await nextPage(c, viewer), first ? "twoFactor.app.enabledFirst" : flash);
}

export const twoFactorAccountRoutes = new Hono<AppEnv>()
  .use("/account/two-factor", allow(mayUseSecondFactor))
  .use("/account/two-factor/*", allow(mayUseSecondFactor))
  .get("/account/two-factor", (c) => showPage(c))
  .post("/account/two-factor/app", async (c) => {
    const viewer = viewerOf(c);
    const form = await parseForm(c, codeSchema);
    if (!form.ok) return showPage(c, form.errors);
    const check = await confirmTotpSetup(c.var.deps, { ...viewer, code: form.data.code });
    return afterCodeChange(c, check, "twoFactor.app.enabled");
  })
  .post("/account/two-factor/app/disable", async (c) => {
    const form = await parseForm(c, codeSchema);
    if (!form.ok) return showPage(c, form.errors);
    const check = await disableTotp(c.var.deps, { userId: viewerOf(c).userId, code: form.data.code });
    return afterCodeChange(c, check, "twoFactor.app.disabled");
  })
  .post("/account/two-factor/passkeys/options", async (c) => {
    return c.json(await registrationOptions(c.var.deps, viewerOf(c)));
  })
  .post("/account/two-factor/passkeys", async (c) => {
    const viewer = viewerOf(c);
    const body = registrationSchema.safeParse(await c.req.json().catch(() => null));
    const saved =
      body.success &&
      (await registerPasskey(c.var.deps, {
        ...viewer,
        name: body.data.name || c.var.t("twoFactor.passkeys.defaultName"),
        response: body.data.response,
      }));
    if (!saved) return c.json({ error: c.var.t("twoFactor.passkeys.failed") }, 422);
    const first = await lockOutOthersIfFirst(c, viewer);
    setFlash(c, first ? "twoFactor.passkeys.addedFirst" : "twoFactor.passkeys.added");
    return c.json({ redirect: await nextPage(c, viewer) });
  })
  .post("/organisation/staff/:userId/second-factor/reset", allow(mayResetSecondFactor), async (c) => {
    const userId = c.req.param("userId");
    const viewer = viewerOf(c);
    if (!isId(userId) || userId === viewer.userId) throw new NotFoundError("staff member");
    await resetSecondFactor(c.var.deps, { orgId: currentOrgId(c), actor: viewer, userId, locale: c.var.locale });
    const back = canManageOrganisation(viewer) ? `/organisation/staff/${userId}` : "/home";
    return redirectWithFlash(c, back, "twoFactor.reset.done");
  })
  .post("/account/two-factor/recovery-codes", async (c) => {
    const viewer = viewerOf(c);
    const factors = await factorsOf(c.var.deps.db, viewer.userId);
    if (!factors.totp && !factors.passkeys.length) return c.redirect("/account/two-factor", 303);
    await makeFreshCodes(c.var.deps, viewer);
    return redirectWithFlash(c, "/account/two-factor", "twoFactor.recovery.made");
  })
  .post("/account/two-factor/passkeys/:id/delete", async (c) => {
    const id = c.req.param("id");
    const removed =
      /^[0-9a-f-]{36}$/.test(id) && (await removePasskey(c.var.deps.db, { userId: viewerOf(c).userId, id }));
    if (!removed) throw new NotFoundError("passkey");
    return redirectWithFlash(c, "/account/two-factor", "twoFactor.passkeys.removed");
  });
