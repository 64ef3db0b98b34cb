/**
 * The school directory's groups: what other features ask about groups and their teachers. Each
 * function runs in the caller's transaction, so row-level security and the caller's organisation
 * apply.
 */
import { and, asc, eq, getTableName, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { groupStaff, groups, locations, schoolYears, users } from "../../../db/schema/index.js";
import { onGroupStaff, onGroupYear } from "./joins.js";
import { onKey } from "../../../db/on-key.js";

/** Pupils (not archived) in the `groups` row of the outer query; written out because drizzle leaves columns unqualified. */
const pupilCount = sql<number>`(select count(*)::int from pupils p where p.org_id = groups.org_id and p.group_id = groups.id and p.archived_at is null)`;

export interface CurrentGroup {
  id: string;
  name: string;
  schoolYearId: string;
  schoolYear: string;
  location: string | null;
  pupilCount: number;
}

/** The groups of school years that are not archived: by school year, then by name. */
export async function currentGroups(tx: Tx, orgId: string): Promise<CurrentGroup[]> {
  const rows = await tx
    .select({
      id: groups.id,
      name: groups.name,
      schoolYearId: groups.schoolYearId,
      schoolYear: schoolYears.name,
      location: locations.name,
      pupilCount,
    })
    .from(groups)
    .innerJoin(schoolYears, onGroupYear)
    .leftJoin(locations, onKey(locations, groups.orgId, groups.locationId))
    .where(and(eq(groups.orgId, orgId), isNull(schoolYears.archivedAt)))
    .orderBy(asc(schoolYears.startsOn), asc(groups.name));
  return rows.map((r) => ({ ...r, pupilCount: Number(r.pupilCount) }));
}

/** Whether every one of these ids is a group of a current (not archived) school year. */
export async function areCurrentGroups(tx: Tx, orgId: string, ids: readonly string[]): Promise<boolean> {
  const wanted = [...new Set(ids)];
  if (!wanted.length) return true;
  const found = await tx
    .select({ id: groups.id })
    .from(groups)
    .innerJoin(schoolYears, onGroupYear)
    .where(and(eq(groups.orgId, orgId), inArray(groups.id, wanted), isNull(schoolYears.archivedAt)));
  return found.length === wanted.length;
}

/** The groups of one school year with their pupils (not archived), by name. */
export async function groupsOfSchoolYear(tx: Tx, orgId: string, schoolYearId: string) {
  const rows = await tx
    .select({ id: groups.id, name: groups.name, pupilCount })
    .from(groups)
    .where(ofOrg(groups, orgId, { schoolYearId }))
    .orderBy(asc(groups.name));
  return rows.map((r) => ({ ...r, pupilCount: Number(r.pupilCount) }));
}

export interface TeacherGroup {
  groupId: string;
  name: string;
  schoolYear: string;
  pupilCount: number;
}

/** The groups a teacher or mentor is assigned to, in school years not archived, by name. */
export async function groupsOfTeacher(tx: Tx, orgId: string, userId: string): Promise<TeacherGroup[]> {
  const rows = await tx
    .select({
      groupId: groups.id,
      name: groups.name,
      schoolYear: schoolYears.name,
      pupilCount,
    })
    .from(groups)
    .innerJoin(groupStaff, onGroupStaff)
    .innerJoin(schoolYears, onGroupYear)
    .where(and(eq(groups.orgId, orgId), eq(groupStaff.userId, userId), isNull(schoolYears.archivedAt)))
    .orderBy(asc(groups.name));
  return rows.map((r) => ({ ...r, pupilCount: Number(r.pupilCount) }));
}

export interface Teacher {
  userId: string;
  name: string;
}

/** The teachers of each of these groups, by name. */
export async function teachersOfGroups(tx: Tx, orgId: string, groupIds: readonly string[]) {
  const map = new Map<string, Teacher[]>();
  if (!groupIds.length) return map;
  const rows = await tx
    .select({ groupId: groupStaff.groupId, userId: users.id, name: users.name })
    .from(groupStaff)
    .innerJoin(users, eq(users.id, groupStaff.userId))
    .where(and(eq(groupStaff.orgId, orgId), inArray(groupStaff.groupId, [...groupIds])))
    .orderBy(asc(users.name), asc(users.id));
  for (const { groupId, ...teacher } of rows) map.set(groupId, [...(map.get(groupId) ?? []), teacher]);
  return map;
}

/** The groups among these that nobody teaches or mentors: their families get no conversation times. */
export async function groupsWithoutTeacher<G extends { id: string }>(
  tx: Tx,
  orgId: string,
  groups: readonly G[],
): Promise<G[]> {
  if (!groups.length) return [];
  const taught = await tx
    .selectDistinct({ groupId: groupStaff.groupId })
    .from(groupStaff)
    .where(
      and(
        eq(groupStaff.orgId, orgId),
        inArray(
          groupStaff.groupId,
          groups.map((g) => g.id),
        ),
      ),
    );
  const ids = new Set(taught.map((r) => r.groupId));
  return groups.filter((g) => !ids.has(g.id));
}

/** The ids of every group (of any school year) this user teaches or mentors. */
export async function groupIdsOfTeacher(tx: Tx, orgId: string, userId: string): Promise<string[]> {
  const rows = await tx
    .select({ groupId: groupStaff.groupId })
    .from(groupStaff)
    .where(ofOrg(groupStaff, orgId, { userId }));
  return rows.map((r) => r.groupId);
}

/** These groups' names, by name. */
export function groupNames(tx: Tx, orgId: string, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
  if (!ids.length) return Promise.resolve([]);
  return tx
    .select({ id: groups.id, name: groups.name })
    .from(groups)
    .where(and(eq(groups.orgId, orgId), inArray(groups.id, [...ids])))
    .orderBy(asc(groups.name), asc(groups.id));
}

/** A table of the groups a row is for (`groupsOf` in db/schema/links.ts), with its column naming the row. */
export interface GroupLinks {
  table: PgTable & { orgId: AnyPgColumn; groupId: AnyPgColumn };
  row: AnyPgColumn<{ data: string; notNull: true }>;
}

/**
 * The groups each of these rows is for (ids and names), each row's by name in the order `.sort()`
 * gives; a row for no group is not in the map.
 */
export async function groupsOfRows(
  tx: Tx,
  orgId: string,
  links: GroupLinks,
  rowIds: readonly string[],
): Promise<Map<string, { id: string; name: string }[]>> {
  const byRow = new Map<string, { id: string; name: string }[]>();
  if (!rowIds.length) return byRow;
  const rows = await tx
    .select({ rowId: links.row, id: groups.id, name: groups.name })
    .from(links.table)
    .innerJoin(groups, and(eq(groups.orgId, links.table.orgId), eq(groups.id, links.table.groupId)))
    .where(and(eq(links.table.orgId, orgId), inArray(links.row, [...rowIds])));
  for (const { rowId, ...group } of rows) byRow.set(rowId, [...(byRow.get(rowId) ?? []), group]);
  for (const list of byRow.values()) list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return byRow;
}

/** Whether a group is still at this location (a location in use cannot be removed). */
export async function hasGroupsAt(tx: Tx, orgId: string, locationId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: groups.id })
    .from(groups)
    .where(ofOrg(groups, orgId, { locationId }))
    .limit(1);
  return Boolean(row);
}

/** Takes a staff member off every group (they leave the organisation). */
export async function removeFromAllGroups(tx: Tx, orgId: string, userId: string): Promise<void> {
  await tx.delete(groupStaff).where(ofOrg(groupStaff, orgId, { userId }));
}

/** A column as table.column, also where drizzle would leave it unqualified (a query on one table). */
const qualified = (column: PgColumn) =>
  sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;

/**
 * A group's name as a column of another feature's query (null without a group), for a statement
 * that is prepared or already reads a row per group: `groupNameOf(audiences.orgId, audiences.groupId)`.
 */
export function groupNameOf(orgId: PgColumn, groupId: PgColumn): SQL<string | null> {
  return sql<
    string | null
  >`(select g.name from ${groups} g where g.org_id = ${qualified(orgId)} and g.id = ${qualified(groupId)})`;
}
