/** The organisation's overview page and its settings form. */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { renderPage } from "../../../web/layout.js";
import { organisationManagers, viewerOf } from "../../../web/guards.js";
import { parseForm, type FormErrors, type FormValues } from "../../../web/validation.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { getOrganisation, updateOrganisationSettings, type Organisation } from "../organisations.js";
import { isSchoolLeader } from "../policy.js";
import { settingsForm } from "../schemas.js";
import { OverviewPage, SettingsPage } from "../views/overview.js";
import { scopeOf } from "../../../web/route-context.js";
import { attempt } from "../../../web/form-refusal.js";

function settingsPage(c: Context<AppEnv>, values: FormValues, errors: FormErrors, status: 200 | 422) {
  const page = <SettingsPage t={c.var.t} csrf={c.var.csrfToken} values={values} errors={errors} />;
  return renderPage(c, { title: c.var.t("org.settings.title"), children: page }, status);
}

const valuesOf = (org: Organisation): FormValues => ({
  name: org.name,
  type: org.type,
  registrationCode: org.registrationCode ?? "",
  requireSecondFactor: org.requireSecondFactor ? "on" : "",
});

export const overviewRoutes = new Hono<AppEnv>()
  .get("/organisation", organisationManagers, async (c) => {
    const org = await getOrganisation(scopeOf(c));
    const page = <OverviewPage t={c.var.t} org={org} isLeader={isSchoolLeader(viewerOf(c))} />;
    return renderPage(c, { title: org.name, children: page });
  })
  .get("/organisation/settings", organisationManagers, async (c) =>
    settingsPage(c, valuesOf(await getOrganisation(scopeOf(c))), {}, 200),
  )
  .post("/organisation/settings", organisationManagers, async (c) => {
    const form = await parseForm(c, settingsForm);
    if (!form.ok) return settingsPage(c, form.values, form.errors, 422);
    const errors = await attempt(c, () => updateOrganisationSettings({ ...scopeOf(c), ...form.data }));
    if (errors) return settingsPage(c, form.values, errors, 422);
    return redirectWithFlash(c, "/organisation", "org.settings.saved");
  });
