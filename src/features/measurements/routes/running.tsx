/**
 * /organisation/measurements/:id/…: printing the open links with QR codes,
 * sending a reminder (after a confirmation with the count), closing early and
 * deleting a measurement (each after a confirmation). Staff see counts only,
 * never who answered.
 */
import { Hono, type Context } from "hono";
import { qrCodeSvg } from "../../../lib/qr-code.js";
import type { AppEnv } from "../../../web/env.js";
import type { MessageKey } from "../../../web/i18n/index.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { runners } from "../policy.js";
import { renderPage } from "../../../web/layout.js";
import { closeMeasurement } from "../service/close.js";
import { deleteMeasurement } from "../service/delete.js";
import { dependentsOf } from "../service/dependents.js";
import { getMeasurement } from "../service/queries.js";
import { changeOpenLink, type OpenLinkChange } from "../service/open-links.js";
import { audienceLabel } from "../views/labels.js";
import { NotFoundError } from "../../../web/errors.js";

import { reminderState, startManualRound } from "../service/reminders.js";
import { ConfirmPage } from "../views/confirm.js";
import { MessagePage } from "../views/message.js";
import { PrintPage } from "../views/print.js";
import { isId, pathId, scopeOf } from "../../../web/route-context.js";

const detailPath = (id: string) => `/organisation/measurements/${id}`;

/** The question before a class's open link is closed or renewed: the printed code stops working. */
async function confirmChange(c: Context<AppEnv>, change: OpenLinkChange) {
  const { t } = c.var;
  const measurement = await getMeasurement(scopeOf(c), pathId(c, "id"));
  const audience = measurement.audiences.find((a) => a.id === c.req.query("audience") && a.openToken);
  if (!audience || measurement.status === "closed") throw new NotFoundError("audience");
  const title = t(`measure.links.${change}.confirm.title`, { audience: audienceLabel(t, audience) });
  const page = (
    <ConfirmPage
      title={title}
      body={t(`measure.links.${change}.confirm.body`)}
      action={`${detailPath(measurement.id)}/open-links/${change}`}
      csrf={c.var.csrfToken}
      button={t(`measure.links.${change}.confirm.button`)}
      fields={{ audience: audience.id }}
      back={backLink(c, measurement.id)}
    />
  );
  return renderPage(c, { title, children: page });
}

async function changeLink(c: Context<AppEnv>, change: OpenLinkChange) {
  const id = pathId(c, "id");
  const body = await c.req.parseBody();
  if (typeof body.audience !== "string" || !isId(body.audience)) throw new NotFoundError("audience");
  const changed = await changeOpenLink(scopeOf(c), id, body.audience, change);
  return redirectWithFlash(c, detailPath(id), changed.ok ? `measure.links.${change}.done` : changed.key);
}

function backLink(c: Context<AppEnv>, id: string) {
  return { href: detailPath(id), label: c.var.t("measure.backToMeasurement") };
}

/** The question before a measurement is closed early or deleted, naming it; its form posts to `/:id/<action>`. */
function confirmPage(
  c: Context<AppEnv>,
  measurement: { id: string; title: string },
  action: "close" | "delete",
  body: MessageKey,
  more: string[] = [],
) {
  const { t } = c.var;
  const title = t(`measure.${action}.confirm.title`, { title: measurement.title });
  const page = (
    <ConfirmPage
      title={title}
      body={t(body)}
      more={more}
      action={`${detailPath(measurement.id)}/${action}`}
      csrf={c.var.csrfToken}
      button={t(`measure.${action}.confirm.button`)}
      back={backLink(c, measurement.id)}
    />
  );
  return renderPage(c, { title, children: page });
}

