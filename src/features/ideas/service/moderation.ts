/**
 * The school leader and coordinator moderate: hide an idea with a reason its author reads, show it
 * again, keep a reported idea, merge a duplicate into another idea, and say what became of an idea.
 * Each is audited. Hiding, showing, reporting and keeping are the shared moderation's
 * (src/moderation), with the idea's own columns as its hidden state.
 */
import { sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { ideaSupports, ideas } from "../../../db/schema/index.js";
import { moderationCommands, setHiddenIn, type ModeratedKind } from "../../../moderation/index.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import type { IdeaStatus } from "../schemas.js";
import { auditIdea } from "./audit.js";
import { lockedIdea, type IdeaRow } from "./idea-row.js";

type IdeaCommand = ViewerScope & { ideaId: string };

function update(tx: Tx, row: IdeaRow, values: Partial<typeof ideas.$inferInsert>) {
  return tx
    .update(ideas)
    .set(values)
    .where(ofOrg(ideas, row.orgId, { id: row.id }));
}

/** An idea as the shared moderation sees it: its author, its hidden reason, on the active board. */
export const ideaModeration: ModeratedKind = {
  kind: "idea",
  auditEntity: "idea",
  async lock(tx, scope, ideaId) {
    const row = await lockedIdea(tx, scope.orgId, ideaId, "update");
    const mine = row.authorId === scope.userId;
    return {
      authorId: row.authorId,
      hiddenReason: row.hiddenReason,
      seenByViewer: mine || (row.hiddenAt === null && row.mergedInto === null),
    };
  },
  setHidden: setHiddenIn(ideas),
};

/**
 * Hiding pressed again with the same reason changes nothing and writes no second entry; a parent
 * or staff member reports someone else's idea; the moderators keep a reported idea as it is and
 * close its reports.
 */
export const {
  hide: hideIdea,
  restore: unhideIdea,
  report: reportIdea,
  keep: keepIdea,
} = moderationCommands(ideaModeration, (scope: IdeaCommand) => scope.ideaId);

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
    await tx.delete(ideaSupports).where(ofOrg(ideaSupports, scope.orgId, { ideaId: duplicate.id }));
    await tx
      .update(ideas)
      .set({ mergedInto: target.id })
      .where(ofOrg(ideas, scope.orgId, { mergedInto: duplicate.id }));
    await update(tx, duplicate, { mergedInto: target.id, mergedBy: scope.userId });
    await auditIdea(tx, scope, "merge", duplicate.id, `into:${target.id}`);
    return { ok: true };
  });
}
