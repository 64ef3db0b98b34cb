/**
 * News as a reader sees it. The list: pinned posts first, then the newest, a page at a time, in
 * the reader's language where a translation exists, unread ones marked for a parent. One post:
 * its text (translated when there is one), attachments, reactions, and for staff the share of
 * parents per group who read it (never who), its translations and its versions. Opening a post
 * records the person's first read.
 */
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { newsPostVersions, newsPosts, newsReads, newsTranslations, users } from "../../../db/schema/index.js";
import { attachmentsOf, type AttachmentInfo } from "../../../attachments/index.js";
import { pageCount } from "../../../lib/paging.js";
import { sharesPerGroup, tallyPerGroup, type SharesPerGroup } from "../../../lib/shares.js";
import { NotFoundError } from "../../../web/errors.js";
import { currentSchoolYear, groupNames, parentAccountsOfYear } from "../../pupils/index.js";
import { reactionsOf, type ReactionView } from "./reactions.js";
import { translatedLocale, translatedTitle, translationInto } from "./translations.js";
import { POST_LOCALE, type Audience } from "../schemas.js";
import { readerOf, visibleTo, type Reader } from "./visibility.js";
import { groupsOfPosts, NEWS_POST } from "./writing.js";

export const NEWS_PAGE_SIZE = 20;

export interface PostSummary {
  id: string;
  title: string;
  /** The language of the title shown (src/web/part-language.ts). */
  titleLocale: string;
  publishAt: Date | null;
  pinned: boolean;
  audience: Audience;
  /** For a parent: whether they opened it. */
  read: boolean;
}

export interface NewsPage {
  posts: PostSummary[];
  page: number;
  pages: number;
}

type ReadScope = ViewerScope & { staff: boolean; locale: string; now?: Date };

/** A page of the news list as this reader may see it. */
export function newsPage(scope: ReadScope & { page: number }): Promise<NewsPage> {
  return inOrg(scope, async (tx) => {
    const reader = await readerOf(tx, scope.orgId, scope.userId, scope.staff);
    const where = and(eq(newsPosts.orgId, scope.orgId), visibleTo(reader, scope.now ?? new Date()));
    const [total] = await tx.select({ n: count() }).from(newsPosts).where(where);
    const pages = pageCount(total?.n ?? 0, NEWS_PAGE_SIZE);
    const page = Math.min(scope.page, pages);
    const rows = await tx
      .select({
        id: newsPosts.id,
        title: translatedTitle,
        titleLocale: translatedLocale,
        publishAt: newsPosts.publishAt,
        pinned: newsPosts.pinned,
        audience: newsPosts.audience,
        read: sql<boolean>`${newsReads.userId} is not null`,
      })
      .from(newsPosts)
      .leftJoin(newsTranslations, translationInto(scope.locale))
      .leftJoin(
        newsReads,
        and(
          eq(newsReads.orgId, newsPosts.orgId),
          eq(newsReads.postId, newsPosts.id),
          eq(newsReads.userId, scope.userId),
        ),
      )
      .where(where)
      .orderBy(
        desc(newsPosts.pinned),
        sql`${newsPosts.publishAt} desc nulls first`,
        desc(newsPosts.createdAt),
        asc(newsPosts.id),
      )
      .limit(NEWS_PAGE_SIZE)
      .offset((page - 1) * NEWS_PAGE_SIZE);
    return { posts: rows.map((row) => ({ ...row, audience: row.audience as Audience })), page, pages };
  });
}

export interface Version {
  version: number;
  title: string;
  body: string;
  writtenAt: Date;
  writtenBy: string | null;
}

export interface PostView {
  id: string;
  title: string;
  body: string;
  /** The language of the text shown: the reader's when translated, else the original (POST_LOCALE). */
  shownLocale: string;
  author: string | null;
  authorId: string | null;
  audience: Audience;
  groups: { id: string; name: string }[];
  publishAt: Date | null;
  notifiedAt: Date | null;
  pinned: boolean;
  reactionsOpen: boolean;
  version: number;
  attachments: AttachmentInfo[];
  reactions: ReactionView[];
  /** Staff: the languages it is translated into. */
  translations: { locale: string; title: string; body: string }[];
  /** Staff, published posts for parents: the share of parents per group who read it. */
  shares: SharesPerGroup | null;
}

/** The post row as this reader may see it; "not found" otherwise. */
export async function visiblePost(tx: Tx, orgId: string, postId: string, reader: Reader, now = new Date()) {
  const [post] = await tx
    .select({ post: newsPosts, author: users.name })
    .from(newsPosts)
    .leftJoin(users, eq(users.id, newsPosts.authorId))
    .where(ofOrg(newsPosts, orgId, { id: postId }, visibleTo(reader, now)));
  if (!post) throw new NotFoundError("news post");
  return post;
}

