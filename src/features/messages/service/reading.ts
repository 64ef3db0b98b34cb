/**
 * Reading: a person's threads (a parent's about their children, staff's about the children of
 * their groups, everyone's for the leader and coordinator), one thread with who read each post
 * (opening it marks its posts read), and the overdue threads. Staff do not see a parent's post
 * before it is delivered (quiet hours), so a thread started in the night appears in the morning.
 */
import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, or, sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { messagePosts, messageReads, messageThreads, users } from "../../../db/schema/index.js";
import { fullName } from "../../../lib/names.js";
import { attachmentsOf, type AttachmentInfo } from "../../../attachments/index.js";
import { childrenOfGuardian, childrenWithGuardians, groupIdsOfTeacher, pupilsOfGroups } from "../../pupils/index.js";
import { answerDueOn, isOverdue } from "../domain/reply-time.js";
import {
  childOf,
  findThread,
  sideInThread,
  threadOfAsker,
  visibleTo,
  type Asker,
  type Child,
  type Side,
  type Thread,
} from "./access.js";
import { POST_ATTACHMENTS } from "./posting.js";
import { settingsOf } from "./settings.js";

export interface ReadScope extends ViewerScope, Asker {
  now: Date;
}

/** Staff learn that a parent waits once the post the parent waits with is delivered (quiet hours). */
function awaitingAsSeenBy(side: Side, awaitingSince: Date | null, now: Date): Date | null {
  return side === "staff" && awaitingSince && awaitingSince.getTime() > now.getTime() ? null : awaitingSince;
}

export interface ListedThread {
  id: string;
  subject: string;
  pupilId: string;
  childName: string;
  groupName: string | null;
  groupId: string | null;
  /** The viewer's side in it. */
  side: Side;
  startedBySide: Side;
  lastAt: Date;
  unread: number;
  closed: boolean;
  /** Delivery of the oldest unanswered parent post. */
  awaitingSince: Date | null;
}

/** The pupils whose threads the viewer may see, by the side they see them from; "all" for managers. */
async function pupilsOfViewer(tx: Tx, scope: ReadScope) {
  const asParent = (await childrenOfGuardian(tx, scope.orgId, scope.userId)).map((c) => c.pupilId);
  if (scope.manager) return { asParent, asStaff: "all" as const };
  const groupIds = await groupIdsOfTeacher(tx, scope.orgId, scope.userId);
  const asStaff = (await pupilsOfGroups(tx, scope.orgId, groupIds)).map((p) => p.pupilId);
  return { asParent, asStaff };
}

