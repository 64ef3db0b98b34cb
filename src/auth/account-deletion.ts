/**
 * Deleting an account and the person's data (docs/privacy.md, "Deleting a person"): one DELETE of
 * the users row, and the foreign keys do the rest: what is theirs is deleted (cascade, their
 * sessions too), the school's record stays without the name (set null), a guardian record stays
 * with the school's register, unlinked. In the caller's transaction, so a refusal or a failure
 * leaves everything as it was. The one place that deletes an account from the app; a new path that
 * removes one (with a reason of its own) uses it too.
 */
import { and, eq, ne } from "drizzle-orm";
import { withOrg, type Tx } from "../db/client.js";
import { memberships, organisations, users } from "../db/schema/index.js";
import { recordPlatformAudit } from "../audit/record.js";

/** Why an account was deleted, as the platform's trail says it: no name, no address, no id. */
export type DeletionReason = "by_person";

/**
 * The organisations that would be left without a school leader: those where this person is the
 * only one. Each is read in its own organisation's scope (the policy on memberships shows a
 * person only their own rows elsewhere); the other leaders' rows are locked, so two leaders who
 * delete themselves at once cannot both pass.
 */
export async function organisationsLeftWithoutLeader(tx: Tx, userId: string): Promise<string[]> {
  const led = await tx
    .select({ orgId: memberships.orgId, name: organisations.name })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.orgId))
    .where(and(eq(memberships.userId, userId), eq(memberships.role, "school_leader")));
  const alone: string[] = [];
  for (const org of led) {
    const others = await withOrg(tx, { orgId: org.orgId, userId }, (scoped) =>
      scoped
        .select({ userId: memberships.userId })
        .from(memberships)
        .where(
          and(eq(memberships.orgId, org.orgId), eq(memberships.role, "school_leader"), ne(memberships.userId, userId)),
        )
        .for("update"),
    );
    if (others.length === 0) alone.push(org.name);
  }
  return alone;
}

/** Deletes the account with everything the foreign keys delete with it, and records that one was deleted. */
export async function deleteAccount(tx: Tx, options: { userId: string; reason: DeletionReason }): Promise<void> {
  await tx.delete(users).where(eq(users.id, options.userId));
  // Neither who nor which: the entry says only that an account was deleted, and why.
  await recordPlatformAudit(tx, { userId: null, action: "delete", entity: "account", detail: options.reason });
}
