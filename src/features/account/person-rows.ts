/**
 * Most parts of the data export are "this person's rows of one table, some of its columns": written
 * once here, so a feature's part names only the table, the column that points at the person, the
 * columns it exports and their order.
 */
import { and, asc, eq, getTableColumns, type InferSelectModel } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "../../db/client.js";

type OrgTable = PgTable & { orgId: PgColumn };
type ColumnName<T extends OrgTable> = keyof T["_"]["columns"] & string;

export interface PersonInOrg {
  orgId: string;
  userId: string;
}

export interface RowsOfPerson<T extends OrgTable, K extends ColumnName<T>> {
  /** The column that names the person, such as "authorId". */
  by: ColumnName<T>;
  columns: readonly K[];
  /**
   * Oldest first by this column, then by id (rows of one transaction share their time); without
   * it, in the database's order.
   */
  order?: ColumnName<T>;
}

/** Runs in the caller's transaction (the organisation's row-level security applies as well). */
export async function rowsOfPerson<T extends OrgTable, K extends ColumnName<T>>(
  tx: Tx,
  { orgId, userId }: PersonInOrg,
  table: T,
  { by, columns, order }: RowsOfPerson<T, K>,
): Promise<Pick<InferSelectModel<T>, K>[]> {
  const all: Record<string, PgColumn> = getTableColumns(table);
  const query = tx
    .select(Object.fromEntries(columns.map((name) => [name, all[name]!])))
    .from(table as PgTable)
    .where(and(eq(table.orgId, orgId), eq(all[by]!, userId)));
  // The selection is built from names, which drizzle cannot type: the names are checked against the table above.
  const tiebreak = all.id ? [asc(all.id)] : [];
  return (await (order ? query.orderBy(asc(all[order]!), ...tiebreak) : query)) as Pick<InferSelectModel<T>, K>[];
}
