/**
 * A teacher places a family in one of their own free times, and moves or cancels a
 * conversation at one of their times. Refusals come back as the page with the reason in words.
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { ForbiddenError } from "../../../web/errors.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { refusalStatus } from "../../../web/form-refusal.js";
import { renderPage } from "../../../web/layout.js";
import { parseForm } from "../../../web/validation.js";
import { bookForm, changeForm } from "../schemas.js";
import { cancelByTeacher, moveBooking } from "../service/placement-changes.js";
import { bookingToManage, placementChoices } from "../service/placement-view.js";
import { placeFamily, type StaffAnswer } from "../service/placement.js";
import { ManageBookingPage, PlacePage } from "../views/placement.js";
import { pageProps, pathId } from "../../../web/route-context.js";
import { confirmCancel, messengerOf, staffOnly, staffScopeOf } from "./context.js";

type Status = 200 | 403 | 409 | 422;

function staffBookingScopeOf(c: Context<AppEnv>) {
  return { ...staffScopeOf(c), roundId: pathId(c, "roundId"), now: new Date(), messenger: messengerOf(c) };
}

async function placePage(c: Context<AppEnv>, problem?: string, status: Status = 200) {
  const data = await placementChoices(staffBookingScopeOf(c));
  const chosen = { pupilId: c.req.query("pupilId"), slotId: c.req.query("slotId") };
  const page = <PlacePage {...pageProps(c)} data={data} chosen={chosen} problem={problem} />;
  return renderPage(c, { title: c.var.t("conversations.place.title"), children: page }, status);
}

/** A conversation at this teacher's times; 403 for anyone else's. */
async function managed(c: Context<AppEnv>) {
  const data = await bookingToManage({ ...staffBookingScopeOf(c), bookingId: pathId(c, "bookingId") });
  if (!data) throw new ForbiddenError("not a conversation at this teacher's times");
  return data;
}

async function managePage(c: Context<AppEnv>, problem?: string, status: Status = 200) {
  const data = await managed(c);
  const page = <ManageBookingPage {...pageProps(c)} data={data} problem={problem} />;
  return renderPage(c, { title: c.var.t("conversations.manage.title"), children: page }, status);
}

/** Done: back to the teacher's schedule with the flash; refused: the same page with the reason. */
function answer(
  c: Context<AppEnv>,
  outcome: StaffAnswer,
  flash: Parameters<typeof redirectWithFlash>[2],
  page: (c: Context<AppEnv>, problem: string, status: Status) => Promise<Response>,
) {
  if (outcome.ok) return redirectWithFlash(c, `/conversations/rounds/${pathId(c, "roundId")}/schedule`, flash);
  return page(c, c.var.t(outcome.key), refusalStatus(outcome));
}

export const placementRoutes = new Hono<AppEnv>()
  .get("/:roundId/place", staffOnly, (c) => placePage(c))
  .post("/:roundId/place", staffOnly, async (c) => {
    const form = await parseForm(c, bookForm);
    if (!form.ok) return placePage(c, Object.values(form.errors)[0] ?? c.var.t("error.invalid"), 422);
    const outcome = await placeFamily({ ...staffBookingScopeOf(c), ...form.data });
    return answer(c, outcome, "conversations.place.done", placePage);
  })
  .get("/:roundId/placements/:bookingId", staffOnly, (c) => managePage(c))
  .post("/:roundId/placements/:bookingId/move", staffOnly, async (c) => {
    const form = await parseForm(c, changeForm);
    if (!form.ok) return managePage(c, Object.values(form.errors)[0] ?? c.var.t("error.invalid"), 422);
    const bookingId = pathId(c, "bookingId");
    const outcome = await moveBooking({ ...staffBookingScopeOf(c), bookingId, slotId: form.data.slotId });
    return answer(c, outcome, "conversations.manage.moved", managePage);
  })
  .get("/:roundId/placements/:bookingId/cancel", staffOnly, async (c) => {
    const { t } = c.var;
    const data = await managed(c);
    const base = `/conversations/rounds/${data.round.id}/placements/${data.bookingId}`;
    return confirmCancel(c, data, {
      action: `${base}/cancel`,
      consequence: t("conversations.manage.cancelExplain"),
      submit: t("conversations.manage.cancelSubmit"),
      back: { href: base, label: t("conversations.manage.cancelBack") },
    });
  })
  .post("/:roundId/placements/:bookingId/cancel", staffOnly, async (c) => {
    const outcome = await cancelByTeacher({ ...staffBookingScopeOf(c), bookingId: pathId(c, "bookingId") });
    return answer(c, outcome, "conversations.manage.cancelled", managePage);
  });
