/**
 * The organisation's current parents as the network counts them: a guardian with an account and a
 * child still at the school (the directory's `parentAccountsOf`), with the groups of their
 * children this school year. A parent who left the organisation is not among them, so they drop
 * out of the directory, search and tasks at once.
 */
import type { Tx } from "../../../db/client.js";
import { currentSchoolYear, parentAccountsOf, parentAccountsOfYear } from "../../pupils/index.js";

export interface ParentGroup {
  groupId: string;
  groupName: string;
}

export interface CurrentParent {
  userId: string;
  name: string;
  email: string;
  locale: string | null;
  groups: ParentGroup[];
}

/** Every current parent, by user id, with their children's groups this school year. */
export async function currentParents(tx: Tx, orgId: string): Promise<Map<string, CurrentParent>> {
  const accounts = await parentAccountsOf(tx, orgId);
  const year = await currentSchoolYear(tx, orgId);
  const groupRows = year ? await parentAccountsOfYear(tx, orgId, year.id) : [];
  const parents = new Map<string, CurrentParent>(accounts.map((a) => [a.userId, { ...a, groups: [] }]));
  for (const row of groupRows) {
    const parent = parents.get(row.userId);
    if (parent && !parent.groups.some((g) => g.groupId === row.groupId))
      parent.groups.push({ groupId: row.groupId, groupName: row.groupName });
  }
  return parents;
}
