/**
 * Recovery codes: the way back in for someone who lost their app or passkey. Ten
 * codes, shown once; stored as HMAC-SHA256 under SECRET_KEY, so a copy of the
 * database gives neither the codes nor a way to guess them offline; each works once;
 * making new ones replaces all of them.
 */
import { randomInt } from "node:crypto";
import { and, count, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { recoveryCodes } from "../../db/schema/index.js";
import { enforceLimits } from "../../auth/rate-limit.js";
import { keyedDigest, purposeKey } from "../../lib/keyed-hash.js";

export const RECOVERY_CODE_COUNT = 10;
/** No 0/o, 1/l/i: easy to read off paper. */
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
/** Three groups of four: 12 characters from 31, about 59 bits. */
const LENGTH = 12;

/** The form a code is compared in: lower case, without spaces or dashes. */
export function normaliseRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[\s-]/g, "");
}

function hashCode(secretKey: string, code: string): string {
  return keyedDigest(purposeKey(secretKey, "recovery code"), normaliseRecoveryCode(code), "base64url");
}

function newCode(): string {
  const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return chars.match(/.{4}/g)!.join("-");
}

/** Makes a new set of codes, replacing every earlier one; returns them to show once. */
export async function replaceRecoveryCodes(db: Db, options: { userId: string; secretKey: string }): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
  await db.transaction(async (tx) => {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, options.userId));
    await tx
      .insert(recoveryCodes)
      .values(codes.map((code) => ({ userId: options.userId, codeHash: hashCode(options.secretKey, code) })));
  });
  return codes;
}

/** How many of the person's codes are still unused. */
export async function unusedRecoveryCodes(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.n ?? 0;
}

/**
 * Uses one of the person's codes: true once per code, and only for their own.
 * Five tries per quarter of an hour, like codes from the app.
 */
export async function useRecoveryCode(
  db: Db,
  options: { userId: string; code: string; secretKey: string },
): Promise<boolean> {
  await enforceLimits(db, [{ key: `recovery:user:${options.userId}`, limit: 5, windowSeconds: 900 }], "recovery code");
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(recoveryCodes.userId, options.userId),
        eq(recoveryCodes.codeHash, hashCode(options.secretKey, options.code)),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ userId: recoveryCodes.userId });
  return used.length === 1;
}
