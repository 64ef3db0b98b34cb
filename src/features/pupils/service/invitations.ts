/** Inviting a guardian: a mail with a sign-in link, in their language (the organisation's default: Dutch). */
import { eq } from "drizzle-orm";
import { createSignInToken } from "../../../auth/sign-in-links.js";
import { users } from "../../../db/schema/index.js";
import type { Mailer } from "../../../mail/mailer.js";
import { localeOf, translator } from "../../../web/i18n/index.js";
import { InputError } from "../../../web/input-error.js";
import { accountOf, findGuardian } from "./guardians.js";
import { inOrg, type OrgScope } from "../../../db/org-scope.js";
import { schoolNameOf } from "../directory/school.js";
import { recordAuditBy } from "../../../audit/record.js";

export interface InviteOptions extends OrgScope {
  guardianId: string;
  mailer: Mailer;
  /** config.publicUrl: where the link points. */
  publicUrl: string;
}

/** Mails a guardian a sign-in link, linking their account first if they have none; refused for a guardian without an e-mail address. */
export async function sendGuardianInvitation(options: InviteOptions): Promise<void> {
  const invitee = await inOrg(options, async (tx) => {
    const guardian = await findGuardian(tx, options.orgId, options.guardianId);
    const { email } = guardian;
    if (!email) throw new InputError("email", "pupils.guardians.error.noEmail");
    const userId = await accountOf(tx, options.orgId, { ...guardian, email });
    const [user] = await tx.select().from(users).where(eq(users.id, userId));
    const school = await schoolNameOf(tx, options.orgId);
    return { guardian, user: user!, orgName: school };
  });
  // The mail goes out after the read transaction: PGlite has one connection, and
  // the mailer writes the outbox through its own.
  const { token, lasts } = await createSignInToken(options.db, invitee.user.id);
  const t = translator(localeOf(invitee.user.locale));
  await options.mailer.send({
    to: invitee.user.email,
    userId: invitee.user.id,
    subject: t("pupils.invite.subject", { org: invitee.orgName }),
    text: t("pupils.invite.body", {
      name: invitee.guardian.name,
      org: invitee.orgName,
      link: `${options.publicUrl}/sign-in/link?token=${token}`,
      lasts: t(lasts.key, { count: lasts.count }),
      signIn: `${options.publicUrl}/sign-in`,
    }),
  });
  await inOrg(options, (tx) =>
    recordAuditBy(tx, options, {
      action: "update",
      entity: "guardian",
      entityId: invitee.guardian.id,
      detail: "invitation-sent",
    }),
  );
}
