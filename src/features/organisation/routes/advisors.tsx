/** Advisors: list, invite, remove. */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { renderPage } from "../../../web/layout.js";
import { organisationManagers, viewerOf } from "../../../web/guards.js";
import { parseForm, type FormErrors, type FormValues } from "../../../web/validation.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { addInvitee } from "../invite.js";
import { listMembers, removeAdvisor } from "../members.js";
import { inviteAdvisorForm } from "../schemas.js";
import { AdvisorsPage } from "../views/advisors.js";
import { pathId, scopeOf } from "../../../web/route-context.js";
import { inviteOncePerForm, orgNameOf } from "./context.js";

async function advisorsPage(c: Context<AppEnv>, values: FormValues, errors: FormErrors, status: 200 | 422) {
  const advisors = await listMembers({ ...scopeOf(c), kind: "advisors" });
  const page = (
    <AdvisorsPage
      t={c.var.t}
      csrf={c.var.csrfToken}
      orgName={orgNameOf(c)}
      advisors={advisors}
      values={values}
      errors={errors}
    />
  );
  return renderPage(c, { title: c.var.t("org.advisors.title"), children: page }, status);
}

export const advisorRoutes = new Hono<AppEnv>()
  .get("/organisation/advisors", organisationManagers, (c) => advisorsPage(c, {}, {}, 200))
  .post("/organisation/advisors", organisationManagers, async (c) => {
    const form = await parseForm(c, inviteAdvisorForm);
    if (!form.ok) return advisorsPage(c, form.values, form.errors, 422);
    const { orgId } = scopeOf(c);
    const invitedBy = viewerOf(c).userId;
    await inviteOncePerForm(c, "/organisation/advisors", (db) =>
      addInvitee(db, { orgId, invitedBy, ...form.data, roles: ["advisor"] }),
    );
    return redirectWithFlash(c, "/organisation/advisors", "org.advisors.invited");
  })
  .post("/organisation/advisors/:userId/remove", organisationManagers, async (c) => {
    await removeAdvisor({ ...scopeOf(c), memberId: pathId(c, "userId") });
    return redirectWithFlash(c, "/organisation/advisors", "org.advisors.removed");
  });
