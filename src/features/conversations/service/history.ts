/**
 * The family history the school sees: per child, the conversations held (round bookings whose
 * time has passed, and conversations on request marked held) and their topics. Only what,
 * when and with whom; never a note. Leaders and coordinators see every child, teachers the
 * children of their groups.
 */
import { recordAudit } from "../../../audit/record.js";
import { ForbiddenError } from "../../../web/errors.js";
import { groupIdsOfTeacher, pupilsOfGroups } from "../../pupils/index.js";
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
    const groups = scope.access === "manage" ? "all" : await groupIdsOfTeacher(tx, scope.orgId, scope.userId);
    const children = await pupilsOfGroups(tx, scope.orgId, groups);
    const held = await heldEntries(
      tx,
      scope.orgId,
      scope.now,
      children.map((c) => c.pupilId),
    );
    const byChild = new Map<string, typeof held>();
    for (const entry of held) byChild.set(entry.pupilId, [...(byChild.get(entry.pupilId) ?? []), entry]);
    return children.map(({ pupilId, name, groupName }) => {
      const mine = byChild.get(pupilId) ?? [];
      const topics = new Map<string, number>();
      for (const h of mine) topics.set(topicKey(h.about), (topics.get(topicKey(h.about)) ?? 0) + 1);
      return { pupilId, name, groupName: groupName ?? "", held: mine.length, topics };
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
    const teaches = async () => (await groupIdsOfTeacher(tx, scope.orgId, scope.userId)).includes(child.groupId ?? "");
    if (scope.access !== "manage" && !(await teaches())) throw new ForbiddenError("not a teacher of this child");
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
