/**
 * Whom a conversation can be asked about: a parent's own children (each with the teachers of
 * their group), and the children of the groups a teacher teaches.
 */
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { groupStaff, groups, guardians, pupilGuardians, pupils, users } from "../../../db/schema/index.js";
import { fullName } from "../../../lib/names.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";

export interface ChildChoice {
  pupilId: string;
  name: string;
  groupName: string;
  teachers: { id: string; name: string }[];
}

export interface AskChoices {
  asParent: ChildChoice[];
  asTeacher: ChildChoice[];
}

export function askChoices(scope: ViewerScope): Promise<AskChoices> {
  return inOrg(scope, async (tx) => {
    const own = tx
      .select({ pupilId: pupilGuardians.pupilId })
      .from(pupilGuardians)
      .innerJoin(guardians, and(eq(guardians.orgId, pupilGuardians.orgId), eq(guardians.id, pupilGuardians.guardianId)))
      .where(and(eq(pupilGuardians.orgId, scope.orgId), eq(guardians.userId, scope.userId)));
    const taught = tx
      .select({ groupId: groupStaff.groupId })
      .from(groupStaff)
      .where(and(eq(groupStaff.orgId, scope.orgId), eq(groupStaff.userId, scope.userId)));
    const asParent = await childrenWhere(tx, scope.orgId, inArray(pupils.id, own));
    const asTeacher = await childrenWhere(tx, scope.orgId, inArray(pupils.groupId, taught));
    return { asParent, asTeacher: asTeacher.filter((c) => !asParent.some((p) => p.pupilId === c.pupilId)) };
  });
}

async function childrenWhere(tx: Tx, orgId: string, condition: ReturnType<typeof inArray>): Promise<ChildChoice[]> {
  const rows = await tx
    .select({ pupil: pupils, groupName: groups.name })
    .from(pupils)
    .innerJoin(groups, and(eq(groups.orgId, pupils.orgId), eq(groups.id, pupils.groupId)))
    .where(and(eq(pupils.orgId, orgId), isNull(pupils.archivedAt), condition))
    .orderBy(asc(groups.name), asc(pupils.firstName), asc(pupils.surname));
  const groupIds = [...new Set(rows.map((r) => r.groupName && r.pupil.groupId).filter((g): g is string => !!g))];
  const staff = groupIds.length
    ? await tx
        .select({ groupId: groupStaff.groupId, id: users.id, name: users.name })
        .from(groupStaff)
        .innerJoin(users, eq(users.id, groupStaff.userId))
        .where(and(eq(groupStaff.orgId, orgId), inArray(groupStaff.groupId, groupIds)))
        .orderBy(asc(users.name))
    : [];
  return rows.map((r) => ({
    pupilId: r.pupil.id,
    name: fullName(r.pupil),
    groupName: r.groupName,
    teachers: staff.filter((s) => s.groupId === r.pupil.groupId).map(({ id, name }) => ({ id, name })),
  }));
}
