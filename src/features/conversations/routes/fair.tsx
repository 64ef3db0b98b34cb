/**
 * Fair mode: parents give their preferences while the window is open; afterwards staff run
 * the allocation and publish it. Refusals come back as the page with the reason in words.
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { renderPage } from "../../../web/layout.js";
import { renderConfirmPage } from "../../../web/confirm-page.js";
import { parseForm } from "../../../web/validation.js";
import { preferencesForm } from "../schemas.js";
import { familiesToTell, publishAllocation, runAllocation } from "../service/allocation.js";
import { preferencesPage, savePreferences } from "../service/preferences.js";
import { PreferencesPage } from "../views/preferences.js";
import { pageProps, pathId, scopeOf } from "../../../web/route-context.js";
import { managersOnly, messengerOf, parentsOnly, staffScopeOf } from "./context.js";
import { roundPage } from "./staff.js";

async function preferences(c: Context<AppEnv>, problem?: string, status: 200 | 403 | 422 = 200) {
  const data = await preferencesPage({ ...scopeOf(c), roundId: pathId(c, "roundId") });
  const page = <PreferencesPage {...pageProps(c)} now={new Date()} data={data} problem={problem} />;
  return renderPage(c, { title: c.var.t("conversations.preferences.title"), children: page }, status);
}

export const fairRoutes = new Hono<AppEnv>()
  .get("/:roundId/preferences", parentsOnly, (c) => preferences(c))
  .post("/:roundId/preferences", parentsOnly, async (c) => {
    const roundId = pathId(c, "roundId");
    const form = await parseForm(c, preferencesForm);
    if (!form.ok) return preferences(c, c.var.t("error.invalid"), 422);
    const outcome = await savePreferences({ ...scopeOf(c), roundId, now: new Date(), marks: form.data });
    if (!outcome.ok) {
      return preferences(c, c.var.t(outcome.key), outcome.kind === "forbidden" ? 403 : 422);
    }
    return redirectWithFlash(c, `/conversations/rounds/${roundId}/preferences`, "conversations.preferences.saved");
  })
  .post("/:roundId/allocate", managersOnly, async (c) => {
    const roundId = pathId(c, "roundId");
    const answer = await runAllocation({ ...staffScopeOf(c), roundId, now: new Date() });
    if (!answer.ok) return roundPage(c, roundId, c.var.t(answer.key));
    return redirectWithFlash(c, `/conversations/rounds/${roundId}`, "conversations.allocation.done");
  })
  .get("/:roundId/publish", managersOnly, async (c) => {
    const { t } = c.var;
    const roundId = pathId(c, "roundId");
    const families = await familiesToTell({ ...staffScopeOf(c), roundId });
    const back = `/conversations/rounds/${roundId}`;
    return renderConfirmPage(c, {
      action: `${back}/publish`,
      what: [t("conversations.allocation.publish")],
      consequence: t("conversations.allocation.publishConsequence", { n: families }),
      submit: t("conversations.allocation.publishSubmit"),
      back: { href: back, label: t("conversations.allocation.publishBack") },
    });
  })
  .post("/:roundId/publish", managersOnly, async (c) => {
    const roundId = pathId(c, "roundId");
    const answer = await publishAllocation({ ...staffScopeOf(c), roundId, now: new Date(), messenger: messengerOf(c) });
    if (!answer.ok) return roundPage(c, roundId, c.var.t(answer.key));
    return redirectWithFlash(c, `/conversations/rounds/${roundId}`, "conversations.allocation.published");
  });
