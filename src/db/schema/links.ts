/**
 * Tables whose rows hang off a row of an organisation and have no id of their own: the groups it
 * is for, the people who marked it (read, followed, supported, joined), or its parts (versions,
 * translations, reminders sent). Each is keyed by the parent row and what tells its rows apart,
 * and a row goes with its parent. The parent's key column is given as an entry,
 * `{ postId: uuid("post_id").notNull() }`, so the table's column keeps its name and type.
 */
import { type BuildExtraConfigColumns } from "drizzle-orm";
import {
  type AnyPgColumn,
  index,
  type PgColumnBuilderBase,
  type PgTable,
  pgTable,
  type PgTableExtraConfigValue,
  primaryKey,
  uuid,
} from "drizzle-orm/pg-core";
import { belongsTo, belongsToPart, owner } from "./columns.js";
import { groups, orgId } from "./organisations.js";

type OrgRow = { orgId: AnyPgColumn; id: AnyPgColumn };
/**
 * A part as the parent of parts (a conversation's outcome, a year's expectations document): its
 * table, and the `label` of the foreign key to it (`<table>_<label>_fk`, `belongsToPart`).
 */
export type PartParent = { part: PgTable; label: string };
const groupId = () => uuid("group_id").notNull();
/** A table's own columns, by their names in TypeScript. */
type Columns = Record<string, PgColumnBuilderBase>;
/** The rules (keys, indexes, checks) of a table here: they see `org_id` and the table's `TColumns`. */
type Rules<TName extends string, TColumns extends Columns> = (
  t: BuildExtraConfigColumns<TName, { orgId: ReturnType<typeof orgId> } & TColumns, "pg">,
) => PgTableExtraConfigValue[];

/** The columns of `t` that `key`'s entries name, in their order. */
function keyColumns(t: Record<string, AnyPgColumn>, key: Record<string, unknown>): [AnyPgColumn, ...AnyPgColumn[]] {
  const columns = Object.keys(key).map((name) => t[name]);
  const [first, ...rest] = columns;
  if (first === undefined || rest.includes(undefined)) throw new Error("a table's key names its columns");
  return [first, ...(rest as AnyPgColumn[])];
}

/** The groups (classes) a row is for: one row per group, gone with the row or the group. */
export function groupsOf<TName extends string, TKey extends Columns>(
  name: TName,
  key: TKey,
  parent: OrgRow,
  rules: Rules<TName, TKey & { groupId: ReturnType<typeof groupId> }> = () => [],
) {
  return partsOf(name, parent, { ...key, groupId: groupId() }, {}, (t) => [belongsTo(groups, t.groupId), ...rules(t)]);
}

/**
 * People's marks on a row (a read, a follow, a support, a membership, a sign-up, an answer): one
 * per person, with what `columns` adds (when, mostly) and its `rules`, gone with the row or the
 * person's account; a person's marks are found fast (their export, their deletion).
 */
export function personMarks<
  TName extends string,
  TKey extends Columns,
  TColumns extends Columns = Record<never, never>,
>(
  name: TName,
  key: TKey,
  parent: OrgRow,
  columns: TColumns = {} as TColumns,
  rules: Rules<TName, TKey & { userId: ReturnType<typeof owner> } & TColumns> = () => [],
) {
  return partsOf(name, parent, { ...key, userId: owner("user_id") }, columns, (t) => [
    index(`${name}_user_idx`).on(t.userId),
    ...rules(t),
  ]);
}

/**
 * The parts of a row of an organisation that have no id of their own (a post's versions and
 * translations, a trajectory's skipped steps): `key` names the parent's column first, then what
 * tells its parts apart (`{ postId: …, version: … }`); keyed by `org_id` and `key`, gone with
 * the parent, which may itself be a part (`PartParent`). `columns` and `rules` are the part's own; `keyName` names the key where a
 * hand-written migration named it (drizzle names it otherwise).
 */
export function partsOf<TName extends string, TKey extends Columns, TColumns extends Columns = Record<never, never>>(
  name: TName,
  parent: OrgRow | PartParent,
  key: TKey,
  columns: TColumns = {} as TColumns,
  rules: Rules<TName, TKey & TColumns> = () => [],
  { keyName }: { keyName?: string } = {},
) {
  return pgTable(name, { orgId: orgId(), ...key, ...columns }, (t) => {
    const [parentId, ...within] = keyColumns(t, key);
    const columns: [AnyPgColumn, ...AnyPgColumn[]] = [t.orgId, parentId, ...within];
    return [
      primaryKey(keyName === undefined ? { columns } : { name: keyName, columns }),
      "part" in parent ? belongsToPart(parent.part, parentId, parent.label) : belongsTo(parent, parentId),
      ...rules(t),
    ];
  });
}
