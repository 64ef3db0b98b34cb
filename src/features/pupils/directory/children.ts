/**
 * The school directory's children as other features name and list them: with their group and
 * their guardians, in the order a list of children is read (group, first name, surname). Each
 * function runs in the caller's transaction, so row-level security and the caller's organisation
 * apply.
 */
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { anyOf, anyOfPlaceholder, preparedQuery, type Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { groupStaff, groups, guardians, locations, pupilGuardians, pupils, users } from "../../../db/schema/index.js";
import { fullName } from "../../../lib/names.js";
import { onGroupStaff, onGuardianLinks, onPupilGroup, onPupilLinks } from "./joins.js";
import { onKey } from "../../../db/on-key.js";

export interface ChildGroupRow {
  pupilId: string;
  firstName: string;
  /** The full name, as lists show it. */
  name: string;
  groupId: string | null;
  groupName: string | null;
  archived: boolean;
}

export interface FamilyGuardian {
  guardianId: string;
  name: string;
  /** Null for a guardian without an address. */
  email: string | null;
  /** The language of their account, when they have one. */
  locale: string | null;
  /** The account they sign in with, when they have one. */
  userId: string | null;
}

export interface ChildWithGuardians extends ChildGroupRow {
  /** By name; each with their own address and language (guardians who live apart too). */
  guardians: FamilyGuardian[];
}

const childColumns = {
  pupilId: pupils.id,
  firstName: pupils.firstName,
  surnamePrefix: pupils.surnamePrefix,
  surname: pupils.surname,
  groupId: pupils.groupId,
  groupName: groups.name,
  archived: sql<boolean>`${pupils.archivedAt} is not null`,
};
const listOrder = [sql`${groups.name} asc nulls last`, asc(pupils.firstName), asc(pupils.surname), asc(pupils.id)];

function childOf(row: { surnamePrefix: string | null; surname: string } & Omit<ChildGroupRow, "name">): ChildGroupRow {
  const { pupilId, firstName, groupId, groupName, archived } = row;
  return { pupilId, firstName, name: fullName(row), groupId, groupName, archived: Boolean(archived) };
}

/** Built once (prepared): a booking's confirmation reads it every time. */
const withGuardians = preparedQuery("directory_children_with_guardians", (db) =>
  db
    .select({
      ...childColumns,
      guardianId: guardians.id,
      guardianName: guardians.name,
      email: guardians.email,
      locale: users.locale,
      userId: guardians.userId,
    })
    .from(pupils)
    .leftJoin(groups, onPupilGroup)
    .leftJoin(pupilGuardians, onPupilLinks)
    .leftJoin(guardians, onGuardianLinks)
    .leftJoin(users, eq(users.id, guardians.userId))
    .where(ofOrg(pupils, sql.placeholder("orgId"), {}, anyOfPlaceholder(pupils.id, "pupilIds")))
    .orderBy(...listOrder, asc(guardians.name), asc(guardians.id)),
);

/**
 * These children (archived ones too) with their group and guardians, in list order. What a
 * booking's mail, a teacher's schedule or a conversation page says about a child; prepared,
 * because booking reads it on every confirmation.
 */
export async function childrenWithGuardians(
  tx: Tx,
  orgId: string,
  pupilIds: readonly string[],
): Promise<ChildWithGuardians[]> {
  if (pupilIds.length === 0) return [];
  const rows = await withGuardians(tx, { orgId, pupilIds });
  const children = new Map<string, ChildWithGuardians>();
  for (const row of rows) {
    const child = children.get(row.pupilId) ?? { ...childOf(row), guardians: [] };
    const { guardianId, guardianName, email, locale, userId } = row;
    if (guardianId) child.guardians.push({ guardianId, name: guardianName ?? "", email, locale, userId });
    children.set(row.pupilId, child);
  }
  return [...children.values()];
}

/** The pupils (not archived) of these groups, or of every group, in list order. */
export async function pupilsOfGroups(
  tx: Tx,
  orgId: string,
  groupIds: readonly string[] | "all",
): Promise<ChildGroupRow[]> {
  if (groupIds !== "all" && groupIds.length === 0) return [];
  const rows = await tx
    .select(childColumns)
    .from(pupils)
    .innerJoin(groups, onPupilGroup)
    .where(
      and(
        eq(pupils.orgId, orgId),
        isNull(pupils.archivedAt),
        groupIds === "all" ? undefined : anyOf(pupils.groupId, groupIds),
      ),
    )
    .orderBy(...listOrder);
  return rows.map(childOf);
}

export interface RoundFamilyChild {
  pupilId: string;
  firstName: string;
  name: string;
  groupId: string;
  groupName: string;
  /** The user's own guardian record for this child. */
  guardianId: string;
  /** The staff of the child's group, by name. */
  teachers: { id: string; name: string }[];
}

/** Built once (prepared): every booking reads it. */
const withTeachers = preparedQuery("directory_guardian_children_teachers", (db) =>
  db
    .select({
      ...childColumns,
      groupName: sql<string>`${groups.name}`,
      guardianId: guardians.id,
      teacherId: groupStaff.userId,
      teacherName: users.name,
    })
    .from(pupils)
    .innerJoin(pupilGuardians, onPupilLinks)
    .innerJoin(guardians, onGuardianLinks)
    .innerJoin(groups, onPupilGroup)
    .leftJoin(groupStaff, onGroupStaff)
    .leftJoin(users, eq(users.id, groupStaff.userId))
    .where(
      ofOrg(
        pupils,
        sql.placeholder("orgId"),
        {},
        eq(guardians.userId, sql.placeholder("userId")),
        isNull(pupils.archivedAt),
      ),
    )
    .orderBy(asc(pupils.firstName), asc(pupils.id), asc(guardians.id), asc(users.name), asc(users.id)),
);

/**
 * The children (not archived, in a group) of the guardian who is this user, by first name, each
 * with the user's guardian record for them and the teachers of their group: what every page and
 * action of a parent in a conversation round starts from. One prepared statement: planning the
 * join cost PostgreSQL more than running it.
 */
export async function childrenWithTeachersOfGuardian(
  tx: Tx,
  orgId: string,
  userId: string,
): Promise<RoundFamilyChild[]> {
  const rows = await withTeachers(tx, { orgId, userId });
  const children = new Map<string, RoundFamilyChild>();
  for (const row of rows) {
    const child = children.get(row.pupilId) ?? {
      ...childOf(row),
      groupId: row.groupId ?? "",
      groupName: row.groupName,
      guardianId: row.guardianId,
      teachers: [],
    };
    // A second guardian record of the same user for this child repeats the teachers.
    if (row.guardianId === child.guardianId && row.teacherId)
      child.teachers.push({ id: row.teacherId, name: row.teacherName ?? "" });
    children.set(row.pupilId, child);
  }
  return [...children.values()].map(({ pupilId, firstName, name, groupId, groupName, guardianId, teachers }) => ({
    pupilId,
    firstName,
    name,
    groupId,
    groupName,
    guardianId,
    teachers,
  }));
}

/** The pupils (archived ones too) this user is a guardian of, and those in the groups they teach. */
export async function childrenOfUser(
  tx: Tx,
  orgId: string,
  userId: string,
): Promise<{ asGuardian: string[]; asTeacher: string[] }> {
  const asGuardian = await tx
    .selectDistinct({ id: pupilGuardians.pupilId })
    .from(pupilGuardians)
    .innerJoin(guardians, onGuardianLinks)
    .where(and(eq(pupilGuardians.orgId, orgId), eq(guardians.userId, userId)));
  const asTeacher = await tx
    .select({ id: pupils.id })
    .from(pupils)
    .innerJoin(groupStaff, and(eq(groupStaff.orgId, pupils.orgId), eq(groupStaff.groupId, pupils.groupId)))
    .where(and(eq(pupils.orgId, orgId), eq(groupStaff.userId, userId)));
  return { asGuardian: asGuardian.map((r) => r.id), asTeacher: asTeacher.map((r) => r.id) };
}

/** The address of the location of each child's group, by pupil id; null where the school gave none. */
export async function groupAddressesOf(
  tx: Tx,
  orgId: string,
  pupilIds: readonly string[],
): Promise<Map<string, string | null>> {
  if (pupilIds.length === 0) return new Map();
  const rows = await groupAddresses(tx, { orgId, pupilIds });
  return new Map(rows.map((r) => [r.pupilId, r.address]));
}

/** Built once (prepared): every booking's confirmation and invitation names the place. */
const groupAddresses = preparedQuery("directory_group_addresses", (db) =>
  db
    .select({ pupilId: pupils.id, address: locations.address })
    .from(pupils)
    .leftJoin(groups, onPupilGroup)
    .leftJoin(locations, onKey(locations, groups.orgId, groups.locationId))
    .where(ofOrg(pupils, sql.placeholder("orgId"), {}, anyOfPlaceholder(pupils.id, "pupilIds"))),
);
