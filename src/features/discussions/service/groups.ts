/**
 * Groups: staff create one open at once, a parent proposes one that the leader or coordinator
 * approves or declines with a reason the proposer reads; anyone who may use the groups joins and
 * leaves an open one; the code of conduct is agreed to once per version. Creating, approving and
 * declining are audited.
 */
import { recordAuditBy } from "../../../audit/record.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { discussionAgreements, discussionGroups, discussionMembers } from "../../../db/schema/index.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { CONDUCT_VERSION } from "../domain/conduct.js";
import { hasAgreed, visibleGroup } from "./access.js";

export interface GroupInput {
  name: string;
  description: string;
}

/** Staff's group is open at once (and they join it); a parent's is a proposal. */
export function createGroup(
  scope: ViewerScope & { input: GroupInput; staff: boolean },
): Promise<{ id: string; status: "open" | "proposed" }> {
  return inOrg(scope, async (tx) => {
    const status = scope.staff ? "open" : "proposed";
    const [group] = await tx
      .insert(discussionGroups)
      .values({
        orgId: scope.orgId,
        ...scope.input,
        status,
        proposedBy: scope.userId,
        ...(scope.staff ? { decidedBy: scope.userId, decidedAt: new Date() } : {}),
      })
      .returning({ id: discussionGroups.id });
    if (scope.staff) {
      await tx.insert(discussionMembers).values({ orgId: scope.orgId, groupId: group!.id, userId: scope.userId });
    }
    await recordAuditBy(tx, scope, { action: "create", entity: "discussion_group", entityId: group!.id });
    return { id: group!.id, status };
  });
}

export type DecideRefusal = Refused<"decided">;

/** Approves a proposal (it opens, its proposer joins it) or declines it with a reason. */
export function decideGroup(
  scope: ViewerScope & { groupId: string; decision: { approve: true } | { approve: false; reason: string } },
): Promise<Outcome<object, DecideRefusal>> {
  return inOrg(scope, async (tx) => {
    const group = await visibleGroup(tx, { ...scope, moderates: true }, scope.groupId, true);
    if (group.status !== "proposed") return refuse("decided", "discussions.refusal.decided", "conflict");
    const { decision } = scope;
    await tx
      .update(discussionGroups)
      .set({
        status: decision.approve ? "open" : "declined",
        declineReason: decision.approve ? null : decision.reason,
        decidedBy: scope.userId,
        decidedAt: new Date(),
      })
      .where(ofOrg(discussionGroups, scope.orgId, { id: group.id }));
    if (decision.approve && group.proposedBy) {
      await tx
        .insert(discussionMembers)
        .values({ orgId: scope.orgId, groupId: group.id, userId: group.proposedBy })
        .onConflictDoNothing();
    }
    await recordAuditBy(tx, scope, {
      action: decision.approve ? "approve" : "decline",
      entity: "discussion_group",
      entityId: group.id,
    });
    return { ok: true };
  });
}

export type JoinRefusal = Refused<"notOpen">;

export function joinGroup(
  scope: ViewerScope & { groupId: string; moderates: boolean },
): Promise<Outcome<object, JoinRefusal>> {
  return inOrg(scope, async (tx) => {
    const group = await visibleGroup(tx, scope, scope.groupId);
    if (group.status !== "open") return refuse("notOpen", "discussions.refusal.notOpen", "conflict");
    await tx
      .insert(discussionMembers)
      .values({ orgId: scope.orgId, groupId: group.id, userId: scope.userId })
      .onConflictDoNothing();
    return { ok: true };
  });
}

/** Leaving keeps what one wrote; one can read on and join again. */
export function leaveGroup(scope: ViewerScope & { groupId: string; moderates: boolean }): Promise<void> {
  return inOrg(scope, async (tx) => {
    const group = await visibleGroup(tx, scope, scope.groupId);
    await tx
      .delete(discussionMembers)
      .where(ofOrg(discussionMembers, scope.orgId, { groupId: group.id, userId: scope.userId }));
  });
}

export type ConductRefusal = Refused<"version">;

/** Records the agreement with its time and version; agreeing again changes nothing. */
export function agreeToConduct(scope: ViewerScope & { version: number }): Promise<Outcome<object, ConductRefusal>> {
  return inOrg(scope, async (tx) => {
    if (scope.version !== CONDUCT_VERSION) return refuse("version", "discussions.refusal.conductVersion", "conflict");
    await tx
      .insert(discussionAgreements)
      .values({ orgId: scope.orgId, userId: scope.userId, version: CONDUCT_VERSION })
      .onConflictDoNothing();
    return { ok: true };
  });
}

/** Whether the person agreed to the current version of the code of conduct. */
export function conductAgreed(scope: ViewerScope): Promise<boolean> {
  return inOrg(scope, (tx) => hasAgreed(tx, scope));
}
