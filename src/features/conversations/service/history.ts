/**
 * The family history the school sees: per child, the conversations held (round bookings whose
 * time has passed, and conversations on request marked held) and their topics. Only what,
 * when and with whom; never a note. Leaders and coordinators see every child, teachers the
 * children of their groups.
 */
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { recordAudit } from "../../../audit/record.js";
import { groupStaff, groups, pupils } from "../../../db/schema/index.js";
import { ForbiddenError } from "../../../web/errors.js";
import { fullName } from "../../../lib/names.js";
import { heldEntries, type HistoryEntry, type HistoryTopic } from "./history-entries.js";
import { findChild, type ChildInfo } from "./request-access.js";
import type { StaffAccess } from "./rounds.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";

export interface ChildHistoryRow {
  pupilId: string;
  name: string;
  groupName: string;
  held: number;
  topics: Map<string, number>;
}

export type { HistoryEntry, HistoryTopic } from "./history-entries.js";

type HistoryScope = ViewerScope & { access: StaffAccess; now: Date };

/** Every visible child with the number of conversations held and how often each topic came up. */
export function historyOverview(scope: HistoryScope): Promise<ChildHistoryRow[]> {
  return inOrg(scope, async (tx) => {
    const taught = tx
      .select({ groupId: groupStaff.groupId })
      .from(groupStaff)
      .where(and(eq(groupStaff.orgId, scope.orgId), eq(groupStaff.userId, scope.userId)));
    const children = await tx
      .select({ pupil: pupils, groupName: groups.name })
      .from(pupils)
      .innerJoin(groups, and(eq(groups.orgId, pupils.orgId), eq(groups.id, pupils.groupId)))
      .where(
        and(
          eq(pupils.orgId, scope.orgId),
          isNull(pupils.archivedAt),
          scope.access === "manage" ? undefined : inArray(pupils.groupId, taught),
        ),
      )
      .orderBy(asc(groups.name), asc(pupils.firstName), asc(pupils.surname));
    const held = await heldEntries(
      tx,
      scope.orgId,
      scope.now,
      children.map((c) => c.pupil.id),
    );
    const byChild = new Map<string, typeof held>();
    for (const entry of held) byChild.set(entry.pupilId, [...(byChild.get(entry.pupilId) ?? []), entry]);
    return children.map(({ pupil, groupName }) => {
      const mine = byChild.get(pupil.id) ?? [];
      const topics = new Map<string, number>();
      for (const h of mine) topics.set(topicKey(h.about), (topics.get(topicKey(h.about)) ?? 0) + 1);
      return { pupilId: pupil.id, name: fullName(pupil), groupName, held: mine.length, topics };
    });
  });
}

/** "round.three_way" or "topic.wellbeing": how the page names a topic. */
export const topicKey = (about: HistoryTopic) => ("topic" in about ? `topic.${about.topic}` : `round.${about.round}`);

/** One child's held conversations, oldest first; the view is recorded in the audit trail. */
export function childHistory(
  scope: HistoryScope & { pupilId: string },
): Promise<{ child: ChildInfo; entries: HistoryEntry[] }> {
  return inOrg(scope, async (tx) => {
    const child = await findChild(tx, scope.orgId, scope.pupilId);
    if (scope.access !== "manage" && !(await teachesGroup(tx, scope, child.groupId)))
      throw new ForbiddenError("not a teacher of this child");
    await recordAudit(tx, {
      orgId: scope.orgId,
      userId: scope.userId,
      action: "view",
      entity: "pupil",
      entityId: child.pupilId,
      detail: "conversation history",
    });
    const entries = await heldEntries(tx, scope.orgId, scope.now, [child.pupilId]);
    return { child, entries: entries.sort((a, b) => a.at.getTime() - b.at.getTime()) };
  });
}

async function teachesGroup(tx: Tx, scope: ViewerScope, groupId: string | null) {
  if (!groupId) return false;
  const [row] = await tx
    .select({ userId: groupStaff.userId })
    .from(groupStaff)
    .where(
      and(eq(groupStaff.orgId, scope.orgId), eq(groupStaff.groupId, groupId), eq(groupStaff.userId, scope.userId)),
    );
  return Boolean(row);
}
