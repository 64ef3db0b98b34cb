/** Advisors: list, invite, remove. */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { renderPage } from "../../../web/layout.js";
import { organisationManagers, viewerOf } from "../../../web/guards.js";
import { emptyForm, type FormState } from "../../../web/validation.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { submitForm } from "../../../web/submit-form.js";
import { addInvitee } from "../invite.js";
import { listMembers, removeAdvisor } from "../members.js";
import { pendingInvitations } from "../invitations.js";
import { mayRemoveMember } from "../policy.js";
import { inviteAdvisorForm } from "../schemas.js";
import { AdvisorsPage } from "../views/advisors.js";
import { pageProps, pathId, scopeOf } from "../../../web/route-context.js";
import { inviteOncePerForm, orgNameOf, withdrawFrom } from "./context.js";

/** The advisors and their invitations waiting for an answer; at 404, the one withdrawn is no longer there. */
async function advisorsPage(c: Context<AppEnv>, form: FormState = emptyForm, status: 200 | 404 | 422 | 429 = 200) {
  const [advisors, invitations] = await Promise.all([
    listMembers({ ...scopeOf(c), kind: "advisors" }),
    pendingInvitations({ ...scopeOf(c), kind: "advisors" }),
  ]);
  const page = (
    <AdvisorsPage
      {...pageProps(c)}
      orgName={orgNameOf(c)}
      advisors={advisors}
      invitations={invitations}
      mayWithdraw={(roles) => mayRemoveMember(viewerOf(c), roles)}
      gone={status === 404}
      {...form}
    />
  );
  return renderPage(c, { title: c.var.t("org.advisors.title"), children: page }, status);
}

export const advisorRoutes = new Hono<AppEnv>()
  .get("/organisation/advisors", organisationManagers, (c) => advisorsPage(c))
  .post("/organisation/advisors", organisationManagers, (c) =>
    submitForm(c, inviteAdvisorForm, {
      again: (form, status) => advisorsPage(c, form, status),
      run: async (data) => {
        const { orgId } = scopeOf(c);
        const invitedBy = viewerOf(c).userId;
        await inviteOncePerForm(c, "/organisation/advisors", (db) =>
          addInvitee(db, { orgId, invitedBy, ...data, roles: ["advisor"] }),
        );
        return "/organisation/advisors";
      },
      flash: "org.advisors.invited",
    }),
  )
  .post("/organisation/advisors/invitations/:invitationId/withdraw", organisationManagers, (c) =>
    withdrawFrom(c, "/organisation/advisors", () => advisorsPage(c, emptyForm, 404)),
  )
  .post("/organisation/advisors/:userId/remove", organisationManagers, async (c) => {
    await removeAdvisor({ ...scopeOf(c), memberId: pathId(c, "userId") });
    return redirectWithFlash(c, "/organisation/advisors", "org.advisors.removed");
  });
