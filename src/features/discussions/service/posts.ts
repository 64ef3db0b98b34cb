/**
 * Writing: a new thread (its title and opening post) in a group, a reply in a thread, following
 * and unfollowing, and deleting one's own posts. Writing needs an open group one joined and the
 * current code of conduct agreed to (access.ts); a writer follows their thread. A reply is
 * mailed to the thread's followers but its writer, in the transaction that stores it, as each
 * set the kind "discussion.reply" (at once, digest, off).
 */
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { recordAuditBy } from "../../../audit/record.js";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { orderedId } from "../../../db/ordered-id.js";
import { inOrg } from "../../../db/org-scope.js";
import { discussionFollows, discussionPosts, discussionThreads, users } from "../../../db/schema/index.js";
import { richTextAsPlain } from "../../../lib/rich-text/plain.js";
import { letter } from "../../../mail/letter.js";
import { asRecipient, notify, type MailDeps } from "../../../mail/notify.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { schoolNameOf, stillHereAmong } from "../../pupils/index.js";
import type { WriterRole } from "../domain/author.js";
import { discussionReply } from "../notifications.js";
import { visibleGroup, writeRefusal, type WriteRefusal } from "./access.js";
import { lockedPost, visibleThread, type Scope } from "./thread-row.js";

async function follow(tx: Tx, scope: Scope, threadId: string) {
  await tx
    .insert(discussionFollows)
    .values({ orgId: scope.orgId, threadId, userId: scope.userId })
    .onConflictDoNothing();
}

/** Starts a thread with its opening post; the writer follows it. */
export function startThread(
  scope: Scope & { groupId: string; title: string; body: string; role: WriterRole },
): Promise<Outcome<{ threadId: string }, WriteRefusal>> {
  return inOrg(scope, async (tx) => {
    const group = await visibleGroup(tx, scope, scope.groupId);
    const refused = await writeRefusal(tx, scope, group);
    if (refused) return refused;
    const [thread] = await tx
      .insert(discussionThreads)
      .values({ orgId: scope.orgId, groupId: group.id, authorId: scope.userId, title: scope.title })
      .returning({ id: discussionThreads.id });
    await tx.insert(discussionPosts).values({
      id: orderedId(),
      orgId: scope.orgId,
      threadId: thread!.id,
      authorId: scope.userId,
      authorRole: scope.role,
      body: scope.body,
    });
    await follow(tx, scope, thread!.id);
    return { ok: true, threadId: thread!.id };
  });
}

/** Replies in a thread; its followers but the writer get a mail; the writer follows it from now on. */
export function replyToThread(
  scope: Scope & { threadId: string; body: string; role: WriterRole; deps: MailDeps },
): Promise<Outcome<{ postId: string }, WriteRefusal>> {
  return inOrg(scope, async (tx) => {
    const { thread, group } = await visibleThread(tx, scope, scope.threadId);
    const refused = await writeRefusal(tx, scope, group);
    if (refused) return refused;
    const [post] = await tx
      .insert(discussionPosts)
      .values({
        // A thread's posts sort by (createdAt, id): the id keeps replies of one instant in order.
        id: orderedId(),
        orgId: scope.orgId,
        threadId: thread.id,
        authorId: scope.userId,
        authorRole: scope.role,
        body: scope.body,
      })
      .returning({ id: discussionPosts.id });
    await tx
      .update(discussionThreads)
      .set({ lastPostAt: new Date() })
      .where(ofOrg(discussionThreads, scope.orgId, { id: thread.id }));
    await follow(tx, scope, thread.id);
    await mailFollowers(tx, scope, {
      threadId: thread.id,
      postId: post!.id,
      title: thread.title,
      groupName: group.name,
      body: scope.body,
    });
    return { ok: true, postId: post!.id };
  });
}

