/**
 * Pending challenges, kept on the server next to the session: a WebAuthn
 * challenge must come back exactly once, and an authenticator-app secret is
 * only saved once the person has typed a code from it.
 */
import { and, eq, gt, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { authChallenges } from "../../db/schema/index.js";

export type ChallengePurpose = "totp-setup" | "passkey-register" | "passkey-sign-in" | "recovery-codes";

/** Stores a challenge for the session, replacing an earlier one for the same purpose. */
export async function saveChallenge(
  db: Db,
  options: { sessionHash: string; purpose: ChallengePurpose; value: string; minutes: number },
): Promise<void> {
  const expiresAt = new Date(Date.now() + options.minutes * 60_000);
  await db
    .insert(authChallenges)
    .values({ sessionHash: options.sessionHash, purpose: options.purpose, value: options.value, expiresAt })
    .onConflictDoUpdate({
      target: [authChallenges.sessionHash, authChallenges.purpose],
      set: { value: options.value, expiresAt },
    });
}

function live(sessionHash: string, purpose: ChallengePurpose) {
  return and(
    eq(authChallenges.sessionHash, sessionHash),
    eq(authChallenges.purpose, purpose),
    gt(authChallenges.expiresAt, sql`now()`),
  );
}

/** The live challenge, left in place; null when there is none or it expired. */
export async function readChallenge(db: Db, sessionHash: string, purpose: ChallengePurpose): Promise<string | null> {
  const [row] = await db.select({ value: authChallenges.value }).from(authChallenges).where(live(sessionHash, purpose));
  return row?.value ?? null;
}

/** Removes the challenge and returns it if it was still live: each one answers once. */
export async function takeChallenge(db: Db, sessionHash: string, purpose: ChallengePurpose): Promise<string | null> {
  const [row] = await db
    .delete(authChallenges)
    .where(and(eq(authChallenges.sessionHash, sessionHash), eq(authChallenges.purpose, purpose)))
    .returning({ value: authChallenges.value, expiresAt: authChallenges.expiresAt });
  return row && row.expiresAt.getTime() > Date.now() ? row.value : null;
}
