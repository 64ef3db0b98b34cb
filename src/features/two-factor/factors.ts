/** Which second factors a person has, for the pages that offer or ask for them. */
import { eq } from "drizzle-orm";
import { qrCodeSvg } from "../../lib/qr-code.js";
import type { Db } from "../../db/client.js";
import { users } from "../../db/schema/index.js";
import type { Deps } from "../../web/env.js";
import { listPasskeys, type PasskeySummary } from "./passkeys.js";
import { pendingTotpSecret } from "./totp-service.js";
import { groupSecret, totpUri } from "./totp.js";

/** The app part of the set-up page: on, or the secret being set up, as text and as an SVG QR code. */
export type AppState = { active: true } | { active: false; groupedSecret: string; qrSvg: string };

/** Whether the person has the app on, and their passkeys. */
export async function factorsOf(db: Db, userId: string): Promise<{ totp: boolean; passkeys: PasskeySummary[] }> {
  const [user] = await db.select({ secret: users.totpSecret }).from(users).where(eq(users.id, userId));
  return { totp: Boolean(user?.secret), passkeys: await listPasskeys(db, userId) };
}

/** The app's state for the set-up page; makes (or reuses) the pending secret when the app is off. */
export async function appState(
  deps: Deps,
  person: { active: boolean; sessionHash: string; email: string },
): Promise<AppState> {
  if (person.active) return { active: true };
  const secret = await pendingTotpSecret(deps, person.sessionHash);
  const qrSvg = await qrCodeSvg(totpUri(secret, person.email));
  return { active: false, groupedSecret: groupSecret(secret), qrSvg };
}
