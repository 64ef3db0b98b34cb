/** What a test reads back of an organisation: its rows of one table, through its row-level security. */
import { eq } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import { withOrg, type Db } from "../../src/db/client.js";

/** Every row of `table` that belongs to the organisation, read in its row-level-security transaction by no one in particular. */
export function orgRows<T extends PgTable & { orgId: AnyPgColumn }>(
  db: Db,
  table: T,
  orgId: string,
): Promise<T["$inferSelect"][]> {
  return withOrg(db, { orgId, userId: null }, (tx) =>
    tx
      .select()
      .from(table as PgTable)
      .where(eq(table.orgId, orgId)),
  ) as Promise<T["$inferSelect"][]>;
}
