/** The groups of a round, and which of them a staff member may look into (managers all, teachers their own). */
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { conversationRoundGroups } from "../../../db/schema/index.js";
import { groupIdsOfTeacher, groupNames } from "../../pupils/index.js";
import type { StaffAccess } from "./rounds.js";
import type { ViewerScope } from "../../../db/org-scope.js";
import type { Round } from "./find-round.js";

/** The ids of the round's groups. */
export async function roundGroupIds(tx: Tx, round: Pick<Round, "orgId" | "id">): Promise<string[]> {
  const rows = await tx
    .select({ id: conversationRoundGroups.groupId })
    .from(conversationRoundGroups)
    .where(ofOrg(conversationRoundGroups, round.orgId, { roundId: round.id }));
  return rows.map((g) => g.id);
}

export async function roundGroupsFor(tx: Tx, scope: ViewerScope & { access: StaffAccess }, round: Round) {
  const all = await groupNames(tx, scope.orgId, await roundGroupIds(tx, round));
  const taught = await groupIdsOfTeacher(tx, scope.orgId, scope.userId);
  const own = all.map((g) => g.id).filter((id) => taught.includes(id));
  return { all, own, visible: scope.access === "manage" ? all.map((g) => g.id) : own };
}