/** The share of the post's parents per group who read it; null for a staff post. */
async function readShares(
  tx: Tx,
  orgId: string,
  post: { id: string; audience: string },
  groupIds: readonly string[],
  threshold: number,
): Promise<SharesPerGroup | null> {
  if (post.audience === "staff") return null;
  const year = await currentSchoolYear(tx, orgId);
  if (!year) return null;
  const wanted = new Set(groupIds);
  const members = (await parentAccountsOfYear(tx, orgId, year.id)).filter(
    (row) => post.audience === "all" || wanted.has(row.groupId),
  );
  const readers = await tx
    .select({ userId: newsReads.userId })
    .from(newsReads)
    .where(ofOrg(newsReads, orgId, { postId: post.id }));
  const tally = tallyPerGroup(members, new Set(readers.map((row) => row.userId)));
  return sharesPerGroup(tally.groups, tally.total, threshold);
}

/** Records the person's first read of a post; later reads change nothing. */
async function recordRead(tx: Tx, orgId: string, postId: string, userId: string) {
  await tx.insert(newsReads).values({ orgId, postId, userId }).onConflictDoNothing();
}

/** One post for its page; a parent's first opening of it is recorded as read. */
export function postView(scope: ReadScope & { postId: string; threshold: number }): Promise<PostView> {
  return inOrg(scope, async (tx) => {
    const now = scope.now ?? new Date();
    const reader = await readerOf(tx, scope.orgId, scope.userId, scope.staff);
    const { post, author } = await visiblePost(tx, scope.orgId, scope.postId, reader, now);
    if (post.publishAt && post.publishAt <= now) await recordRead(tx, scope.orgId, post.id, scope.userId);
    const translations = await tx
      .select({ locale: newsTranslations.locale, title: newsTranslations.title, body: newsTranslations.body })
      .from(newsTranslations)
      .where(ofOrg(newsTranslations, scope.orgId, { postId: post.id }))
      .orderBy(asc(newsTranslations.locale));
    const own = translations.find((row) => row.locale === scope.locale);
    const groupIds = (await groupsOfPosts(tx, scope.orgId, [post.id])).get(post.id) ?? [];
    return {
      id: post.id,
      title: own?.title ?? post.title,
      body: own?.body ?? post.body,
      shownLocale: own ? own.locale : POST_LOCALE,
      author,
      authorId: post.authorId,
      audience: post.audience as Audience,
      groups: await groupNames(tx, scope.orgId, groupIds),
      publishAt: post.publishAt,
      notifiedAt: post.notifiedAt,
      pinned: post.pinned,
      reactionsOpen: post.reactionsOpen,
      version: post.version,
      attachments: await attachmentsOf(tx, scope.orgId, { kind: NEWS_POST, id: post.id }),
      reactions: await reactionsOf(tx, scope, post.id, scope.staff),
      translations: scope.staff ? translations : [],
      shares:
        scope.staff && post.publishAt && post.publishAt <= now
          ? await readShares(tx, scope.orgId, post, groupIds, scope.threshold)
          : null,
    };
  });
}

/** Staff: every version of a post, the latest first. */
export function postHistory(scope: ViewerScope & { postId: string }): Promise<{ title: string; versions: Version[] }> {
  return inOrg(scope, async (tx) => {
    const { post } = await visiblePost(tx, scope.orgId, scope.postId, { staff: true });
    const versions = await tx
      .select({
        version: newsPostVersions.version,
        title: newsPostVersions.title,
        body: newsPostVersions.body,
        writtenAt: newsPostVersions.writtenAt,
        writtenBy: users.name,
      })
      .from(newsPostVersions)
      .leftJoin(users, eq(users.id, newsPostVersions.writtenBy))
      .where(ofOrg(newsPostVersions, scope.orgId, { postId: post.id }))
      .orderBy(desc(newsPostVersions.version));
    return { title: post.title, versions };
  });
}

/** Staff: the post as it is stored (the original language), for its edit form. */
export function postForEditing(scope: ViewerScope & { postId: string }) {
  return inOrg(scope, async (tx) => {
    const { post } = await visiblePost(tx, scope.orgId, scope.postId, { staff: true });
    const groupIds = (await groupsOfPosts(tx, scope.orgId, [post.id])).get(post.id) ?? [];
    const attachments = await attachmentsOf(tx, scope.orgId, { kind: NEWS_POST, id: post.id });
    return { post, groupIds, attachments };
  });
}

/** How many posts for this parent they have not opened yet (their home page). */
export function unreadCount(scope: ViewerScope & { now?: Date }): Promise<number> {
  return inOrg(scope, async (tx) => {
    const reader = await readerOf(tx, scope.orgId, scope.userId, false);
    const [row] = await tx
      .select({ n: count() })
      .from(newsPosts)
      .where(
        and(
          eq(newsPosts.orgId, scope.orgId),
          visibleTo(reader, scope.now ?? new Date()),
          sql`${newsPosts.publishAt} > now() - interval '30 days'`,
          sql`not exists (select 1 from ${newsReads} r where r.org_id = ${newsPosts.orgId} and r.post_id = ${newsPosts.id} and r.user_id = ${scope.userId})`,
        ),
      );
    return row?.n ?? 0;
  });
}
