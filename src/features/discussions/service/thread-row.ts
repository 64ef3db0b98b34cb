/** A thread with its group, as the viewer may see it; and a post with its thread, locked when asked. */
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import type { ViewerScope } from "../../../db/org-scope.js";
import { discussionPosts, discussionThreads } from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";
import { visibleGroup, type GroupRow } from "./access.js";

export type Scope = ViewerScope & { moderates: boolean };

export interface ThreadRow {
  id: string;
  groupId: string;
  title: string | null;
  authorId: string | null;
}

export async function visibleThread(
  tx: Tx,
  scope: Scope,
  threadId: string,
): Promise<{ thread: ThreadRow; group: GroupRow }> {
  const [thread] = await tx
    .select({
      id: discussionThreads.id,
      groupId: discussionThreads.groupId,
      title: discussionThreads.title,
      authorId: discussionThreads.authorId,
    })
    .from(discussionThreads)
    .where(ofOrg(discussionThreads, scope.orgId, { id: threadId }));
  if (!thread) throw new NotFoundError("discussionThread");
  return { thread, group: await visibleGroup(tx, scope, thread.groupId) };
}

export interface PostRow {
  id: string;
  threadId: string;
  authorId: string | null;
  authorRole: "parent" | "staff";
  body: string;
  createdAt: Date;
  deletedAt: Date | null;
  hiddenReason: string | null;
}

/** What a post shows and what decides whether it is shown (a reader's page, a moderator's lock). */
export const postColumns = {
  id: discussionPosts.id,
  authorId: discussionPosts.authorId,
  authorRole: discussionPosts.authorRole,
  body: discussionPosts.body,
  createdAt: discussionPosts.createdAt,
  deletedAt: discussionPosts.deletedAt,
  hiddenReason: discussionPosts.hiddenReason,
};

/** The post, locked for update, with its thread and group as the viewer may see them. */
export async function lockedPost(tx: Tx, scope: Scope, postId: string) {
  const [post] = await tx
    .select({ ...postColumns, threadId: discussionPosts.threadId })
    .from(discussionPosts)
    .where(ofOrg(discussionPosts, scope.orgId, { id: postId }))
    .for("update");
  if (!post) throw new NotFoundError("discussionPost");
  const { thread, group } = await visibleThread(tx, scope, post.threadId);
  return { post: { ...post, authorRole: post.authorRole as PostRow["authorRole"] }, thread, group };
}
