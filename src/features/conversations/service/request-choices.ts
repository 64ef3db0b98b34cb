/**
 * Whom a conversation can be asked about: a parent's own children (each with the teachers of
 * their group), and the children of the groups a teacher teaches.
 */
import type { Tx } from "../../../db/client.js";
import {
  childrenOfGuardian,
  childrenWithGuardians,
  groupIdsOfTeacher,
  pupilsOfGroups,
  teachersOfGroups,
  type ChildGroupRow,
} from "../../pupils/index.js";
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
    const own = await childrenOfGuardian(tx, scope.orgId, scope.userId);
    const inGroups = await childrenWithGuardians(
      tx,
      scope.orgId,
      own.map((c) => c.pupilId),
    );
    const asParent = await withTeachers(
      tx,
      scope.orgId,
      inGroups.filter((c) => c.groupId !== null),
    );
    const taught = await pupilsOfGroups(tx, scope.orgId, await groupIdsOfTeacher(tx, scope.orgId, scope.userId));
    const asTeacher = await withTeachers(tx, scope.orgId, taught);
    return { asParent, asTeacher: asTeacher.filter((c) => !asParent.some((p) => p.pupilId === c.pupilId)) };
  });
}

async function withTeachers(tx: Tx, orgId: string, children: ChildGroupRow[]): Promise<ChildChoice[]> {
  const staff = await teachersOfGroups(tx, orgId, [...new Set(children.flatMap((c) => c.groupId ?? []))]);
  return children.map((c) => ({
    pupilId: c.pupilId,
    name: c.name,
    groupName: c.groupName ?? "",
    teachers: (staff.get(c.groupId ?? "") ?? []).map((t) => ({ id: t.userId, name: t.name })),
  }));
}
