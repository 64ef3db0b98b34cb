/**
 * The condition most queries start with: the rows of one organisation whose columns hold these
 * values. Every query names its organisation, though row-level security would admit no other
 * (docs/decisions/006, "Scope"); `ofOrg` writes that once, first, so the organisation cannot be
 * left out, and says the rest as a record instead of a column of `eq`s.
 *
 *   .where(ofOrg(discussionMembers, scope.orgId, { groupId, userId: scope.userId }))
 *
 * is `and(eq(t.orgId, orgId), eq(t.groupId, groupId), eq(t.userId, userId))`, in that order; any
 * further conditions (a list, a range, a null) follow as they are.
 */
import { and, eq, type AnyColumn, type SQL, type SQLWrapper, type Table } from "drizzle-orm";

type ColumnsOf<T extends Table> = T["_"]["columns"];

/** A value for each column named: what `eq` takes for it (a value, a placeholder, another column). */
export type ColumnValues<T extends Table> = {
  [K in keyof ColumnsOf<T>]?: ColumnsOf<T>[K]["_"]["data"] | SQLWrapper | AnyColumn;
};

/** `org_id = orgId and column = value …` for the table, followed by any further conditions. */
export function ofOrg<T extends Table & { orgId: AnyColumn }>(
  table: T,
  orgId: string | SQLWrapper | AnyColumn,
  values: ColumnValues<T> = {},
  ...more: (SQL | undefined)[]
): SQL {
  const columns = table as unknown as Record<string, AnyColumn>;
  const equal = Object.entries(values).map(([name, value]) => {
    // A value left undefined would match nothing or everything: a caller's mistake, said at once.
    if (value === undefined) throw new Error(`ofOrg: no value for ${name}`);
    return eq(columns[name]!, value);
  });
  return and(eq(table.orgId, orgId), ...equal, ...more)!;
}
