/**
 * What the pages show: the groups (with the viewer's memberships and the proposals they may see),
 * a group with its threads, a thread with its posts, one post. A hidden post is shown to its
 * writer and the moderators with the reason; others see that it was hidden, not what it said.
 */
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg } from "../../../db/org-scope.js";
import { discussionFollows, discussionGroups, discussionPosts, discussionThreads } from "../../../db/schema/index.js";
import { signatureOf, type Signature, type WriterRole } from "../domain/author.js";
import { hasAgreed, isMember, visibleGroup, type GroupRow, type GroupStatus } from "./access.js";
import { lockedPost, postColumns, visibleThread, type Scope } from "./thread-row.js";
import { presentWriters } from "./writers.js";

export interface GroupCard {
  id: string;
  name: string;
  description: string;
  status: GroupStatus;
  joined: boolean;
  threads: number;
  declineReason: string | null;
}

export interface Overview {
  groups: GroupCard[];
  /** Proposals waiting: all of them for moderators, a parent's own (and declined ones) for them. */
  proposals: GroupCard[];
  myPosts: number;
}

export function discussionOverview(scope: Scope): Promise<Overview> {
  return inOrg(scope, async (tx) => {
    const rows = await tx
      .select({
        id: discussionGroups.id,
        name: discussionGroups.name,
        description: discussionGroups.description,
        status: discussionGroups.status,
        declineReason: discussionGroups.declineReason,
        proposedBy: discussionGroups.proposedBy,
        joined: sql<boolean>`exists (select 1 from discussion_members m where m.org_id = discussion_groups.org_id and m.group_id = discussion_groups.id and m.user_id = ${scope.userId})`,
        threads: sql<number>`(select count(*)::int from discussion_threads t where t.org_id = discussion_groups.org_id and t.group_id = discussion_groups.id)`,
      })
      .from(discussionGroups)
      .where(eq(discussionGroups.orgId, scope.orgId))
      .orderBy(asc(discussionGroups.name));
    const cards = rows.map((row) => ({ ...row, status: row.status as GroupStatus, threads: Number(row.threads) }));
    const [mine] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(discussionPosts)
      .where(
        ofOrg(discussionPosts, scope.orgId, { authorId: scope.userId }, sql`${discussionPosts.deletedAt} is null`),
      );
    return {
      groups: cards.filter((g) => g.status === "open" || g.status === "closed"),
      proposals: cards.filter(
        (g) =>
          (g.status === "proposed" && scope.moderates) ||
          ((g.status === "proposed" || g.status === "declined") && g.proposedBy === scope.userId),
      ),
      myPosts: Number(mine?.count ?? 0),
    };
  });
}

export interface ThreadSummary {
  id: string;
  title: string | null;
  signature: Signature;
  posts: number;
  lastPostAt: Date;
}

export interface GroupPage {
  group: GroupRow;
  joined: boolean;
  agreed: boolean;
  threads: ThreadSummary[];
}

export function groupPage(scope: Scope & { groupId: string }): Promise<GroupPage> {
  return inOrg(scope, async (tx) => {
    const group = await visibleGroup(tx, scope, scope.groupId);
    const rows = await tx
      .select({
        id: discussionThreads.id,
        title: discussionThreads.title,
        lastPostAt: discussionThreads.lastPostAt,
        authorId: discussionThreads.authorId,
        authorRole: sql<string>`(select p.author_role from discussion_posts p where p.org_id = discussion_threads.org_id and p.thread_id = discussion_threads.id order by p.created_at, p.id limit 1)`,
        openingDeleted: sql<boolean>`(select p.deleted_at is not null from discussion_posts p where p.org_id = discussion_threads.org_id and p.thread_id = discussion_threads.id order by p.created_at, p.id limit 1)`,
        posts: sql<number>`(select count(*)::int from discussion_posts p where p.org_id = discussion_threads.org_id and p.thread_id = discussion_threads.id and p.deleted_at is null)`,
      })
      .from(discussionThreads)
      .where(ofOrg(discussionThreads, scope.orgId, { groupId: group.id }))
      .orderBy(desc(discussionThreads.lastPostAt), desc(discussionThreads.createdAt), desc(discussionThreads.id));
    const writers = rows.map((r) => ({ authorId: r.authorId, authorRole: asRole(r.authorRole) }));
    const present = await presentWriters(tx, scope.orgId, writers);
    return {
      group,
      joined: await isMember(tx, scope, group.id),
      agreed: await hasAgreed(tx, scope),
      threads: rows.map((r) => ({
        id: r.id,
        title: r.title,
        posts: Number(r.posts),
        lastPostAt: r.lastPostAt,
        signature: signatureOf(
          { authorId: r.authorId, authorRole: asRole(r.authorRole), deleted: Boolean(r.openingDeleted) },
          present,
        ),
      })),
    };
  });
}

