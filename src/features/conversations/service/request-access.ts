/**
 * Who stands where towards a child: a guardian of the child (the parent side) or staff of the
 * child's group (the teacher side). A child of another organisation is not found: row-level
 * security hides it, and every query names the organisation too.
 */
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { groupStaff, groups, guardians, pupilGuardians, pupils, users } from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";
import { fullName } from "../../../lib/names.js";
import type { ViewerScope } from "../../../db/org-scope.js";

export interface ChildInfo {
  pupilId: string;
  name: string;
  firstName: string;
  groupId: string | null;
  groupName: string | null;
}

/** The child (not archived), or 404. */
export async function findChild(tx: Tx, orgId: string, pupilId: string): Promise<ChildInfo> {
  const [row] = await tx
    .select({ pupil: pupils, groupName: groups.name })
    .from(pupils)
    .leftJoin(groups, and(eq(groups.orgId, pupils.orgId), eq(groups.id, pupils.groupId)))
    .where(and(eq(pupils.orgId, orgId), eq(pupils.id, pupilId), isNull(pupils.archivedAt)));
  if (!row) throw new NotFoundError("pupil");
  const { pupil } = row;
  return {
    pupilId,
    name: fullName(pupil),
    firstName: pupil.firstName,
    groupId: pupil.groupId,
    groupName: row.groupName,
  };
}

/** The signed-in user's guardian record for the child, if they are one. */
export async function myGuardianId(tx: Tx, scope: ViewerScope, pupilId: string): Promise<string | null> {
  const [row] = await tx
    .select({ id: guardians.id })
    .from(pupilGuardians)
    .innerJoin(guardians, and(eq(guardians.orgId, pupilGuardians.orgId), eq(guardians.id, pupilGuardians.guardianId)))
    .where(
      and(
        eq(pupilGuardians.orgId, scope.orgId),
        eq(pupilGuardians.pupilId, pupilId),
        eq(guardians.userId, scope.userId),
      ),
    )
    .orderBy(asc(guardians.id))
    .limit(1);
  return row?.id ?? null;
}

/** The staff of the child's current group, by name. */
export async function teachersOf(tx: Tx, orgId: string, child: ChildInfo): Promise<{ id: string; name: string }[]> {
  if (!child.groupId) return [];
  return tx
    .select({ id: users.id, name: users.name })
    .from(groupStaff)
    .innerJoin(users, eq(users.id, groupStaff.userId))
    .where(and(eq(groupStaff.orgId, orgId), eq(groupStaff.groupId, child.groupId)))
    .orderBy(asc(users.name), asc(users.id));
}

export type ChildSide = { side: "parent"; guardianId: string } | { side: "teacher" } | null;

/** The user's side towards the child: parent first (a teacher may be a parent too), then teacher. */
export async function sideOf(tx: Tx, scope: ViewerScope, child: ChildInfo): Promise<ChildSide> {
  const guardianId = await myGuardianId(tx, scope, child.pupilId);
  if (guardianId) return { side: "parent", guardianId };
  const teachers = await teachersOf(tx, scope.orgId, child);
  return teachers.some((t) => t.id === scope.userId) ? { side: "teacher" } : null;
}
