/**
 * What the commands check before anyone writes: the group is open, the person joined it and
 * agreed to the current code of conduct. Each refusal is a value with a message; nothing is
 * changed.
 */
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import type { ViewerScope } from "../../../db/org-scope.js";
import { discussionAgreements, discussionGroups, discussionMembers } from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";
import { refuse, type Refused } from "../../../web/outcome.js";
import { CONDUCT_VERSION } from "../domain/conduct.js";

export type GroupStatus = "proposed" | "open" | "declined" | "closed";

export interface GroupRow {
  id: string;
  name: string;
  description: string;
  status: GroupStatus;
  proposedBy: string | null;
}

/** The group, if the viewer may see it: open and closed groups by everyone, a proposal by its proposer and moderators. */
export async function visibleGroup(
  tx: Tx,
  scope: ViewerScope & { moderates: boolean },
  groupId: string,
  lock = false,
): Promise<GroupRow> {
  const query = tx
    .select({
      id: discussionGroups.id,
      name: discussionGroups.name,
      description: discussionGroups.description,
      status: discussionGroups.status,
      proposedBy: discussionGroups.proposedBy,
    })
    .from(discussionGroups)
    .where(ofOrg(discussionGroups, scope.orgId, { id: groupId }));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new NotFoundError("discussionGroup");
  const group = { ...row, status: row.status as GroupStatus };
  const readable = group.status === "open" || group.status === "closed";
  if (!readable && !scope.moderates && group.proposedBy !== scope.userId) throw new NotFoundError("discussionGroup");
  return group;
}

export async function isMember(tx: Tx, scope: ViewerScope, groupId: string): Promise<boolean> {
  const [row] = await tx
    .select({ userId: discussionMembers.userId })
    .from(discussionMembers)
    .where(ofOrg(discussionMembers, scope.orgId, { groupId, userId: scope.userId }));
  return row !== undefined;
}

export async function hasAgreed(tx: Tx, scope: ViewerScope): Promise<boolean> {
  const [row] = await tx
    .select({ version: discussionAgreements.version })
    .from(discussionAgreements)
    .where(ofOrg(discussionAgreements, scope.orgId, { userId: scope.userId, version: CONDUCT_VERSION }));
  return row !== undefined;
}

export type WriteRefusal = Refused<"notOpen" | "notJoined" | "conduct">;

/** Why the viewer may not write in this group now, or null when they may. */
export async function writeRefusal(tx: Tx, scope: ViewerScope, group: GroupRow): Promise<WriteRefusal | null> {
  if (group.status !== "open") return refuse("notOpen", "discussions.refusal.notOpen", "conflict", "body");
  if (!(await isMember(tx, scope, group.id))) {
    return refuse("notJoined", "discussions.refusal.notJoined", "forbidden", "body");
  }
  if (!(await hasAgreed(tx, scope))) return refuse("conduct", "discussions.refusal.conduct", "forbidden", "body");
  return null;
}
