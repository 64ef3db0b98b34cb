/**
 * The one row a page or a command is about, or a 404: the organisation's row of a table whose
 * columns hold these values (as `ofOrg` says them), or NotFoundError naming what was looked for.
 *
 *   const goal = await rowOfOrg(tx, planGoals, orgId, { planId, id: goalId }, "goal");
 */
import type { AnyColumn, SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { NotFoundError } from "../web/errors.js";
import type { Tx } from "./client.js";
import { ofOrg, type ColumnValues } from "./of-org.js";

export async function rowOfOrg<T extends PgTable & { orgId: AnyColumn }>(
  tx: Tx,
  table: T,
  orgId: string,
  values: ColumnValues<T>,
  what: string,
  ...more: (SQL | undefined)[]
): Promise<T["$inferSelect"]> {
  const [row] = await tx
    .select()
    .from(table as PgTable)
    .where(ofOrg(table, orgId, values, ...more));
  if (!row) throw new NotFoundError(what);
  return row as T["$inferSelect"];
}
