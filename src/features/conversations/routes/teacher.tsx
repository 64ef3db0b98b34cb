/** A teacher's pages of a round: their available times (which make the slots) and their schedule. */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { viewerOf } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import { parseForm, type FormErrors, type FormValues } from "../../../web/validation.js";
import { availabilityForm } from "../schemas.js";
import { AvailabilityError, addAvailability, listMyAvailability, removeAvailability } from "../service/availability.js";
import { mySchedule } from "../service/schedule.js";
import { AvailabilityPage } from "../views/availability.js";
import { SchedulePage } from "../views/schedule.js";
import { pageProps, pathId, scopeOf } from "../../../web/route-context.js";
import { oncePerForm } from "../../../web/once-per-form.js";
import { staffOnly } from "./context.js";

interface AvailabilityForm {
  values?: FormValues;
  errors?: FormErrors;
  /** Why removing a time was refused. */
  problem?: string;
}

async function availabilityPage(c: Context<AppEnv>, form: AvailabilityForm = {}) {
  const { round, windows } = await listMyAvailability({ ...scopeOf(c), roundId: pathId(c, "roundId") });
  const page = <AvailabilityPage {...pageProps(c)} round={round} windows={windows} {...form} />;
  const status = form.problem ? 409 : form.errors ? 422 : 200;
  return renderPage(c, { title: c.var.t("conversations.availability.title"), children: page }, status);
}

export const teacherRoutes = new Hono<AppEnv>()
  .get("/:roundId/availability", staffOnly, (c) => availabilityPage(c))
  .post("/:roundId/availability", staffOnly, async (c) => {
    const roundId = pathId(c, "roundId");
    const form = await parseForm(c, availabilityForm);
    if (!form.ok) return availabilityPage(c, form);
    try {
      await oncePerForm(c, async (db) => {
        await addAvailability({ ...scopeOf(c), db, roundId, window: form.data });
        return `/conversations/rounds/${roundId}/availability`;
      });
    } catch (error) {
      if (!(error instanceof AvailabilityError)) throw error;
      const errors = Object.fromEntries(Object.entries(error.errors).map(([field, key]) => [field, c.var.t(key)]));
      return availabilityPage(c, { values: form.values, errors });
    }
    return redirectWithFlash(c, `/conversations/rounds/${roundId}/availability`, "conversations.availability.saved");
  })
  .post("/:roundId/availability/:windowId/remove", staffOnly, async (c) => {
    const roundId = pathId(c, "roundId");
    const removed = await removeAvailability({ ...scopeOf(c), roundId, windowId: pathId(c, "windowId") });
    if (!removed.ok)
      return availabilityPage(c, { problem: c.var.t("conversations.availability.booked", { count: removed.booked }) });
    return redirectWithFlash(c, `/conversations/rounds/${roundId}/availability`, "conversations.availability.saved");
  })
  .get("/:roundId/schedule", staffOnly, async (c) => {
    const { round, rows } = await mySchedule({ ...scopeOf(c), roundId: pathId(c, "roundId") });
    const page = (
      <SchedulePage t={c.var.t} locale={c.var.locale} round={round} teacherName={viewerOf(c).name} rows={rows} />
    );
    return renderPage(c, { title: c.var.t("conversations.schedule.title"), children: page });
  });
