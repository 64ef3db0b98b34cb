/**
 * New recovery codes travel from the request that made them to the page that shows
 * them once: sealed with SECRET_KEY next to the session for ten minutes, taken (and
 * so deleted) when shown.
 */
import { z } from "zod";
import type { Deps } from "../../web/env.js";
import { saveChallenge, takeChallenge } from "./challenges.js";
import { replaceRecoveryCodes, unusedRecoveryCodes } from "./recovery-codes.js";
import { openSecret, sealSecret } from "./secret-box.js";

const storedCodes = z.array(z.string());

/** Replaces the person's codes and keeps the new ones for the next page. */
export async function makeFreshCodes(deps: Deps, person: { userId: string; sessionHash: string }): Promise<void> {
  const key = deps.config.SECRET_KEY;
  const codes = await replaceRecoveryCodes(deps.db, { userId: person.userId, secretKey: key });
  const value = sealSecret(JSON.stringify(codes), key);
  await saveChallenge(deps.db, { sessionHash: person.sessionHash, purpose: "recovery-codes", value, minutes: 10 });
}

/** Makes codes for someone who has none left, as when a first second factor is set up; true when it did. */
export async function makeCodesIfNone(deps: Deps, person: { userId: string; sessionHash: string }): Promise<boolean> {
  if ((await unusedRecoveryCodes(deps.db, person.userId)) > 0) return false;
  await makeFreshCodes(deps, person);
  return true;
}

/** The codes made for this session, once; null when there are none (or they were shown already). */
export async function takeFreshCodes(deps: Deps, sessionHash: string): Promise<string[] | null> {
  const stored = await takeChallenge(deps.db, sessionHash, "recovery-codes");
  return stored ? storedCodes.parse(JSON.parse(openSecret(stored, deps.config.SECRET_KEY))) : null;
}
