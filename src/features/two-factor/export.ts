/**
 * A person's second factors, for their data export: the passkeys by the name they gave them, and
 * how many recovery codes are left. Keys, secrets and code hashes are left out: they would only
 * help whoever got hold of the file.
 */
import { and, asc, count, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { passkeys, recoveryCodes, users } from "../../db/schema/index.js";

export async function secondFactorsOf(db: Db, userId: string) {
  const keys = await db
    .select({ name: passkeys.name, createdAt: passkeys.createdAt, lastUsedAt: passkeys.lastUsedAt })
    .from(passkeys)
    .where(eq(passkeys.userId, userId))
    .orderBy(asc(passkeys.createdAt), asc(passkeys.id));
  const [codes] = await db
    .select({ left: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  const [app] = await db.select({ secret: users.totpSecret }).from(users).where(eq(users.id, userId));
  return { passkeys: keys, authenticatorApp: app?.secret != null, recoveryCodesLeft: codes?.left ?? 0 };
}
