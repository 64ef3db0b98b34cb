/**
 * The authenticator app: set it up (a secret is saved only after a right code),
 * check a code at sign-in, turn it off. Every code check counts towards a limit
 * per person, and a code's time step is spent once used, so it cannot be replayed.
 */
import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { authChallenges, users } from "../../db/schema/index.js";
import { enforceLimits } from "../../auth/rate-limit.js";
import type { Deps } from "../../web/env.js";
import { readChallenge, saveChallenge } from "./challenges.js";
import { openSecret, sealSecret } from "./secret-box.js";
import { matchCode, newTotpSecret } from "./totp.js";

export type CodeCheck = "ok" | "wrong" | "reused" | "expired";

/** Five code attempts per person per quarter of an hour: guessing 1 in 333,333 stays hopeless. */
async function countAttempt(db: Db, userId: string): Promise<void> {
  await enforceLimits(db, [{ key: `totp:user:${userId}`, limit: 5, windowSeconds: 900 }], "totp");
}

/** The secret being set up in this session: the one shown before, or a new one. */
export async function pendingTotpSecret(deps: Deps, sessionHash: string): Promise<string> {
  const key = deps.config.SECRET_KEY;
  const stored = await readChallenge(deps.db, sessionHash, "totp-setup");
  if (stored) return openSecret(stored, key);
  const secret = newTotpSecret();
  await saveChallenge(deps.db, { sessionHash, purpose: "totp-setup", value: sealSecret(secret, key), minutes: 30 });
  return secret;
}

/** Saves the pending secret once a code from it is right. */
export async function confirmTotpSetup(
  deps: Deps,
  options: { userId: string; sessionHash: string; code: string },
): Promise<CodeCheck> {
  await countAttempt(deps.db, options.userId);
  const stored = await readChallenge(deps.db, options.sessionHash, "totp-setup");
  if (!stored) return "expired";
  const step = matchCode(openSecret(stored, deps.config.SECRET_KEY), options.code);
  if (step === null) return "wrong";
  await deps.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpSecret: stored, totpLastStep: step })
      .where(and(eq(users.id, options.userId), isNull(users.totpSecret)));
    await tx
      .delete(authChallenges)
      .where(and(eq(authChallenges.sessionHash, options.sessionHash), eq(authChallenges.purpose, "totp-setup")));
  });
  return "ok";
}

/** Checks a code against the saved secret and spends its time step. */
export async function checkTotpCode(deps: Deps, options: { userId: string; code: string }): Promise<CodeCheck> {
  await countAttempt(deps.db, options.userId);
  const [user] = await deps.db.select({ secret: users.totpSecret }).from(users).where(eq(users.id, options.userId));
  if (!user?.secret) return "wrong";
  const step = matchCode(openSecret(user.secret, deps.config.SECRET_KEY), options.code);
  if (step === null) return "wrong";
  // Only a step later than the last one used counts: one UPDATE, so two requests with the same code cannot both pass.
  const spent = await deps.db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, options.userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return spent.length ? "ok" : "reused";
}

/** Turns the authenticator app off, after a right code. */
export async function disableTotp(deps: Deps, options: { userId: string; code: string }): Promise<CodeCheck> {
  const check = await checkTotpCode(deps, options);
  if (check === "ok")
    await deps.db.update(users).set({ totpSecret: null, totpLastStep: null }).where(eq(users.id, options.userId));
  return check;
}
