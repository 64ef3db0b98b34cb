/**
 * Who still belongs to the organisation: a parent while they are a guardian here, staff while they
 * hold a role here. A feature that mails people it knew earlier (followers of a thread, volunteers,
 * a conversation's staff) asks first, so whoever left gets nothing more from the school.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { memberships } from "../../../db/schema/index.js";
import { guardianAccountsAmong } from "./families.js";

/** Of these accounts, those who are a guardian here and those who hold a role here. */
export async function stillHere(
  tx: Tx,
  orgId: string,
  ids: readonly string[],
): Promise<{ parents: Set<string>; staff: Set<string> }> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return { parents: new Set(), staff: new Set() };
  const parents = await guardianAccountsAmong(tx, orgId, wanted);
  const staff = new Set(
    (
      await tx
        .selectDistinct({ userId: memberships.userId })
        .from(memberships)
        .where(and(eq(memberships.orgId, orgId), inArray(memberships.userId, wanted)))
    ).map((row) => row.userId),
  );
  return { parents, staff };
}

/** Those of these accounts who still belong here, as a parent or as staff. */
export async function stillHereAmong(tx: Tx, orgId: string, ids: readonly string[]): Promise<Set<string>> {
  const { parents, staff } = await stillHere(tx, orgId, ids);
  return new Set([...parents, ...staff]);
}
