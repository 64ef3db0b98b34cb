/** Sign-in use cases: ask for a link, sign in with it or with a password. */
import { createSignInToken, consumeSignInToken, findUserByEmail } from "../../auth/sign-in-links.js";
import { enforceLimits } from "../../auth/rate-limit.js";
import { verifyPassword } from "../../auth/passwords.js";
import { linkLimits, passwordLimits } from "./limits.js";
import { translator, isLocale, type Locale } from "../../web/i18n/index.js";
import type { Deps } from "../../web/env.js";

/**
 * Mails a sign-in link when the address belongs to someone. The caller shows the
 * same answer either way, so nobody can learn which addresses exist.
 */
export async function requestSignInLink(
  deps: Deps,
  options: { email: string; ip: string; locale: Locale },
): Promise<void> {
  const email = options.email.toLowerCase();
  await enforceLimits(deps.db, linkLimits(email, options.ip), "sign-in link");
  const user = await findUserByEmail(deps.db, email);
  if (!user) return;
  const token = await createSignInToken(deps.db, user.id);
  const t = translator(isLocale(user.locale) ? user.locale : options.locale);
  await deps.mailer.send({
    to: user.email,
    subject: t("signIn.mail.subject"),
    text: t("signIn.mail.body", { name: user.name, link: `${deps.config.publicUrl}/sign-in/link?token=${token}` }),
  });
}

/** The user id for a valid link, consuming it; null when it is unknown, used or expired. */
export function signInWithLink(deps: Deps, token: string): Promise<string | null> {
  return consumeSignInToken(deps.db, token);
}

/** The user id when the password matches; rate-limited per address from one IP, per IP, and per address. */
export async function signInWithPassword(
  deps: Deps,
  options: { email: string; password: string; ip: string },
): Promise<string | null> {
  const email = options.email.toLowerCase();
  await enforceLimits(deps.db, passwordLimits(email, options.ip), "password");
  const user = await findUserByEmail(deps.db, email);
  if (!user?.passwordHash) return null;
  return (await verifyPassword(user.passwordHash, options.password)) ? user.id : null;
}