const asRole = (role: string | null): WriterRole => (role === "staff" ? "staff" : "parent");

export interface PostView {
  id: string;
  signature: Signature;
  mine: boolean;
  createdAt: Date;
  /** The text, when the viewer may read it: not deleted, and shown or theirs or a moderator's. */
  body: string | null;
  hiddenReason: string | null;
  deleted: boolean;
}

export interface ThreadPage {
  thread: { id: string; title: string | null };
  group: GroupRow;
  posts: PostView[];
  joined: boolean;
  agreed: boolean;
  following: boolean;
}

async function postsOf(tx: Tx, scope: Scope, where: ReturnType<typeof and>): Promise<PostView[]> {
  const rows = await tx
    .select(postColumns)
    .from(discussionPosts)
    .where(where)
    .orderBy(asc(discussionPosts.createdAt), asc(discussionPosts.id));
  const writers = rows.map((r) => ({ authorId: r.authorId, authorRole: asRole(r.authorRole) }));
  const present = await presentWriters(tx, scope.orgId, writers);
  return rows.map((r) => {
    const mine = r.authorId === scope.userId;
    const deleted = r.deletedAt !== null;
    const readable = !deleted && (r.hiddenReason === null || mine || scope.moderates);
    return {
      id: r.id,
      mine,
      createdAt: r.createdAt,
      deleted,
      body: readable ? r.body : null,
      hiddenReason: mine || scope.moderates ? r.hiddenReason : null,
      signature: signatureOf({ authorId: r.authorId, authorRole: asRole(r.authorRole), deleted }, present),
    };
  });
}

export function threadPage(scope: Scope & { threadId: string }): Promise<ThreadPage> {
  return inOrg(scope, async (tx) => {
    const { thread, group } = await visibleThread(tx, scope, scope.threadId);
    const posts = await postsOf(
      tx,
      scope,
      and(eq(discussionPosts.orgId, scope.orgId), eq(discussionPosts.threadId, thread.id)),
    );
    const [follows] = await tx
      .select({ userId: discussionFollows.userId })
      .from(discussionFollows)
      .where(ofOrg(discussionFollows, scope.orgId, { threadId: thread.id, userId: scope.userId }));
    return {
      thread: { id: thread.id, title: thread.title },
      group,
      posts,
      joined: await isMember(tx, scope, group.id),
      agreed: await hasAgreed(tx, scope),
      following: follows !== undefined,
    };
  });
}

export interface PostPage {
  post: PostView & { hiddenFromOthers: boolean };
  thread: { id: string; title: string | null };
  group: GroupRow;
}

export function postPage(scope: Scope & { postId: string }): Promise<PostPage> {
  return inOrg(scope, async (tx) => {
    const { post, thread, group } = await lockedPost(tx, scope, scope.postId);
    const [view] = await postsOf(
      tx,
      scope,
      and(eq(discussionPosts.orgId, scope.orgId), eq(discussionPosts.id, post.id)),
    );
    return {
      post: { ...view!, hiddenFromOthers: post.hiddenReason !== null },
      thread: { id: thread.id, title: thread.title },
      group,
    };
  });
}

/** Short texts of reported posts for the moderation queue, by id. */
export async function postExcerpts(tx: Tx, orgId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await tx
    .select({ id: discussionPosts.id, body: discussionPosts.body })
    .from(discussionPosts)
    .where(and(eq(discussionPosts.orgId, orgId), inArray(discussionPosts.id, [...ids])));
  return new Map(rows.map((row) => [row.id, row.body]));
}
