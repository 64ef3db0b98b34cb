/**
 * Who stands where towards a child: a guardian of the child (the parent side) or staff of the
 * child's group (the teacher side). A child of another organisation is not found: row-level
 * security hides it, and every query names the organisation too.
 */
import type { Tx } from "../../../db/client.js";
import { NotFoundError } from "../../../web/errors.js";
import type { ViewerScope } from "../../../db/org-scope.js";
import { childrenWithGuardians, teachersOfGroups, type ChildWithGuardians } from "../../pupils/index.js";

/** A child still at the school, as the pupils directory gives them. */
export type ChildInfo = Omit<ChildWithGuardians, "archived">;

/** The child (not archived), or 404. */
export async function findChild(tx: Tx, orgId: string, pupilId: string): Promise<ChildInfo> {
  const [child] = await childrenWithGuardians(tx, orgId, [pupilId]);
  if (!child || child.archived) throw new NotFoundError("pupil");
  const { name, firstName, groupId, groupName, guardians } = child;
  return { pupilId, name, firstName, groupId, groupName, guardians };
}

/** The signed-in user's guardian record for the child, if they are one. */
function myGuardianId(scope: ViewerScope, child: ChildInfo): string | null {
  const mine = child.guardians.filter((g) => g.userId === scope.userId).map((g) => g.guardianId);
  return mine.sort()[0] ?? null;
}

/** The staff of the child's current group, by name. */
export async function teachersOf(tx: Tx, orgId: string, child: ChildInfo): Promise<{ id: string; name: string }[]> {
  if (!child.groupId) return [];
  const teachers = (await teachersOfGroups(tx, orgId, [child.groupId])).get(child.groupId) ?? [];
  return teachers.map((t) => ({ id: t.userId, name: t.name }));
}

export type ChildSide = { side: "parent"; guardianId: string } | { side: "teacher" } | null;

/** The user's side towards the child: parent first (a teacher may be a parent too), then teacher. */
export async function sideOf(tx: Tx, scope: ViewerScope, child: ChildInfo): Promise<ChildSide> {
  const guardianId = myGuardianId(scope, child);
  if (guardianId) return { side: "parent", guardianId };
  const teachers = await teachersOf(tx, scope.orgId, child);
  return teachers.some((t) => t.id === scope.userId) ? { side: "teacher" } : null;
}
