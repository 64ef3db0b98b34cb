/**
 * Tables that only link a row of an organisation to something else: the groups it is for, or the
 * people who marked it (read, followed, supported, joined). Each is keyed by the pair, and a link
 * goes with either side. The row's key column is given as one entry, `{ postId: uuid("post_id").notNull() }`,
 * so the table's column keeps its name and type.
 */
import { type BuildExtraConfigColumns } from "drizzle-orm";
import {
  type AnyPgColumn,
  index,
  type PgColumnBuilderBase,
  pgTable,
  type PgTableExtraConfigValue,
  primaryKey,
  uuid,
} from "drizzle-orm/pg-core";
import { belongsTo, owner } from "./columns.js";
import { groups, orgId } from "./organisations.js";

type OrgRow = { orgId: AnyPgColumn; id: AnyPgColumn };
const groupId = () => uuid("group_id").notNull();
type Rules<TName extends string, TColumns extends Record<string, PgColumnBuilderBase>> = (
  t: BuildExtraConfigColumns<TName, TColumns, "pg">,
) => PgTableExtraConfigValue[];

/** The column of `t` that `key` (one entry) names. */
function keyColumn(t: Record<string, AnyPgColumn>, key: Record<string, unknown>): AnyPgColumn {
  const column = t[Object.keys(key)[0] ?? ""];
  if (column === undefined) throw new Error("a link table's key names one column");
  return column;
}

/** The groups (classes) a row is for: one row per group, gone with the row or the group. */
export function groupsOf<TName extends string, TKey extends Record<string, PgColumnBuilderBase>>(
  name: TName,
  key: TKey,
  parent: OrgRow,
  rules: Rules<TName, { orgId: ReturnType<typeof orgId> } & TKey & { groupId: ReturnType<typeof groupId> }> = () => [],
) {
  return pgTable(name, { orgId: orgId(), ...key, groupId: groupId() }, (t) => {
    const parentId = keyColumn(t, key);
    return [
      primaryKey({ columns: [t.orgId, parentId, t.groupId] }),
      belongsTo(parent, parentId),
      belongsTo(groups, t.groupId),
      ...rules(t),
    ];
  });
}

/**
 * People's marks on a row (a read, a follow, a support, a membership, a sign-up, an answer): one
 * per person, with what `columns` adds (when, mostly) and its `rules`, gone with the row or the
 * person's account; a person's marks are found fast (their export, their deletion).
 */
export function personMarks<
  TName extends string,
  TKey extends Record<string, PgColumnBuilderBase>,
  TColumns extends Record<string, PgColumnBuilderBase> = Record<never, never>,
>(
  name: TName,
  key: TKey,
  parent: OrgRow,
  columns: TColumns = {} as TColumns,
  rules: Rules<
    TName,
    { orgId: ReturnType<typeof orgId> } & TKey & { userId: ReturnType<typeof owner> } & TColumns
  > = () => [],
) {
  return pgTable(name, { orgId: orgId(), ...key, userId: owner("user_id"), ...columns }, (t) => {
    const parentId = keyColumn(t, key);
    return [
      primaryKey({ columns: [t.orgId, parentId, t.userId] }),
      belongsTo(parent, parentId),
      index(`${name}_user_idx`).on(t.userId),
      ...rules(t),
    ];
  });
}
