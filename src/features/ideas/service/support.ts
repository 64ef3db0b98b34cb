/**
 * Supporting an idea: one support per person, withdrawable. The primary key has the last word:
 * of two supports racing from two tabs one is stored, the other is told it was already there.
 */
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { ideaSupports } from "../../../db/schema/index.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { closedFor, lockedIdea, type ClosedRefusal } from "./idea-row.js";

export type SupportRefusal = ClosedRefusal | Refused<"alreadySupported">;

export function supportIdea(scope: ViewerScope & { ideaId: string }): Promise<Outcome<object, SupportRefusal>> {
  return inOrg(scope, async (tx) => {
    const row = await lockedIdea(tx, scope.orgId, scope.ideaId, "share");
    const closed = closedFor(row);
    if (closed) return closed;
    const stored = await tx
      .insert(ideaSupports)
      .values({ orgId: scope.orgId, ideaId: row.id, userId: scope.userId })
      .onConflictDoNothing()
      .returning({ ideaId: ideaSupports.ideaId });
    if (!stored.length) return refuse("alreadySupported", "ideas.refusal.alreadySupported", "conflict");
    return { ok: true };
  });
}

/** Withdrawing a support; withdrawing one that is not there (a second click) changes nothing. */
export function withdrawSupport(scope: ViewerScope & { ideaId: string }): Promise<void> {
  return inOrg(scope, async (tx) => {
    const row = await lockedIdea(tx, scope.orgId, scope.ideaId, "share");
    await tx.delete(ideaSupports).where(ofOrg(ideaSupports, scope.orgId, { ideaId: row.id, userId: scope.userId }));
  });
}
