/**
 * The writers of posts who still belong to the organisation, with their names: a parent while
 * they are a guardian here (the school directory), staff while they hold a role here. Everyone
 * else is signed "a former parent" or "a former staff member" (domain/author.ts).
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { memberships, users } from "../../../db/schema/index.js";
import { guardianAccountsAmong } from "../../pupils/index.js";
import type { WriterRole } from "../domain/author.js";

/** Of these accounts, those who are a guardian here and those who hold a role here. */
export async function stillHere(
  tx: Tx,
  orgId: string,
  ids: readonly string[],
): Promise<{ parents: Set<string>; staff: Set<string> }> {
  const parents = await guardianAccountsAmong(tx, orgId, ids);
  const staff = new Set(
    ids.length === 0
      ? []
      : (
          await tx
            .selectDistinct({ userId: memberships.userId })
            .from(memberships)
            .where(and(eq(memberships.orgId, orgId), inArray(memberships.userId, [...ids])))
        ).map((row) => row.userId),
  );
  return { parents, staff };
}

export async function presentWriters(
  tx: Tx,
  orgId: string,
  writers: readonly { authorId: string | null; authorRole: WriterRole }[],
): Promise<Map<string, string>> {
  const ids = [...new Set(writers.flatMap((w) => (w.authorId ? [w.authorId] : [])))];
  if (ids.length === 0) return new Map();
  const { parents, staff } = await stillHere(tx, orgId, ids);
  const here = ids.filter((id) =>
    writers.some((w) => w.authorId === id && (w.authorRole === "parent" ? parents.has(id) : staff.has(id))),
  );
  if (here.length === 0) return new Map();
  const names = await tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, here));
  return new Map(names.map((row) => [row.id, row.name]));
}
