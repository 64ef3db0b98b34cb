/** The organisation's overview page and its settings form. */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { renderPage } from "../../../web/layout.js";
import { organisationManagers, viewerOf } from "../../../web/guards.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { getOrganisation, updateOrganisationSettings, type Organisation } from "../organisations.js";
import { isSchoolLeader } from "../policy.js";
import { settingsForm } from "../schemas.js";
import { OverviewPage, SettingsPage } from "../views/overview.js";
import { scopeOf } from "../../../web/route-context.js";
import { submitForm } from "../../../web/submit-form.js";

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
  .post("/organisation/settings", organisationManagers, (c) =>
    submitForm(c, settingsForm, {
      again: (form) => settingsPage(c, form.values, form.errors, 422),
      run: async (data) => {
        await updateOrganisationSettings({ ...scopeOf(c), ...data });
        return "/organisation";
      },
      flash: "org.settings.saved",
    }),
  );