export const runningRoutes = new Hono<AppEnv>()
  .use("*", runners)
  .get("/:id/print", async (c) => {
    const measurement = await getMeasurement(scopeOf(c), pathId(c, "id"));
    const open = measurement.status === "closed" ? [] : measurement.audiences.filter((a) => a.openToken);
    const links = await Promise.all(
      open.map(async (audience) => {
        const url = `${c.var.deps.config.publicUrl}/m/open/${audience.openToken}`;
        return { audience, url, qrSvg: await qrCodeSvg(url) };
      }),
    );
    const page = <PrintPage t={c.var.t} locale={c.var.locale} measurement={measurement} links={links} />;
    return renderPage(c, { title: `${c.var.t("measure.print.title")}: ${measurement.title}`, children: page });
  })
  .get("/:id/remind", async (c) => {
    const id = pathId(c, "id");
    const { t } = c.var;
    const measurement = await getMeasurement(scopeOf(c), id);
    const state = await reminderState(scopeOf(c), id);
    if (measurement.status !== "open" || state.waiting === 0) {
      const body = measurement.status === "open" ? t("measure.remind.none") : t("measure.remind.notOpen");
      const page = <MessagePage title={t("measure.remind.title")} body={body} back={backLink(c, id)} />;
      return renderPage(c, { title: t("measure.remind.title"), children: page }, 409);
    }
    const page = (
      <ConfirmPage
        title={t("measure.remind.confirm.title")}
        body={t("measure.remind.confirm.body", { n: state.waiting })}
        action={`${detailPath(id)}/remind`}
        csrf={c.var.csrfToken}
        button={t("measure.remind.confirm.button")}
        fields={{ round: String(state.lastRound) }}
        back={backLink(c, id)}
      />
    );
    return renderPage(c, { title: t("measure.remind.confirm.title"), children: page });
  })
  .post("/:id/remind", async (c) => {
    const id = pathId(c, "id");
    await getMeasurement(scopeOf(c), id);
    const body = await c.req.parseBody();
    const seen = typeof body.round === "string" && /^\d{1,6}$/.test(body.round) ? Number(body.round) : null;
    if (seen === null) return redirectWithFlash(c, detailPath(id), "measure.remind.alreadySent");
    const started = await startManualRound({ ...scopeOf(c), jobs: c.var.deps.jobs }, id, seen);
    if (!started.ok) {
      const key = started.problem === "notOpen" ? "measure.remind.notOpen" : "measure.remind.alreadySent";
      return redirectWithFlash(c, detailPath(id), key);
    }
    return redirectWithFlash(c, detailPath(id), "measure.reminded");
  })
  .get("/:id/close", async (c) => {
    const measurement = await getMeasurement(scopeOf(c), pathId(c, "id"));
    if (measurement.status === "closed") return c.redirect(detailPath(measurement.id), 303);
    return confirmPage(c, measurement, "close", "measure.close.confirm.body");
  })
  .post("/:id/close", async (c) => {
    const id = pathId(c, "id");
    await getMeasurement(scopeOf(c), id);
    await closeMeasurement(scopeOf(c), c.var.deps, id);
    return redirectWithFlash(c, detailPath(id), "measure.closed");
  })
  .get("/:id/open-links/close", (c) => confirmChange(c, "close"))
  .post("/:id/open-links/close", (c) => changeLink(c, "close"))
  .get("/:id/open-links/renew", (c) => confirmChange(c, "renew"))
  .post("/:id/open-links/renew", (c) => changeLink(c, "renew"))
  .get("/:id/delete", async (c) => {
    const measurement = await getMeasurement(scopeOf(c), pathId(c, "id"));
    const dependents = await dependentsOf(scopeOf(c), measurement);
    const more = dependents.map((d) => c.var.t(d.key, d.values));
    return confirmPage(c, measurement, "delete", "measure.delete.intro", more);
  })
  .post("/:id/delete", async (c) => {
    const id = pathId(c, "id");
    await getMeasurement(scopeOf(c), id);
    await deleteMeasurement(scopeOf(c), c.var.deps.jobs, id);
    return redirectWithFlash(c, "/organisation/measurements", "measure.deleted");
  });
