/** Inviting a guardian: a mail with a sign-in link, in their language (the organisation's default: Dutch). */
import { eq } from "drizzle-orm";
import { createSignInToken } from "../../../auth/sign-in-links.js";
import type { Db } from "../../../db/client.js";
import { users } from "../../../db/schema/index.js";
import type { Mailer } from "../../../mail/mailer.js";
import { localeOf, translator } from "../../../web/i18n/index.js";
import { InputError } from "../../../web/input-error.js";
import { accountOf, findGuardian } from "./guardians.js";
import { inOrg, type OrgScope } from "../../../db/org-scope.js";
import { schoolNameOf } from "../directory/school.js";
import { recordAuditBy } from "../../../audit/record.js";

/** Whom an invitation goes to, as made in the form's transaction; mailed once it has committed. */
export interface GuardianInvitee {
  guardianName: string;
  user: { id: string; email: string; locale: string | null };
  orgName: string;
}

/**
 * Makes a guardian's invitation: links their account first if they have none, and records it in the
 * audit trail; refused for a guardian without an e-mail address. Run in the form's transaction
 * (oncePerForm), so a form sent twice makes, and mails, one.
 */
export async function inviteGuardian(options: OrgScope & { guardianId: string }): Promise<GuardianInvitee> {
  return inOrg(options, async (tx) => {
    const guardian = await findGuardian(tx, options.orgId, options.guardianId);
    const { email } = guardian;
    if (!email) throw new InputError("email", "pupils.guardians.error.noEmail");
    const userId = await accountOf(tx, options.orgId, { ...guardian, email });
    const [user] = await tx.select().from(users).where(eq(users.id, userId));
    const orgName = await schoolNameOf(tx, options.orgId);
    await recordAuditBy(tx, options, {
      action: "update",
      entity: "guardian",
      entityId: guardian.id,
      detail: "invitation-sent",
    });
    return { guardianName: guardian.name, user: user!, orgName };
  });
}

/** Mails the invitation with a sign-in link, after the transaction that made it (the mailer writes the outbox through its own connection). */
export async function mailGuardianInvitation(
  deps: { db: Db; mailer: Mailer; publicUrl: string },
  invitee: GuardianInvitee,
): Promise<void> {
  const { token, lasts } = await createSignInToken(deps.db, invitee.user.id);
  const t = translator(localeOf(invitee.user.locale));
  await deps.mailer.send({
    to: invitee.user.email,
    userId: invitee.user.id,
    subject: t("pupils.invite.subject", { org: invitee.orgName }),
    text: t("pupils.invite.body", {
      name: invitee.guardianName,
      org: invitee.orgName,
      link: `${deps.publicUrl}/sign-in/link?token=${token}`,
      lasts: t(lasts.key, { count: lasts.count }),
      signIn: `${deps.publicUrl}/sign-in`,
    }),
  });
}
