/** The platform administrator's organisation management; everyone else gets 403 on /admin/*. */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { renderPage } from "../../../web/layout.js";
import { viewerOf } from "../../../web/guards.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { submitForm } from "../../../web/submit-form.js";
import { createOrganisationWithLeader } from "../create-organisation-with-leader.js";
import { listOrganisationsWithCounts } from "../organisations.js";
import { newOrganisationForm } from "../schemas.js";
import { platformAuditEntries } from "../../../audit/platform.js";
import { AdminOrganisationsPage, NewOrganisationPage, PlatformAuditPage } from "../views/admin.js";
import { inviteOncePerForm, platformAdmin } from "./context.js";

function newPage(c: Context<AppEnv>, values: FormValues, errors: FormErrors, status: 200 | 422) {
  const page = <NewOrganisationPage t={c.var.t} csrf={c.var.csrfToken} values={values} errors={errors} />;
  return renderPage(c, { title: c.var.t("admin.orgs.newTitle"), children: page }, status);
}

export const adminRoutes = new Hono<AppEnv>()
  .use("/admin/*", platformAdmin)
  .get("/admin/organisations", async (c) => {
    const orgs = await listOrganisationsWithCounts({ db: c.var.deps.db, userId: viewerOf(c).userId });
    return renderPage(c, {
      title: c.var.t("admin.orgs.title"),
      children: <AdminOrganisationsPage t={c.var.t} orgs={orgs} />,
    });
  })
  .get("/admin/audit", async (c) => {
    const entries = await platformAuditEntries(c.var.deps.db);
    const { t, locale } = c.var;
    return renderPage(c, {
      title: t("admin.audit.title"),
      children: <PlatformAuditPage t={t} locale={locale} entries={entries} />,
    });
  })
  .get("/admin/organisations/new", (c) => newPage(c, { type: "primary" }, {}, 200))
  .post("/admin/organisations/new", (c) =>
    submitForm(c, newOrganisationForm, {
      again: (form) => newPage(c, form.values, form.errors, 422),
      run: async ({ leaderName, leaderEmail, ...organisation }) => {
        await inviteOncePerForm(c, "/admin/organisations", (db) =>
          createOrganisationWithLeader(db, {
            ...organisation,
            createdBy: viewerOf(c).userId,
            leader: { name: leaderName, email: leaderEmail },
          }),
        );
        return "/admin/organisations";
      },
      flash: "admin.orgs.created",
    }),
  );
