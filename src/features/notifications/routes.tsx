/**
 * /account/notifications: the signed-in person's settings. /unsubscribe/<token>: the link in
 * every mail, without sign-in. GET only asks (a mail scanner or link preview follows links and
 * must not unsubscribe anyone); POST unsubscribes at once with no further page to confirm, so a
 * mail client's one-click POST (RFC 8058, body "List-Unsubscribe=One-Click") and the page's
 * button do the same. The token is all the authority there is: it names one person and one kind.
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../web/env.js";
import { renderPage, renderPublicPage } from "../../web/layout.js";
import { requireViewer, viewerOf } from "../../web/guards.js";
import { parseForm } from "../../web/validation.js";
import { redirectWithFlash } from "../../web/flash.js";
import type { Translate } from "../../web/i18n/index.js";
import { kindNamed, kindsFor } from "../../notifications/kinds.js";
import { saveSettings, settingsOf, switchOff } from "../../notifications/settings.js";
import { DIGEST, readUnsubscribeToken, type UnsubscribeSubject } from "../../notifications/unsubscribe-token.js";
import { settingsForm } from "./schemas.js";
import { SettingsPage, UnsubscribePage, type UnsubscribeState } from "./views.js";

const PATH = "/account/notifications";

export const settingsRoutes = new Hono<AppEnv>()
  .use(PATH, requireViewer)
  .get(PATH, async (c) => {
    const viewer = viewerOf(c);
    const settings = await settingsOf(c.var.deps.db, viewer.userId);
    const values = { digestHour: String(settings.digestHour), ...Object.fromEntries(settings.delivery) };
    return renderPage(c, {
      title: c.var.t("notifications.title"),
      children: <SettingsPage t={c.var.t} csrf={c.var.csrfToken} kinds={kindsFor(viewer)} values={values} />,
    });
  })
  .post(PATH, async (c) => {
    const kinds = kindsFor(viewerOf(c));
    const form = await parseForm(c, settingsForm(kinds));
    if (!form.ok) {
      const { values, errors } = form;
      const page = <SettingsPage t={c.var.t} csrf={c.var.csrfToken} kinds={kinds} values={values} errors={errors} />;
      return renderPage(c, { title: c.var.t("notifications.title"), children: page }, 422);
    }
    const { digestHour, ...delivery } = form.data;
    await saveSettings(c.var.deps.db, viewerOf(c).userId, { digestHour, delivery });
    return redirectWithFlash(c, PATH, "notifications.saved");
  });

/** The subject of the link's token when it is genuine and names a kind there is. */
function subjectOf(c: Context<AppEnv>): UnsubscribeSubject | null {
  const subject = readUnsubscribeToken(c.var.deps.config.SECRET_KEY, c.req.param("token") ?? "");
  return subject && (subject.kind === DIGEST || kindNamed(subject.kind)) ? subject : null;
}

/** The kind as the page names it; null for the digest, which has texts of its own. */
function kindLabel(t: Translate, kind: string): string | null {
  const declared = kindNamed(kind);
  return declared ? t(declared.label).toLowerCase() : null;
}

function unsubscribePage(c: Context<AppEnv>, state: (t: Translate) => UnsubscribeState, status: 200 | 404 = 200) {
  return renderPublicPage(
    c,
    (t) => ({ title: t("notifications.unsubscribe.title"), children: <UnsubscribePage t={t} state={state(t)} /> }),
    status,
  );
}

export const unsubscribeRoutes = new Hono<AppEnv>()
  .get("/unsubscribe/:token", (c) => {
    const subject = subjectOf(c);
    if (!subject) return unsubscribePage(c, () => ({ step: "invalid" }), 404);
    if (kindNamed(subject.kind)?.urgent) return unsubscribePage(c, () => ({ step: "urgent" }));
    const action = new URL(c.req.url).pathname;
    return unsubscribePage(c, (t) => ({ step: "ask", kind: kindLabel(t, subject.kind), action }));
  })
  .post("/unsubscribe/:token", async (c) => {
    const subject = subjectOf(c);
    if (!subject) return unsubscribePage(c, () => ({ step: "invalid" }), 404);
    const outcome = await switchOff(c.var.deps.db, subject.userId, subject.kind);
    if (!outcome.ok) return unsubscribePage(c, () => ({ step: outcome.reason === "urgent" ? "urgent" : "invalid" }));
    return unsubscribePage(c, (t) => ({ step: "done", kind: kindLabel(t, subject.kind) }));
  });