/** The viewer's threads, newest first, with how many posts they have not read. */
export function inbox(scope: ReadScope & { pupilId?: string | undefined }): Promise<ListedThread[]> {
  return inOrg(scope, async (tx) => {
    const { asParent, asStaff } = await pupilsOfViewer(tx, scope);
    const parentThreads = asParent.length
      ? and(
          inArray(messageThreads.pupilId, asParent),
          or(eq(messageThreads.startedBySide, "staff"), eq(messageThreads.startedBy, scope.userId)),
        )
      : undefined;
    const staffThreads =
      asStaff === "all"
        ? sql`true`
        : or(
            asStaff.length ? inArray(messageThreads.pupilId, asStaff) : undefined,
            and(eq(messageThreads.startedBySide, "staff"), eq(messageThreads.startedBy, scope.userId)),
          );
    const mine = or(parentThreads, staffThreads);
    const parentOf = new Set(asParent);
    const rows = await tx
      .select({
        id: messageThreads.id,
        subject: messageThreads.subject,
        pupilId: messageThreads.pupilId,
        startedBySide: messageThreads.startedBySide,
        startedBy: messageThreads.startedBy,
        closedAt: messageThreads.closedAt,
        awaitingSince: messageThreads.awaitingSince,
        lastAt: sql<Date>`max(${messagePosts.deliverAt})`.mapWith((v: string | Date) => new Date(v)),
        unread:
          sql<number>`count(*) filter (where ${messagePosts.authorId} is distinct from ${scope.userId} and ${messagePosts.deliverAt} <= ${scope.now.toISOString()}::timestamptz and not exists (select 1 from ${messageReads} where ${messageReads.orgId} = ${messagePosts.orgId} and ${messageReads.postId} = ${messagePosts.id} and ${messageReads.userId} = ${scope.userId}))`.mapWith(
            Number,
          ),
      })
      .from(messageThreads)
      .innerJoin(
        messagePosts,
        and(eq(messagePosts.orgId, messageThreads.orgId), eq(messagePosts.threadId, messageThreads.id)),
      )
      .where(
        and(
          eq(messageThreads.orgId, scope.orgId),
          mine,
          scope.pupilId ? eq(messageThreads.pupilId, scope.pupilId) : undefined,
          or(
            eq(messagePosts.side, "staff"),
            eq(messagePosts.authorId, scope.userId),
            lte(messagePosts.deliverAt, scope.now),
          ),
        ),
      )
      .groupBy(messageThreads.orgId, messageThreads.id)
      // Held posts are delivered together (at the end of quiet hours): then the newest written first.
      .orderBy(
        desc(sql`max(${messagePosts.deliverAt})`),
        desc(sql`max(${messagePosts.createdAt})`),
        desc(messageThreads.id),
      );
    const children = await childrenWithGuardians(tx, scope.orgId, [...new Set(rows.map((r) => r.pupilId))]);
    const byId = new Map(children.map((c) => [c.pupilId, c]));
    const sideOf = (r: (typeof rows)[number]): Side =>
      parentOf.has(r.pupilId) && (r.startedBySide === "staff" || r.startedBy === scope.userId) ? "parent" : "staff";
    return rows.map((r) => ({
      id: r.id,
      subject: r.subject,
      pupilId: r.pupilId,
      childName: byId.get(r.pupilId)?.name ?? "",
      groupName: byId.get(r.pupilId)?.groupName ?? null,
      groupId: byId.get(r.pupilId)?.groupId ?? null,
      side: sideOf(r),
      startedBySide: r.startedBySide,
      lastAt: r.lastAt,
      unread: r.unread,
      closed: r.closedAt !== null,
      awaitingSince: awaitingAsSeenBy(sideOf(r), r.awaitingSince, scope.now),
    }));
  });
}

export interface ShownPost {
  id: string;
  side: Side;
  authorName: string;
  mine: boolean;
  body: string;
  createdAt: Date;
  deliverAt: Date;
  /** Not yet delivered to staff (written in quiet hours). */
  waiting: boolean;
  /** Who else has read it, by name. */
  readBy: string[];
  attachments: AttachmentInfo[];
  /** New for the viewer: they had not read it before this visit. */
  isNew: boolean;
}

export interface ThreadView {
  thread: Thread;
  child: Child;
  side: Side;
  posts: ShownPost[];
  /** For an open thread where a parent waits: the last school date of the reply time. */
  answerBy: string | null;
  overdue: boolean;
}

/** One thread for someone in it (null otherwise), marking what they see as read. */
export function threadView(scope: ReadScope & { threadId: string }): Promise<ThreadView | null> {
  return inOrg(scope, async (tx) => {
    const found = await threadOfAsker(tx, scope, scope.threadId);
    if (!found) return null;
    const { thread, child, side } = found;
    const posts = await tx
      .select({ post: messagePosts, authorName: users.name })
      .from(messagePosts)
      .leftJoin(users, eq(users.id, messagePosts.authorId))
      .where(ofOrg(messagePosts, scope.orgId, { threadId: thread.id }, visibleTo(scope.userId, side, scope.now)))
      .orderBy(asc(messagePosts.createdAt), asc(messagePosts.id));
    const ids = posts.map((p) => p.post.id);
    const reads = ids.length
      ? await tx
          .select({ postId: messageReads.postId, userId: messageReads.userId, name: users.name })
          .from(messageReads)
          .innerJoin(users, eq(users.id, messageReads.userId))
          .where(and(eq(messageReads.orgId, scope.orgId), inArray(messageReads.postId, ids)))
          .orderBy(asc(messageReads.readAt), asc(messageReads.userId))
      : [];
    const delivered = posts.filter((p) => p.post.deliverAt.getTime() <= scope.now.getTime() || p.post.side === side);
    if (delivered.length)
      await tx
        .insert(messageReads)
        .values(
          delivered.map((p) => ({ orgId: scope.orgId, postId: p.post.id, userId: scope.userId, readAt: scope.now })),
        )
        .onConflictDoNothing();
    const shown: ShownPost[] = [];
    for (const { post, authorName } of posts) {
      const readers = reads.filter((r) => r.postId === post.id && r.userId !== post.authorId);
      shown.push({
        id: post.id,
        side: post.side,
        authorName: authorName ?? "",
        mine: post.authorId === scope.userId,
        body: post.body,
        createdAt: post.createdAt,
        deliverAt: post.deliverAt,
        waiting: post.deliverAt.getTime() > scope.now.getTime(),
        readBy: readers.map((r) => r.name),
        attachments: await attachmentsOf(tx, scope.orgId, { kind: POST_ATTACHMENTS, id: post.id }),
        isNew: post.authorId !== scope.userId && !reads.some((r) => r.postId === post.id && r.userId === scope.userId),
      });
    }
    const { replyDays } = await settingsOf(tx, scope.orgId);
    const awaitingSince = thread.closedAt === null ? awaitingAsSeenBy(side, thread.awaitingSince, scope.now) : null;
    return {
      thread,
      child,
      side,
      posts: shown,
      answerBy: awaitingSince ? answerDueOn(awaitingSince, replyDays) : null,
      overdue: awaitingSince !== null && isOverdue(awaitingSince, replyDays, scope.now),
    };
  });
}

