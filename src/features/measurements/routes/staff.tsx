/** /organisation/measurements: the list, a new measurement, one measurement with its rates, results. */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { NotFoundError } from "../../../web/errors.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { currentOrgId, viewerOf } from "../../../web/guards.js";
import { canRunMeasurements, readers, runners } from "../policy.js";
import { renderPage } from "../../../web/layout.js";
import { validate } from "../../../web/validation.js";
import { instrumentByVersion } from "../instrument/index.js";
import { createMeasurement, opensAtOnce } from "../service/create.js";
import { getMeasurement, listGroupChoices, listMeasurements } from "../service/queries.js";
import { loadResults } from "../service/results.js";
import { loadExtraItems } from "../service/extra-items.js";
import { reminderState } from "../service/reminders.js";
import { askableGroups, extraField, extraParts, extraSlots, measurementForm } from "../service/schemas.js";
import { inputErrors } from "../../../web/form-refusal.js";
import { inOrg } from "../../../db/org-scope.js";
import { SIMULATED_RESPONSES, simulateResponses } from "../service/simulate.js";
import { DetailPage } from "../views/detail.js";
import { ListPage } from "../views/list.js";
import { NewPage, type NewFormState } from "../views/new.js";
import { MessagePage } from "../views/message.js";
import { ResultsPage } from "../views/results.js";
import { pageProps, pathId, scopeOf } from "../../../web/route-context.js";
import { oncePerForm } from "../../../web/once-per-form.js";

async function newPage(c: Context<AppEnv>, form: NewFormState, status: 200 | 422 = 200) {
  const groups = await listGroupChoices(scopeOf(c));
  const page = (
    <NewPage
      {...pageProps(c)}
      groups={groups}
      askable={askableGroups(c.var.wording)}
      defaultThreshold={c.var.deps.config.ANONYMITY_THRESHOLD}
      {...form}
    />
  );
  return renderPage(c, { title: c.var.t("measure.new.title"), children: page }, status);
}

/** The posted form as the checkbox lists and text values the form shows again. */
async function postedForm(c: Context<AppEnv>) {
  const body = await c.req.parseBody({ all: true });
  const list = (name: string) => [body[name] ?? []].flat().filter((v): v is string => typeof v === "string");
  const values: Record<string, string> = {};
  const extras = extraSlots.flatMap((slot) => extraParts.map((part) => extraField(slot, part)));
  for (const key of ["title", "kind", "opensOn", "closesOn", "team", "threshold", ...extras]) {
    values[key] = list(key)[0] ?? "";
  }
  return { values, parents: list("parents"), pupils: list("pupils"), young: list("young") };
}

export const staffRoutes = new Hono<AppEnv>()
  .use("*", readers)
  .get("/", async (c) => {
    const list = await listMeasurements(scopeOf(c));
    const page = <ListPage t={c.var.t} locale={c.var.locale} list={list} runs={canRunMeasurements(viewerOf(c))} />;
    return renderPage(c, { title: c.var.t("measure.list.title"), children: page });
  })
  .get("/new", runners, (c) =>
    newPage(c, { values: { kind: "baseline", team: "on" }, parents: [], pupils: [], young: [], errors: {} }),
  )
  .post("/", runners, async (c) => {
    const posted = await postedForm(c);
    const { parents, pupils, young } = posted;
    const form = validate(c, measurementForm(c.var.wording), { ...posted.values, parents, pupils, young });
    if (!form.ok) return newPage(c, { ...posted, errors: form.errors }, 422);
    try {
      const made = await oncePerForm(c, async (db) => {
        const { id } = await createMeasurement(c.var.deps, { ...scopeOf(c), db }, form.data);
        return `/organisation/measurements/${id}`;
      });
      return redirectWithFlash(c, made, opensAtOnce(form.data.opensOn) ? "measure.createdOpen" : "measure.created");
    } catch (error) {
      return newPage(c, { ...posted, errors: inputErrors(c, error) }, 422);
    }
  })
  .get("/:id", async (c) => {
    const measurement = await getMeasurement(scopeOf(c), pathId(c, "id"));
    const runs = canRunMeasurements(viewerOf(c));
    const reminders = runs && measurement.status === "open" ? await reminderState(scopeOf(c), measurement.id) : null;
    const { config } = c.var.deps;
    const page = (
      <DetailPage
        {...pageProps(c)}
        measurement={measurement}
        runs={runs}
        reminders={reminders}
        publicUrl={config.publicUrl}
        simulate={config.production ? null : SIMULATED_RESPONSES}
      />
    );
    return renderPage(c, { title: measurement.title, children: page });
  })
  .post("/:id/simulate", runners, async (c) => {
    const id = pathId(c, "id");
    const { config, db } = c.var.deps;
    if (config.production) throw new NotFoundError("simulate");
    await getMeasurement(scopeOf(c), id);
    const count = SIMULATED_RESPONSES;
    const sent = await simulateResponses({ db, config, orgId: currentOrgId(c), measurementId: id, count });
    const back = `/organisation/measurements/${id}`;
    return sent < count
      ? redirectWithFlash(c, back, "measure.simulatedFewer", sent)
      : redirectWithFlash(c, back, "measure.simulated");
  })
  .get("/:id/results", async (c) => {
    const id = pathId(c, "id");
    const view = await loadResults(scopeOf(c), id);
    const { t, locale } = c.var;
    if (!view) {
      const back = { href: `/organisation/measurements/${id}`, label: t("measure.back") };
      const page = <MessagePage title={t("measure.results.title")} body={t("measure.results.notYet")} back={back} />;
      return renderPage(c, { title: t("measure.results.title"), children: page }, 409);
    }
    const instrument = instrumentByVersion(view.results.instrumentVersion, c.var.wording);
    const extras = await inOrg(scopeOf(c), (tx) => loadExtraItems(tx, currentOrgId(c), id));
    const page = (
      <ResultsPage
        t={t}
        locale={locale}
        measurementId={id}
        view={view}
        instrument={instrument}
        extras={extras}
        runs={canRunMeasurements(viewerOf(c))}
      />
    );
    return renderPage(c, { title: `${t("measure.results.title")}: ${view.title}`, children: page });
  });
