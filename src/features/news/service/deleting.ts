/**
 * Deleting a post: its author or a manager, in one transaction with the post's row locked. Its
 * versions, translations, groups, reactions and read marks go by the foreign keys' cascade; its
 * attachments and the reports of its reactions are deleted here, since they point at it by kind
 * and id; a suggestion taken up into it forgets it. Audited once, with the title.
 *
 * The fan-out locks the same row for each batch and stops when the post is gone, so a fan-out
 * still running mails nobody after the deletion commits; the mails of batches committed before it
 * were handed to the outbox already and are delivered.
 */
import { deleteAttachmentsOf } from "../../../attachments/index.js";
import { recordAuditBy } from "../../../audit/record.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { newsPosts, newsReactions, newsSuggestions } from "../../../db/schema/index.js";
import { forgetReports } from "../../../moderation/index.js";
import type { Outcome } from "../../../web/outcome.js";
import { reactionModeration } from "./reactions.js";
import { lockedPost, NEWS_POST, type WriteRefusal, type Writer } from "./writing.js";

export function deletePost(
  scope: ViewerScope & { writer: Writer; postId: string },
): Promise<Outcome<{ title: string }, WriteRefusal>> {
  return inOrg(scope, async (tx) => {
    const { post, refused } = await lockedPost(tx, scope, scope.postId);
    if (refused) return refused;
    const reactions = await tx
      .select({ id: newsReactions.id })
      .from(newsReactions)
      .where(ofOrg(newsReactions, scope.orgId, { postId: post.id }));
    await forgetReports(
      tx,
      scope.orgId,
      reactionModeration,
      reactions.map((r) => r.id),
    );
    await deleteAttachmentsOf(tx, scope.orgId, { kind: NEWS_POST, id: post.id });
    await tx
      .update(newsSuggestions)
      .set({ postId: null })
      .where(ofOrg(newsSuggestions, scope.orgId, { postId: post.id }));
    await tx.delete(newsPosts).where(ofOrg(newsPosts, scope.orgId, { id: post.id }));
    await recordAuditBy(tx, scope, { action: "delete", entity: NEWS_POST, entityId: post.id, detail: post.title });
    return { ok: true, title: post.title };
  });
}
