/** Test helpers for the second factor: an authenticator app as a person's phone would have it. */
import { eq } from "drizzle-orm";
import { Secret, TOTP } from "otpauth";
import type { Db } from "../../db/client.js";
import { users } from "../../db/schema/index.js";
import { newTotpSecret } from "./totp.js";

/** The code the app shows now (or `steps` periods later). */
export function codeFor(secret: string, steps = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() + steps * 30_000 });
}

/** Gives a user an authenticator app directly, as if set up earlier; returns its secret. */
export async function giveApp(db: Db, userId: string): Promise<string> {
  const secret = newTotpSecret();
  await db.update(users).set({ totpSecret: secret }).where(eq(users.id, userId));
  return secret;
}

/** The key as the set-up page shows it, spaces removed. */
export function secretOnPage(html: string): string {
  const grouped = html.match(/<code class="secret">([A-Z2-7 ]+)<\/code>/)?.[1];
  if (!grouped) throw new Error("no secret on the page");
  return grouped.replace(/ /g, "");
}

/** A well-formed code that the app does not show around now. */
export function wrongCodeFor(secret: string): string {
  const near = new Set([-1, 0, 1].map((step) => codeFor(secret, step)));
  return ["000000", "111111", "222222", "333333"].find((code) => !near.has(code)) ?? "444444";
}
