/**
 * A staff member sets a password (/account/password). A session taken over must not turn into a
 * lasting login, so only a recent sign-in may do it; the new password ends the person's other
 * sessions and is mailed about (urgent), so a change they did not make does not go unnoticed.
 */
import { eq } from "drizzle-orm";
import { withOrg } from "../../db/client.js";
import { users } from "../../db/schema/index.js";
import { hashPassword } from "../../auth/passwords.js";
import { destroyOtherSessions, signedInWithin } from "../../auth/sessions.js";
import type { Viewer } from "../../auth/viewer.js";
import type { Deps } from "../../web/env.js";
import { isLocale, type Locale } from "../../web/i18n/index.js";
import { notify } from "../../mail/notify.js";
import { accountSecurity } from "../two-factor/index.js";

/** How recent the sign-in (link, password, or second step) must be. */
export const RECENT_SIGN_IN_MINUTES = 10;

export function signedInRecently(deps: Deps, viewer: Viewer): Promise<boolean> {
  return signedInWithin(deps.db, viewer.sessionHash, RECENT_SIGN_IN_MINUTES);
}

/** Saves the password, ends the other sessions and records the mail, in one transaction. */
export async function setPassword(deps: Deps, viewer: Viewer, options: { password: string; locale: Locale }) {
  const passwordHash = await hashPassword(options.password);
  await withOrg(deps.db, { orgId: null, userId: viewer.userId }, async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, viewer.userId));
    await destroyOtherSessions(tx, viewer.userId, viewer.sessionHash);
    const recipient = { email: viewer.email, locale: isLocale(viewer.locale) ? viewer.locale : options.locale };
    await notify(tx, deps.jobs, accountSecurity, [recipient], (_recipient, t) => ({
      subject: t("account.password.mail.subject"),
      text: t("account.password.mail.body", { name: viewer.name, link: `${deps.config.publicUrl}/sign-in` }),
    }));
  });
}
