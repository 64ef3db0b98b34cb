/** The groups of a round, and which of them a staff member may look into (managers all, teachers their own). */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { conversationRoundGroups, groupStaff, groups } from "../../../db/schema/index.js";
import type { StaffAccess } from "./rounds.js";
import type { ViewerScope } from "../../../db/org-scope.js";
import type { Round } from "./find-round.js";

export async function roundGroupsFor(tx: Tx, scope: ViewerScope & { access: StaffAccess }, round: Round) {
  const all = await tx
    .select({ id: groups.id, name: groups.name })
    .from(conversationRoundGroups)
    .innerJoin(
      groups,
      and(eq(groups.orgId, conversationRoundGroups.orgId), eq(groups.id, conversationRoundGroups.groupId)),
    )
    .where(and(eq(conversationRoundGroups.orgId, scope.orgId), eq(conversationRoundGroups.roundId, round.id)))
    .orderBy(asc(groups.name));
  const mine = await tx
    .select({ groupId: groupStaff.groupId })
    .from(groupStaff)
    .where(
      and(
        eq(groupStaff.orgId, scope.orgId),
        eq(groupStaff.userId, scope.userId),
        inArray(
          groupStaff.groupId,
          all.map((g) => g.id),
        ),
      ),
    );
  const own = mine.map((m) => m.groupId);
  return { all, own, visible: scope.access === "manage" ? all.map((g) => g.id) : own };
}
