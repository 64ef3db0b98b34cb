/** /organisation/school-years: create a school year, and archive one after a confirmation. */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { organisationManagers, viewerOf } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { canReadAudit } from "../access.js";
import { schoolYearForm } from "../schemas.js";
import {
  archiveSchoolYear,
  createSchoolYear,
  listSchoolYears,
  previewArchiveSchoolYear,
} from "../service/school-years.js";
import { ArchiveSchoolYearPage, SchoolYearsPage } from "../views/school-years.js";
import { pageProps, pathId, scopeOf } from "../../../web/route-context.js";
import { submitForm } from "../../../web/submit-form.js";
import { oncePerForm } from "../../../web/once-per-form.js";
import { staffOnly } from "./context.js";

async function yearsPage(
  c: Context<AppEnv>,
  form: { values?: FormValues; errors?: FormErrors } = {},
  status: 200 | 422 = 200,
) {
  const years = await listSchoolYears(scopeOf(c));
  const { t } = c.var;
  const page = <SchoolYearsPage {...pageProps(c)} years={years} showAudit={canReadAudit(viewerOf(c))} {...form} />;
  return renderPage(c, { title: t("pupils.years.title"), children: page }, status);
}

export const schoolYearRoutes = new Hono<AppEnv>()
  .use("*", staffOnly, organisationManagers)
  .get("/", (c) => yearsPage(c))
  .post("/", (c) =>
    submitForm(c, schoolYearForm, {
      again: (form) => yearsPage(c, form, 422),
      run: (data) =>
        oncePerForm(c, async (db) => {
          await createSchoolYear({ ...scopeOf(c), db, ...data });
          return "/organisation/school-years";
        }),
      flash: "pupils.years.created",
    }),
  )
  .get("/:yearId/archive", async (c) => {
    const preview = await previewArchiveSchoolYear({ ...scopeOf(c), schoolYearId: pathId(c, "yearId") });
    const { t } = c.var;
    const page = <ArchiveSchoolYearPage {...pageProps(c)} preview={preview} />;
    return renderPage(c, { title: t("pupils.years.archiveTitle", { name: preview.year.name }), children: page });
  })
  .post("/:yearId/archive", async (c) => {
    await archiveSchoolYear({ ...scopeOf(c), schoolYearId: pathId(c, "yearId") });
    return redirectWithFlash(c, "/organisation/school-years", "pupils.years.archivedFlash");
  });
