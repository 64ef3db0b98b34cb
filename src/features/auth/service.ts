/** Sign-in use cases: ask for a link, sign in with it or with a password. */
import { consumeSignInToken, findUserByEmail, recordSignInLink } from "../../auth/sign-in-links.js";
import { enforceLimits } from "../../auth/rate-limit.js";
import { verifyPasswordOrDecoy } from "../../auth/passwords.js";
import { hashToken, newToken } from "../../auth/tokens.js";
import { deliverSignInLinkJob } from "../../mail/jobs.js";
import { linkLimits, passwordLimits } from "./limits.js";
import { translator, isLocale, type Locale } from "../../web/i18n/index.js";
import type { Deps } from "../../web/env.js";

/**
 * Mails a sign-in link when the address belongs to someone. The caller shows the same answer either
 * way, and the work is the same too, so neither the page nor its time tells which addresses exist:
 * a token made and hashed, the mail written, one statement that records both only for an account
 * (recordSignInLink) and one delivery job in one transaction; SMTP is the job's, after the answer.
 */
export async function requestSignInLink(
  deps: Deps,
  options: { email: string; ip: string; locale: Locale },
): Promise<void> {
  const email = options.email.toLowerCase();
  await enforceLimits(deps.db, linkLimits(email, options.ip), "sign-in link");
  const user = await findUserByEmail(deps.db, email);
  const token = newToken();
  const t = translator(isLocale(user?.locale) ? user.locale : options.locale);
  const link = `${deps.config.publicUrl}/sign-in/link?token=${token}`;
  const mail = { subject: t("signIn.mail.subject"), text: t("signIn.mail.body", { name: user?.name ?? "", link }) };
  // One transaction that writes either way (the job), so both commit alike.
  await deps.db.transaction(async (tx) => {
    const ids = await recordSignInLink(tx, { userId: user?.id ?? null, tokenHash: hashToken(token), ...mail });
    await deps.jobs.send(tx, deliverSignInLinkJob, { ids });
  });
}

/** The user id for a valid link, consuming it; null when it is unknown, used or expired. */
export function signInWithLink(deps: Deps, token: string): Promise<string | null> {
  return consumeSignInToken(deps.db, token);
}

/**
 * The user id when the password matches; rate-limited per address from one IP, per IP, and per
 * address. An unknown address or an account without a password is checked against a decoy, so it
 * takes as long.
 */
export async function signInWithPassword(
  deps: Deps,
  options: { email: string; password: string; ip: string },
): Promise<string | null> {
  const email = options.email.toLowerCase();
  await enforceLimits(deps.db, passwordLimits(email, options.ip), "password");
  const user = await findUserByEmail(deps.db, email);
  return (await verifyPasswordOrDecoy(user?.passwordHash, options.password)) ? user!.id : null;
}
