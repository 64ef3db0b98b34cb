/**
 * Agreements after a three-way conversation: the teacher records them (and the follow-up
 * date, which queues the reminder); a parent reads them and adds a remark. A form that does
 * not parse comes back with its messages and stores nothing.
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { requireViewer } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import { parseForm, type FormErrors, type FormValues } from "../../../web/validation.js";
import { agreementsForm, remarkForm } from "../preparation-schemas.js";
import { agreementsPage, recordAgreements, requireSide, saveRemark } from "../service/agreements.js";
import { AgreementsPage } from "../views/agreements.js";
import { pageProps, pathId, scopeOf } from "../../../web/route-context.js";

async function page(
  c: Context<AppEnv>,
  form: { values?: FormValues; errors?: FormErrors; problem?: string } = {},
  status: 200 | 422 = 200,
) {
  const data = await agreementsPage({ ...scopeOf(c), bookingId: pathId(c, "bookingId") });
  const view = <AgreementsPage {...pageProps(c)} data={data} {...form} />;
  return renderPage(
    c,
    { title: c.var.t("conversations.agree.title", { name: data.conversation.pupilName }), children: view },
    status,
  );
}

export const agreementRoutes = new Hono<AppEnv>()
  .get("/bookings/:bookingId/agreements", requireViewer, (c) => page(c))
  .post("/bookings/:bookingId/agreements", requireViewer, async (c) => {
    const bookingId = pathId(c, "bookingId");
    const form = await parseForm(c, agreementsForm);
    if (!form.ok) {
      // Only the teacher has this form; anyone else gets 404, not its messages.
      await requireSide({ ...scopeOf(c), bookingId }, "teacher");
      return page(c, form, 422);
    }
    await recordAgreements({ ...scopeOf(c), bookingId, input: form.data, now: new Date(), jobs: c.var.deps.jobs });
    return redirectWithFlash(c, `/conversations/bookings/${bookingId}/agreements`, "conversations.agree.saved");
  })
  .post("/bookings/:bookingId/agreements/remark", requireViewer, async (c) => {
    const bookingId = pathId(c, "bookingId");
    const form = await parseForm(c, remarkForm);
    if (!form.ok) {
      await requireSide({ ...scopeOf(c), bookingId }, "parent");
      return page(c, form, 422);
    }
    const outcome = await saveRemark({ ...scopeOf(c), bookingId, remark: form.data.remark, now: new Date() });
    if (!outcome.ok) return page(c, { problem: c.var.t(outcome.key) }, 422);
    return redirectWithFlash(c, `/conversations/bookings/${bookingId}/agreements`, "conversations.agree.remarkSaved");
  });
