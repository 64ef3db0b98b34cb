/** Reacting under an idea that is shown: signed like an idea, by name or as a parent of a group. */
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { ideaReactions } from "../../../db/schema/index.js";
import type { Outcome } from "../../../web/outcome.js";
import type { ReactionInput } from "../schemas.js";
import { signatureOf } from "./board-of.js";
import { closedFor, lockedIdea, type ClosedRefusal } from "./idea-row.js";

export function reactToIdea(
  scope: ViewerScope & { ideaId: string; input: ReactionInput },
): Promise<Outcome<object, ClosedRefusal>> {
  return inOrg(scope, async (tx) => {
    const row = await lockedIdea(tx, scope.orgId, scope.ideaId, "share");
    const closed = closedFor(row);
    if (closed) return closed;
    const signedGroupId = await signatureOf(tx, scope.orgId, scope.userId, scope.input.signAs);
    await tx
      .insert(ideaReactions)
      .values({ orgId: scope.orgId, ideaId: row.id, authorId: scope.userId, signedGroupId, body: scope.input.body });
    return { ok: true };
  });
}
