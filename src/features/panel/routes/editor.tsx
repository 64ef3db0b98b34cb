/**
 * /panel/beheer: platform editors (canEditPlatform) make a panel survey, open it (the sample is
 * drawn and invited), follow the response rates, send reminders, close and publish it.
 */
import { Hono, type Context } from "hono";
import { count, isNotNull } from "drizzle-orm";
import { canEditPlatform } from "../../../auth/viewer.js";
import { panelMembers } from "../../../db/schema/index.js";
import type { AppEnv } from "../../../web/env.js";
import { NotFoundError } from "../../../web/errors.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { formErrorsOf, refusalStatus } from "../../../web/form-refusal.js";
import { allow, viewerOf } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import { oncePerForm } from "../../../web/once-per-form.js";
import { pageProps, pathId } from "../../../web/route-context.js";
import { parseForm, type FormErrors } from "../../../web/validation.js";
import type { Refused } from "../../../web/outcome.js";
import { publishForm, surveyForm } from "../schemas.js";
import {
  allSurveys,
  closeSurvey,
  createSurvey,
  openSurvey,
  publishSurvey,
  responseRates,
  startReminders,
  surveyById,
} from "../service/surveys.js";
import { NewSurveyPage, SurveyPage, SurveysPage } from "../views/editor.js";

const editors = allow(canEditPlatform);

async function surveyPage(c: Context<AppEnv>, refused?: Refused | FormErrors) {
  const survey = await surveyById(c.var.deps.db, pathId(c, "survey"));
  if (!survey) throw new NotFoundError("panel survey");
  const rates = await responseRates(c.var.deps.db, survey);
  const error = refused
    ? "key" in refused
      ? formErrorsOf(c, refused as Refused)["_form"]
      : Object.values(refused)[0]
    : undefined;
  const page = <SurveyPage {...pageProps(c)} survey={survey} rates={rates} error={error} />;
  const status = refused ? ("kind" in refused ? refusalStatus(refused as Refused) : 422) : 200;
  return renderPage(c, { title: survey.title[c.var.locale], children: page }, status);
}

export const editorRoutes = new Hono<AppEnv>()
  .get("/panel/beheer", editors, async (c) => {
    const { db } = c.var.deps;
    const [members] = await db.select({ n: count() }).from(panelMembers).where(isNotNull(panelMembers.confirmedAt));
    const page = (
      <SurveysPage t={c.var.t} locale={c.var.locale} surveys={await allSurveys(db)} members={members?.n ?? 0} />
    );
    return renderPage(c, { title: c.var.t("panel.admin.title"), children: page });
  })
  .get("/panel/beheer/nieuw", editors, (c) => {
    const page = <NewSurveyPage t={c.var.t} csrf={c.var.csrfToken} values={{}} chosen={{}} errors={{}} />;
    return renderPage(c, { title: c.var.t("panel.admin.new"), children: page });
  })
  .post("/panel/beheer/nieuw", editors, async (c) => {
    const form = await parseForm(c, surveyForm);
    if (!form.ok) {
      const body = await c.req.parseBody({ all: true });
      const chosen = Object.fromEntries(
        ["provinces", "schoolTypes"].map((name) => {
          const value = body[name];
          return [
            name,
            (Array.isArray(value) ? value : value ? [value] : []).filter((v): v is string => typeof v === "string"),
          ];
        }),
      );
      const page = (
        <NewSurveyPage t={c.var.t} csrf={c.var.csrfToken} values={form.values} chosen={chosen} errors={form.errors} />
      );
      return renderPage(c, { title: c.var.t("panel.admin.new"), children: page }, 422);
    }
    const made = await oncePerForm(
      c,
      async (db) => `/panel/beheer/${await createSurvey(db, { userId: viewerOf(c).userId, ...form.data })}`,
    );
    return redirectWithFlash(c, made, "panel.admin.created");
  })
  .get("/panel/beheer/:survey", editors, (c) => surveyPage(c))
  .post("/panel/beheer/:survey/openen", editors, async (c) => {
    const outcome = await openSurvey(c.var.deps, pathId(c, "survey"));
    if (!outcome.ok) return surveyPage(c, outcome);
    return redirectWithFlash(c, `/panel/beheer/${pathId(c, "survey")}`, "panel.admin.opened");
  })
  .post("/panel/beheer/:survey/herinneren", editors, async (c) => {
    const outcome = await startReminders(c.var.deps, pathId(c, "survey"));
    if (!outcome.ok) return surveyPage(c, outcome);
    return redirectWithFlash(c, `/panel/beheer/${pathId(c, "survey")}`, "panel.admin.reminded");
  })
  .post("/panel/beheer/:survey/sluiten", editors, async (c) => {
    const outcome = await closeSurvey(c.var.deps, pathId(c, "survey"));
    if (!outcome.ok) return surveyPage(c, outcome);
    return redirectWithFlash(c, `/panel/beheer/${pathId(c, "survey")}`, "panel.admin.closed");
  })
  .post("/panel/beheer/:survey/publiceren", editors, async (c) => {
    const form = await parseForm(c, publishForm);
    if (!form.ok) return surveyPage(c, form.errors);
    const outcome = await publishSurvey(c.var.deps.db, pathId(c, "survey"), form.data.year, viewerOf(c).userId);
    if (!outcome.ok) return surveyPage(c, outcome);
    return redirectWithFlash(c, `/panel/beheer/${pathId(c, "survey")}`, "panel.admin.published");
  });
