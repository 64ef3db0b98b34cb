/**
 * A person deletes their own account (/account/delete): refused for a platform administrator
 * (someone else must take over running the platform first) and for the last school leader of an
 * organisation (they hand over first, or the school has no one left to manage it); otherwise the
 * account goes with everything the foreign keys take along (src/auth/account-deletion.ts). Just
 * before, in the same transaction, each feature that must act on it (tell families whose teacher
 * leaves) does so in every organisation the person works in (`accountDeletionSteps`).
 */
import { eq } from "drizzle-orm";
import { withOrg, type Db, type Tx } from "../../db/client.js";
import { memberships, users } from "../../db/schema/index.js";
import { deleteAccount, organisationsLeftWithoutLeader } from "../../auth/account-deletion.js";
import type { Deps } from "../../web/env.js";
import { contributionsTo, extensionPoint } from "../../web/extension.js";

/** The account about to go: whose, when, and what a step needs to send mail. */
export interface AccountDeletion {
  userId: string;
  now: Date;
  deps: Pick<Deps, "config" | "jobs">;
}

/**
 * What a feature built on the account does in an organisation the person works in, in the
 * organisation's scope and the deletion's transaction, while their rows still name them: it
 * commits with the deletion or not at all, so it happens once.
 */
export type AccountDeletionStep = (tx: Tx, orgId: string, deletion: AccountDeletion) => Promise<void>;

export const accountDeletionSteps = extensionPoint<AccountDeletionStep>("account.deletionSteps");

async function runDeletionSteps(tx: Tx, deletion: AccountDeletion): Promise<void> {
  const steps = contributionsTo(accountDeletionSteps);
  if (steps.length === 0) return;
  const orgs = await tx
    .selectDistinct({ orgId: memberships.orgId })
    .from(memberships)
    .where(eq(memberships.userId, deletion.userId));
  for (const { orgId } of orgs)
    await withOrg(tx, { orgId, userId: deletion.userId }, async (scoped) => {
      for (const step of steps) await step(scoped, orgId, deletion);
    });
}

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

/** Deletes the person's account unless refused; checked, the features' steps run and deleted in one transaction. */
export function deleteOwnAccount(
  deps: Pick<Deps, "db" | "config" | "jobs">,
  userId: string,
): Promise<DeletionRefusal | null> {
  return withOrg(deps.db, { orgId: null, userId }, async (tx) => {
    const refusal = await refusalIn(tx, userId);
    if (refusal) return refusal;
    await runDeletionSteps(tx, { userId, now: new Date(), deps });
    await deleteAccount(tx, { userId, reason: "by_person" });
    return null;
  });
}
