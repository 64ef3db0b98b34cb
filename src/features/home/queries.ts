/** What each role sees first on its home page, read within the current organisation. */
import { and, asc, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { withOrg, type Db, type Tx } from "../../db/client.js";
import {
  groupStaff,
  groups,
  guardians,
  memberships,
  organisations,
  pupilGuardians,
  pupils,
  schoolYears,
  users,
} from "../../db/schema/index.js";
import { fullName } from "../../lib/names.js";

export interface ChildSummary {
  pupilId: string;
  name: string;
  groupName: string | null;
  teachers: string[];
}

/** A parent's own children in this organisation, with their group and its teachers. */
export function listMyChildren(db: Db, scope: { orgId: string; userId: string }): Promise<ChildSummary[]> {
  return withOrg(db, scope, async (tx) => {
    const rows = await tx
      .select({ pupil: pupils, groupName: groups.name, groupId: groups.id })
      .from(pupils)
      .innerJoin(pupilGuardians, and(eq(pupilGuardians.orgId, pupils.orgId), eq(pupilGuardians.pupilId, pupils.id)))
      .innerJoin(guardians, and(eq(guardians.orgId, pupilGuardians.orgId), eq(guardians.id, pupilGuardians.guardianId)))
      .leftJoin(groups, and(eq(groups.orgId, pupils.orgId), eq(groups.id, pupils.groupId)))
      .where(and(eq(pupils.orgId, scope.orgId), eq(guardians.userId, scope.userId), isNull(pupils.archivedAt)))
      .orderBy(asc(pupils.firstName));
    const teachers = await teachersOf(
      tx,
      scope.orgId,
      rows.map((r) => r.groupId).filter((id): id is string => id !== null),
    );
    return rows.map((r) => ({
      pupilId: r.pupil.id,
      name: fullName(r.pupil),
      groupName: r.groupName,
      teachers: r.groupId ? (teachers.get(r.groupId) ?? []) : [],
    }));
  });
}

async function teachersOf(tx: Tx, orgId: string, groupIds: string[]) {
  const map = new Map<string, string[]>();
  if (!groupIds.length) return map;
  const rows = await tx
    .select({ groupId: groupStaff.groupId, name: users.name })
    .from(groupStaff)
    .innerJoin(users, eq(users.id, groupStaff.userId))
    .where(and(eq(groupStaff.orgId, orgId), inArray(groupStaff.groupId, groupIds)))
    .orderBy(asc(users.name));
  for (const row of rows) map.set(row.groupId, [...(map.get(row.groupId) ?? []), row.name]);
  return map;
}

export interface GroupSummary {
  groupId: string;
  name: string;
  schoolYear: string;
  pupilCount: number;
}

/** The groups a teacher or mentor is assigned to, in school years not archived. */
export function listMyGroups(db: Db, scope: { orgId: string; userId: string }): Promise<GroupSummary[]> {
  return withOrg(db, scope, (tx) =>
    tx
      .select({
        groupId: groups.id,
        name: groups.name,
        schoolYear: schoolYears.name,
        pupilCount: sql<number>`(select count(*)::int from pupils p where p.org_id = ${groups.orgId} and p.group_id = ${groups.id} and p.archived_at is null)`,
      })
      .from(groups)
      .innerJoin(groupStaff, and(eq(groupStaff.orgId, groups.orgId), eq(groupStaff.groupId, groups.id)))
      .innerJoin(schoolYears, and(eq(schoolYears.orgId, groups.orgId), eq(schoolYears.id, groups.schoolYearId)))
      .where(and(eq(groups.orgId, scope.orgId), eq(groupStaff.userId, scope.userId), isNull(schoolYears.archivedAt)))
      .orderBy(asc(groups.name)),
  );
}

export interface OrganisationOverview {
  groups: number;
  pupils: number;
  guardians: number;
  staff: number;
}

/** Counts for the school leader's overview. */
export function organisationOverview(db: Db, scope: { orgId: string; userId: string }): Promise<OrganisationOverview> {
  return withOrg(db, scope, async (tx) => {
    const [g] = await tx.select({ n: count() }).from(groups).where(eq(groups.orgId, scope.orgId));
    const [p] = await tx
      .select({ n: count() })
      .from(pupils)
      .where(and(eq(pupils.orgId, scope.orgId), isNull(pupils.archivedAt)));
    const [gu] = await tx.select({ n: count() }).from(guardians).where(eq(guardians.orgId, scope.orgId));
    const [s] = await tx
      .select({ n: sql<number>`count(distinct ${memberships.userId})::int` })
      .from(memberships)
      .where(eq(memberships.orgId, scope.orgId));
    return { groups: g?.n ?? 0, pupils: p?.n ?? 0, guardians: gu?.n ?? 0, staff: Number(s?.n ?? 0) };
  });
}

/** Every organisation on the platform, for the platform administrator. */
export function listAllOrganisations(db: Db) {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      type: organisations.type,
      code: organisations.registrationCode,
    })
    .from(organisations)
    .orderBy(asc(organisations.name));
}