async function mailFollowers(
  tx: Tx,
  scope: Scope & { deps: MailDeps },
  reply: { threadId: string; postId: string; title: string | null; groupName: string; body: string },
) {
  const following = await tx
    .select({ userId: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(discussionFollows)
    .innerJoin(users, eq(users.id, discussionFollows.userId))
    .where(
      ofOrg(discussionFollows, scope.orgId, { threadId: reply.threadId }, ne(discussionFollows.userId, scope.userId)),
    );
  // Only who still belongs here: a parent or staff member who left keeps no window on the school.
  const here = await stillHereAmong(
    tx,
    scope.orgId,
    following.map((f) => f.userId),
  );
  const followers = following
    .filter((f) => here.has(f.userId))
    .map(({ email, name, locale }) => ({ email, name, locale }));
  if (followers.length === 0) return;
  const school = await schoolNameOf(tx, scope.orgId);
  const excerpt = richTextAsPlain(reply.body).slice(0, 600);
  const link = `${scope.deps.publicUrl}/discussions/threads/${reply.threadId}#post-${reply.postId}`;
  const recipients = followers.map(asRecipient);
  await notify(tx, scope.deps.jobs, discussionReply, recipients, (to, t) => {
    const title = reply.title ?? t("discussions.thread.untitled");
    return {
      subject: t("discussions.mail.reply.subject", { title }),
      text: letter(
        t,
        { name: to.name, from: school },
        t("discussions.mail.reply.text", { title, group: reply.groupName, excerpt, link }),
      ),
    };
  });
}

export function followThread(scope: Scope & { threadId: string; on: boolean }): Promise<void> {
  return inOrg(scope, async (tx) => {
    const { thread } = await visibleThread(tx, scope, scope.threadId);
    if (scope.on) return follow(tx, scope, thread.id);
    await tx
      .delete(discussionFollows)
      .where(ofOrg(discussionFollows, scope.orgId, { threadId: thread.id, userId: scope.userId }));
  });
}

export type DeleteRefusal = Refused<"notMine">;

/**
 * Deletes one's own post: its text is erased and it shows as deleted, so the replies keep their
 * place. An opening post takes the thread's title with it; a thread nobody else wrote in goes
 * entirely. Returns where to go on: the thread, or its group when the thread went.
 */
export function deletePost(scope: Scope & { postId: string }): Promise<Outcome<{ next: string }, DeleteRefusal>> {
  return inOrg(scope, async (tx) => {
    const { post, thread } = await lockedPost(tx, scope, scope.postId);
    if (post.authorId !== scope.userId) return refuse("notMine", "discussions.refusal.notMine", "forbidden");
    const next = await erase(tx, scope, post.id, thread);
    return { ok: true, next };
  });
}

async function erase(tx: Tx, scope: Scope, postId: string, thread: { id: string; groupId: string }): Promise<string> {
  const posts = await tx
    .select({ id: discussionPosts.id, authorId: discussionPosts.authorId })
    .from(discussionPosts)
    .where(ofOrg(discussionPosts, scope.orgId, { threadId: thread.id }))
    .orderBy(asc(discussionPosts.createdAt), asc(discussionPosts.id));
  const opening = posts[0]?.id === postId;
  // Replies of others, also deleted ones, keep the thread: their writers may look for it.
  const othersWrote = posts.some((p) => p.id !== postId && p.authorId !== scope.userId);
  await recordAuditBy(tx, scope, { action: "delete", entity: "discussion_post", entityId: postId });
  if (opening && !othersWrote) {
    await tx.delete(discussionThreads).where(ofOrg(discussionThreads, scope.orgId, { id: thread.id }));
    return `/discussions/groups/${thread.groupId}`;
  }
  await tx
    .update(discussionPosts)
    .set({ body: "", deletedAt: new Date() })
    .where(ofOrg(discussionPosts, scope.orgId, { id: postId }));
  if (opening) {
    await tx
      .update(discussionThreads)
      .set({ title: null })
      .where(ofOrg(discussionThreads, scope.orgId, { id: thread.id }));
  }
  return `/discussions/threads/${thread.id}`;
}

/** Deletes everything the person wrote in this organisation's groups; returns how many posts. */
export function deleteAllMyPosts(scope: Scope): Promise<number> {
  return inOrg(scope, async (tx) => {
    const mine = await tx
      .select({ id: discussionPosts.id, threadId: discussionPosts.threadId, groupId: discussionThreads.groupId })
      .from(discussionPosts)
      .innerJoin(
        discussionThreads,
        and(eq(discussionThreads.orgId, discussionPosts.orgId), eq(discussionThreads.id, discussionPosts.threadId)),
      )
      .where(ofOrg(discussionPosts, scope.orgId, { authorId: scope.userId }, sql`${discussionPosts.deletedAt} is null`))
      .orderBy(sql`${discussionPosts.createdAt} desc, ${discussionPosts.id} desc`)
      .for("update");
    for (const post of mine) {
      const [still] = await tx
        .select({ id: discussionThreads.id })
        .from(discussionThreads)
        .where(ofOrg(discussionThreads, scope.orgId, { id: post.threadId }));
      if (still) await erase(tx, scope, post.id, { id: post.threadId, groupId: post.groupId });
    }
    return mine.length;
  });
}
