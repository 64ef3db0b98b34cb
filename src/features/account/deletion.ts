/**
 * A person deletes their own account (/account/delete): refused for a platform administrator
 * (someone else must take over running the platform first) and for the last school leader of an
 * organisation (they hand over first, or the school has no one left to manage it); otherwise the
 * account goes with everything the foreign keys take along (src/auth/account-deletion.ts).
 */
import { eq } from "drizzle-orm";
import { withOrg, type Db, type Tx } from "../../db/client.js";
import { users } from "../../db/schema/index.js";
import { deleteAccount, organisationsLeftWithoutLeader } from "../../auth/account-deletion.js";

export type DeletionRefusal = { reason: "platformAdmin" } | { reason: "lastLeader"; organisations: string[] };

async function refusalIn(tx: Tx, userId: string): Promise<DeletionRefusal | null> {
  const [user] = await tx.select({ admin: users.isPlatformAdmin }).from(users).where(eq(users.id, userId));
  if (user?.admin) return { reason: "platformAdmin" };
  const organisations = await organisationsLeftWithoutLeader(tx, userId);
  return organisations.length ? { reason: "lastLeader", organisations } : null;
}

/** Why this person may not delete their account now; null when they may. */
export function deletionRefusal(db: Db, userId: string): Promise<DeletionRefusal | null> {
  return withOrg(db, { orgId: null, userId }, (tx) => refusalIn(tx, userId));
}

/** Deletes the person's account unless refused; checked and deleted in one transaction. */
export function deleteOwnAccount(db: Db, userId: string): Promise<DeletionRefusal | null> {
  return withOrg(db, { orgId: null, userId }, async (tx) => {
    const refusal = await refusalIn(tx, userId);
    if (!refusal) await deleteAccount(tx, { userId, reason: "by_person" });
    return refusal;
  });
}
