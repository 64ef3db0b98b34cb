/** Staff: list, invite, change roles, remove from the organisation. */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { renderPage } from "../../../web/layout.js";
import { organisationManagers, viewerOf } from "../../../web/guards.js";
import { ForbiddenError } from "../../../web/errors.js";
import { parseForm, postedList, type FormErrors, type FormValues } from "../../../web/validation.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { addInvitee } from "../invite.js";
import { pendingInvitations } from "../invitations.js";
import { getStaffMember, listMembers, removeStaff, setStaffRoles, type Member } from "../members.js";
import { assignableRoles, mayRemoveMember, nextRoles } from "../policy.js";
import { inviteStaffForm, staffRolesInput } from "../schemas.js";
import { InvitePage, MemberPage, StaffPage } from "../views/staff.js";
import { pathId, scopeOf } from "../../../web/route-context.js";
import { inviteOncePerForm, orgNameOf, withdrawFrom } from "./context.js";
import { attempt, attemptWithStatus } from "../../../web/form-refusal.js";
import { mayResetSecondFactor, mayResetSecondFactorOf } from "../../two-factor/index.js";

function invitePage(
  c: Context<AppEnv>,
  values: FormValues,
  checked: string[],
  errors: FormErrors,
  status: 200 | 422 | 429,
) {
  const roleOptions = assignableRoles(viewerOf(c));
  const page = (
    <InvitePage
      t={c.var.t}
      csrf={c.var.csrfToken}
      roleOptions={roleOptions}
      values={values}
      checked={checked}
      errors={errors}
    />
  );
  return renderPage(c, { title: c.var.t("org.staff.invite"), children: page }, status);
}

async function memberPage(
  c: Context<AppEnv>,
  member: Member,
  checked: string[],
  errors: FormErrors,
  status: 200 | 422,
) {
  const viewer = viewerOf(c);
  const secondFactorReset =
    !mayResetSecondFactor(viewer) || member.userId === viewer.userId
      ? null
      : (await mayResetSecondFactorOf(c.var.deps.db, { orgId: scopeOf(c).orgId, actor: viewer }, member.userId))
        ? "offered"
        : "administrator";
  const page = (
    <MemberPage
      t={c.var.t}
      csrf={c.var.csrfToken}
      orgName={orgNameOf(c)}
      member={member}
      roleOptions={assignableRoles(viewer)}
      checked={checked}
      errors={errors}
      mayRemove={mayRemoveMember(viewer, member.roles)}
      secondFactorReset={secondFactorReset}
    />
  );
  return renderPage(c, { title: c.var.t("org.staff.member.title", { name: member.name }), children: page }, status);
}

/** The staff and their invitations waiting for an answer; `gone` says the one withdrawn is no longer there (404). */
async function staffPage(c: Context<AppEnv>, gone = false) {
  const [members, invitations] = await Promise.all([
    listMembers({ ...scopeOf(c), kind: "staff" }),
    pendingInvitations({ ...scopeOf(c), kind: "staff" }),
  ]);
  const page = (
    <StaffPage
      t={c.var.t}
      locale={c.var.locale}
      csrf={c.var.csrfToken}
      orgName={orgNameOf(c)}
      members={members}
      invitations={invitations}
      mayWithdraw={(roles) => mayRemoveMember(viewerOf(c), roles)}
      gone={gone}
    />
  );
  return renderPage(c, { title: c.var.t("org.staff.title"), children: page }, gone ? 404 : 200);
}

const loadMember = (c: Context<AppEnv>) => getStaffMember({ ...scopeOf(c), memberId: pathId(c, "userId") });

export const staffRoutes = new Hono<AppEnv>()
  .get("/organisation/staff", organisationManagers, (c) => staffPage(c))
  .get("/organisation/staff/invite", organisationManagers, (c) => invitePage(c, {}, [], {}, 200))
  .post("/organisation/staff/invite", organisationManagers, async (c) => {
    const form = await parseForm(c, inviteStaffForm);
    if (!form.ok) return invitePage(c, form.values, await postedList(c, "roles"), form.errors, 422);
    const viewer = viewerOf(c);
    if (!nextRoles(viewer, [], form.data.roles)) throw new ForbiddenError("role");
    const { orgId } = scopeOf(c);
    // Refused: 422, or 429 when the address had its invitations for this hour (invite-limit.ts).
    const refused = await attemptWithStatus(c, () =>
      inviteOncePerForm(c, "/organisation/staff", (db) =>
        addInvitee(db, { orgId, invitedBy: viewer.userId, ...form.data }),
      ),
    );
    if (refused) return invitePage(c, form.values, form.data.roles, refused.errors, refused.status);
    return redirectWithFlash(c, "/organisation/staff", "org.staff.invited");
  })
  .post("/organisation/staff/invitations/:invitationId/withdraw", organisationManagers, (c) =>
    withdrawFrom(c, "/organisation/staff", () => staffPage(c, true)),
  )
  .get("/organisation/staff/:userId", organisationManagers, async (c) => {
    const member = await loadMember(c);
    return memberPage(c, member, member.roles, {}, 200);
  })
  .post("/organisation/staff/:userId/roles", organisationManagers, async (c) => {
    const member = await loadMember(c);
    const form = await parseForm(c, staffRolesInput);
    const checked = await postedList(c, "roles");
    if (!form.ok) return memberPage(c, member, checked, form.errors, 422);
    const roles = nextRoles(viewerOf(c), member.roles, form.data.roles);
    if (!roles) throw new ForbiddenError("role");
    const errors = await attempt(c, () => setStaffRoles({ ...scopeOf(c), memberId: member.userId, roles }));
    if (errors) return memberPage(c, member, checked, errors, 422);
    return redirectWithFlash(c, `/organisation/staff/${member.userId}`, "org.staff.rolesSaved");
  })
  .post("/organisation/staff/:userId/remove", organisationManagers, async (c) => {
    const member = await loadMember(c);
    const viewer = viewerOf(c);
    if (!mayRemoveMember(viewer, member.roles)) throw new ForbiddenError("school leader");
    const errors = await attempt(c, () => removeStaff({ ...scopeOf(c), memberId: member.userId, deps: c.var.deps }));
    if (errors) return memberPage(c, member, member.roles, errors, 422);
    // Someone who removed themselves no longer manages anything here.
    const next = member.userId === viewer.userId ? "/home" : "/organisation/staff";
    return redirectWithFlash(c, next, "org.staff.removed");
  });
