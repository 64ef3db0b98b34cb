/**
 * The writers of posts who still belong to the organisation, with their names: a parent while
 * they are a guardian here (the school directory), staff while they hold a role here. Everyone
 * else is signed "a former parent" or "a former staff member" (domain/author.ts).
 */
import { inArray } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { users } from "../../../db/schema/index.js";
import { stillHere } from "../../pupils/index.js";
import type { WriterRole } from "../domain/author.js";

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
