/**
 * Resetting someone's second factor, for a staff member who lost their app, passkeys
 * and recovery codes: their school leader (or a platform administrator) removes all
 * three and ends their sessions, in one transaction with an audit entry; the person
 * is mailed (notify(), in the same transaction), so a reset they did not ask for does not go unnoticed. They then sign in
 * with a link and set up a new second factor (their organisation may require it).
 */
import { eq, ne, sql } from "drizzle-orm";
import { rowsOf, withOrg, type Db, type Tx } from "../../db/client.js";
import { ofOrg } from "../../db/of-org.js";
import { memberships, organisations, passkeys, recoveryCodes, sessions, users } from "../../db/schema/index.js";
import { recordAudit } from "../../audit/record.js";
import type { Viewer } from "../../auth/viewer.js";
import type { Deps } from "../../web/env.js";
import { ForbiddenError, NotFoundError } from "../../web/errors.js";
import { isLocale, type Locale } from "../../web/i18n/index.js";
import { notify } from "../../mail/notify.js";
import { accountSecurity } from "./notifications.js";

/** A school leader of the current organisation, or a platform administrator. */
export function mayResetSecondFactor(viewer: Viewer): boolean {
  return viewer.isPlatformAdmin || (viewer.current?.staffRoles.includes("school_leader") ?? false);
}

/**
 * Whether the viewer may reset this staff member's second factor here: a platform administrator
 * may; a school leader only for someone with no place in another organisation who does not run the
 * platform, since a reset ends the person's sessions everywhere (migration 0052).
 */
export async function resettableBy(tx: Tx, actor: Viewer, userId: string): Promise<boolean> {
  if (actor.isPlatformAdmin) return true;
  const result = await tx.execute(sql`select second_factor_resettable_here(${userId}) as "resettable"`);
  return rowsOf<{ resettable: boolean }>(result)[0]?.resettable === true;
}

/** `resettableBy` in a transaction of its own, for a page that offers the reset. */
export function mayResetSecondFactorOf(db: Db, scope: { orgId: string; actor: Viewer }, userId: string) {
  return withOrg(db, { orgId: scope.orgId, userId: scope.actor.userId }, (tx) => resettableBy(tx, scope.actor, userId));
}

/**
 * Removes the staff member's second factors and sessions and mails them; NotFoundError when they are
 * not staff here, ForbiddenError when it is not this leader's to reset (`resettableBy`).
 */
export async function resetSecondFactor(
  deps: Deps,
  options: { orgId: string; actor: Viewer; userId: string; locale: Locale },
): Promise<void> {
  await withOrg(deps.db, { orgId: options.orgId, userId: options.actor.userId }, async (tx) => {
    const [member] = await tx
      .select({ email: users.email, name: users.name, locale: users.locale, orgName: organisations.name })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .innerJoin(organisations, eq(organisations.id, memberships.orgId))
      .where(ofOrg(memberships, options.orgId, { userId: options.userId }, ne(memberships.role, "advisor")))
      .limit(1);
    if (!member) throw new NotFoundError("staff member");
    if (!(await resettableBy(tx, options.actor, options.userId))) throw new ForbiddenError("second factor elsewhere");
    await tx.update(users).set({ totpSecret: null, totpLastStep: null }).where(eq(users.id, options.userId));
    await tx.delete(passkeys).where(eq(passkeys.userId, options.userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, options.userId));
    await tx.delete(sessions).where(eq(sessions.userId, options.userId));
    await recordAudit(tx, {
      orgId: options.orgId,
      userId: options.actor.userId,
      action: "reset",
      entity: "second_factor",
      entityId: options.userId,
    });
    // Recorded with the reset itself: the mail exists exactly when the reset commits.
    const recipient = { email: member.email, locale: isLocale(member.locale) ? member.locale : options.locale };
    await notify(tx, deps.jobs, accountSecurity, [recipient], (_recipient, t) => ({
      subject: t("twoFactor.reset.mail.subject"),
      text: t("twoFactor.reset.mail.body", {
        name: member.name,
        by: options.actor.name,
        organisation: member.orgName,
        link: `${deps.config.publicUrl}/sign-in`,
      }),
    }));
  });
}