/** Whether this person may see this post's attachments (the attachments' owner question). */
export async function maySeePost(
  tx: Tx,
  asker: Asker & { orgId: string; now: Date },
  postId: string,
): Promise<boolean> {
  const [post] = await tx
    .select({
      threadId: messagePosts.threadId,
      side: messagePosts.side,
      deliverAt: messagePosts.deliverAt,
      authorId: messagePosts.authorId,
    })
    .from(messagePosts)
    .where(ofOrg(messagePosts, asker.orgId, { id: postId }));
  if (!post) return false;
  const thread = await findThread(tx, asker.orgId, post.threadId);
  const child = thread ? await childOf(tx, asker.orgId, thread.pupilId) : null;
  const side = thread && child ? sideInThread(asker, child, thread) : null;
  if (!side) return false;
  return post.side === side || post.authorId === asker.userId || post.deliverAt.getTime() <= asker.now.getTime();
}

export interface OverdueThread {
  id: string;
  subject: string;
  childName: string;
  groupName: string | null;
  teachers: string[];
  awaitingSince: Date;
  answerBy: string;
}

/** Open threads where a parent has waited longer than the reply time, longest first (leader and coordinator). */
export function overdueThreads(scope: ReadScope): Promise<OverdueThread[]> {
  return inOrg(scope, async (tx) => {
    const { replyDays } = await settingsOf(tx, scope.orgId);
    const rows = await tx
      .select()
      .from(messageThreads)
      .where(
        and(
          eq(messageThreads.orgId, scope.orgId),
          isNull(messageThreads.closedAt),
          isNotNull(messageThreads.awaitingSince),
          lte(messageThreads.awaitingSince, scope.now),
        ),
      )
      // Waiting since the same moment (delivered together after quiet hours): the oldest thread first.
      .orderBy(asc(messageThreads.awaitingSince), asc(messageThreads.createdAt), asc(messageThreads.id));
    const late = rows.filter((r) => isOverdue(r.awaitingSince!, replyDays, scope.now));
    const result: OverdueThread[] = [];
    for (const thread of late) {
      const child = await childOf(tx, scope.orgId, thread.pupilId);
      if (!child) continue;
      result.push({
        id: thread.id,
        subject: thread.subject,
        childName: child.name,
        groupName: child.groupName,
        teachers: child.teachers.map((t) => t.name),
        awaitingSince: thread.awaitingSince!,
        answerBy: answerDueOn(thread.awaitingSince!, replyDays),
      });
    }
    return result;
  });
}

/** The children a person can write about: a parent's own, a teacher's pupils, every pupil for a manager. */
export function writableChildren(
  scope: ReadScope,
): Promise<{ pupilId: string; name: string; groupName: string | null }[]> {
  return inOrg(scope, async (tx) => {
    const own = await childrenOfGuardian(tx, scope.orgId, scope.userId);
    const groupIds = scope.manager ? "all" : await groupIdsOfTeacher(tx, scope.orgId, scope.userId);
    const pupils = await pupilsOfGroups(tx, scope.orgId, groupIds);
    const ownIds = new Set(own.map((c) => c.pupilId));
    return [
      ...own.map((c) => ({ pupilId: c.pupilId, name: fullName(c), groupName: c.groupName })),
      ...pupils
        .filter((p) => !ownIds.has(p.pupilId))
        .map((p) => ({ pupilId: p.pupilId, name: p.name, groupName: p.groupName })),
    ];
  });
}
