/**
 * The school leader and coordinator moderate: hide an idea with a reason its author reads, show it
 * again, merge a duplicate into another idea, and say what became of an idea. Each is audited.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { ideaSupports, ideas } from "../../../db/schema/index.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import type { IdeaStatus } from "../schemas.js";
import { auditIdea } from "./audit.js";
import { lockedIdea, type IdeaRow } from "./idea-row.js";

type IdeaCommand = ViewerScope & { ideaId: string };

function update(tx: Tx, row: IdeaRow, values: Partial<typeof ideas.$inferInsert>) {
  return tx
    .update(ideas)
    .set(values)
    .where(and(eq(ideas.orgId, row.orgId), eq(ideas.id, row.id)));
}

export function hideIdea(scope: IdeaCommand & { reason: string }): Promise<void> {
  return inOrg(scope, async (tx) => {
    const row = await lockedIdea(tx, scope.orgId, scope.ideaId, "update");
    await update(tx, row, { hiddenAt: new Date(), hiddenBy: scope.userId, hiddenReason: scope.reason });
    await auditIdea(tx, scope, "hide", row.id);
  });
}

export function unhideIdea(scope: IdeaCommand): Promise<void> {
  return inOrg(scope, async (tx) => {
    const row = await lockedIdea(tx, scope.orgId, scope.ideaId, "update");
    if (!row.hiddenAt) return;
    await update(tx, row, { hiddenAt: null, hiddenBy: null, hiddenReason: null });
    await auditIdea(tx, scope, "unhide", row.id);
  });
}

export function setIdeaStatus(scope: IdeaCommand & { status: IdeaStatus; note: string }): Promise<void> {
  return inOrg(scope, async (tx) => {
    const row = await lockedIdea(tx, scope.orgId, scope.ideaId, "update");
    await update(tx, row, { status: scope.status, statusNote: scope.note, statusBy: scope.userId });
    await auditIdea(tx, scope, "update", row.id, `status:${scope.status}`);
  });
}

export type MergeRefusal = Refused<"sameIdea" | "notOpen">;

/**
 * Merges a duplicate into another idea: its supports move there, a person who supported both
 * counted once; ideas merged into the duplicate before now point at the other too. Both rows are
 * locked in id order, so two merges crossing each other wait instead of deadlocking.
 */
export function mergeIdea(scope: IdeaCommand & { into: string }): Promise<Outcome<object, MergeRefusal>> {
  return inOrg(scope, async (tx) => {
    if (scope.ideaId === scope.into) return refuse("sameIdea", "ideas.refusal.sameIdea", "invalid", "into");
    const rows = new Map<string, IdeaRow>();
    for (const id of [scope.ideaId, scope.into].sort()) rows.set(id, await lockedIdea(tx, scope.orgId, id, "update"));
    const duplicate = rows.get(scope.ideaId)!;
    const target = rows.get(scope.into)!;
    if (duplicate.mergedInto || target.mergedInto || target.hiddenAt) {
      return refuse("notOpen", "ideas.refusal.mergeNotOpen", "conflict", "into");
    }
    await tx.execute(sql`
      insert into idea_supports (org_id, idea_id, user_id, created_at)
      select org_id, ${target.id}, user_id, created_at from idea_supports
      where org_id = ${scope.orgId} and idea_id = ${duplicate.id}
      on conflict do nothing`);
    await tx
      .delete(ideaSupports)
      .where(and(eq(ideaSupports.orgId, scope.orgId), eq(ideaSupports.ideaId, duplicate.id)));
    await tx
      .update(ideas)
      .set({ mergedInto: target.id })
      .where(and(eq(ideas.orgId, scope.orgId), eq(ideas.mergedInto, duplicate.id)));
    await update(tx, duplicate, { mergedInto: target.id, mergedBy: scope.userId });
    await auditIdea(tx, scope, "merge", duplicate.id, `into:${target.id}`);
    return { ok: true };
  });
}
