/**
 * Moderation of posts through the shared moderation (src/moderation): anyone who can read a post
 * reports it (not their own); the leader and coordinator hide it with a reason its writer reads,
 * show it again, or keep it and close its reports; each audited once.
 */
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { discussionPosts } from "../../../db/schema/index.js";
import { richTextAsPlain } from "../../../lib/rich-text/plain.js";
import {
  moderationCommands,
  moderationQueue,
  setHiddenIn,
  type ModeratedKind,
  type QueueItem,
} from "../../../moderation/index.js";
import { postExcerpts } from "./reads.js";
import { lockedPost } from "./thread-row.js";

/** A post as the shared moderation sees it; the lock reads it as a reader (not a moderator) would. */
export const postModeration: ModeratedKind = {
  kind: "discussionPost",
  auditEntity: "discussion_post",
  async lock(tx, scope, postId) {
    const { post } = await lockedPost(tx, { ...scope, moderates: true }, postId);
    const mine = post.authorId === scope.userId;
    return {
      authorId: post.authorId,
      hiddenReason: post.hiddenReason,
      seenByViewer: post.deletedAt === null && (mine || post.hiddenReason === null),
    };
  },
  setHidden: setHiddenIn(discussionPosts),
};

export const {
  report: reportPost,
  hide: hidePost,
  restore: restorePost,
  keep: keepPost,
} = moderationCommands(postModeration, (scope: ViewerScope & { postId: string }) => scope.postId);

export interface ReportedPost extends QueueItem {
  excerpt: string;
}

/** The reported posts waiting, the longest first, each with the start of its text. */
export function reportedPosts(scope: ViewerScope): Promise<ReportedPost[]> {
  return inOrg(scope, async (tx) => {
    const queue = await moderationQueue(tx, scope, [postModeration.kind]);
    const bodies = await postExcerpts(
      tx,
      scope.orgId,
      queue.map((item) => item.contentId),
    );
    return queue.map((item) => {
      const plain = richTextAsPlain(bodies.get(item.contentId) ?? "");
      return { ...item, excerpt: plain.length > 80 ? `${plain.slice(0, 79)}…` : plain || "—" };
    });
  });
}
