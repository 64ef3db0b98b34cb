/**
 * The parents a message to the whole school or to some groups reaches, a page at a time: each
 * parent who can sign in (a guardian with an account) with a child still at the school in those
 * groups, once, by account id. Keyset pages (`after` the last id of the page before) keep a
 * fan-out to 2,000 parents at one small page in memory and let a retried job go on where it was.
 * Runs in the caller's transaction.
 */
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import { anyOf, type Tx } from "../../../db/client.js";
import { guardians, pupilGuardians, pupils, users } from "../../../db/schema/index.js";
import type { ParentAccount } from "./families.js";
import { onGuardianLinks, onPupilLinks } from "./joins.js";

export async function parentAccountsPage(
  tx: Tx,
  orgId: string,
  options: { groupIds: readonly string[] | "all"; after: string | null; limit: number },
): Promise<ParentAccount[]> {
  if (options.groupIds !== "all" && options.groupIds.length === 0) return [];
  return tx
    .selectDistinctOn([users.id], { userId: users.id, name: guardians.name, email: users.email, locale: users.locale })
    .from(guardians)
    .innerJoin(users, eq(users.id, guardians.userId))
    .innerJoin(pupilGuardians, onGuardianLinks)
    .innerJoin(pupils, onPupilLinks)
    .where(
      and(
        eq(guardians.orgId, orgId),
        isNull(pupils.archivedAt),
        options.groupIds === "all" ? undefined : anyOf(pupils.groupId, options.groupIds),
        options.after ? gt(users.id, options.after) : undefined,
      ),
    )
    .orderBy(asc(users.id), asc(guardians.name))
    .limit(options.limit);
}

/** The groups of the children (not archived) of the guardian who is this user: what news they may read. */
export async function groupIdsOfParent(tx: Tx, orgId: string, userId: string): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ groupId: sql<string>`${pupils.groupId}` })
    .from(pupils)
    .innerJoin(pupilGuardians, onPupilLinks)
    .innerJoin(guardians, onGuardianLinks)
    .where(
      and(
        eq(pupils.orgId, orgId),
        eq(guardians.userId, userId),
        isNull(pupils.archivedAt),
        sql`${pupils.groupId} is not null`,
      ),
    );
  return rows.map((row) => row.groupId);
}
